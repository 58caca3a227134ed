#include "checker/report/github.h"

#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// GitHub's escapes for its commands, and the corpus's control characters
// shown as escapes, as the workflow log would show them as a terminal does.
TEST(GithubAnnotationsTest, OneWorkflowCommandPerFindingWithEscapedText) {
  Report report = ReportForTests();
  report.mutable_discrepancies(0)->set_explanation("50% \x1B[8mlower,\nsee: a, b");
  EXPECT_EQ(RenderGithubAnnotations(report),
            "::warning file=corpus<1>/b.txt,line=4,title=Quantity%3A Rafah "
            "<script>alert(1)</script> (population) [0123456789abcdef]::50%25 \\x1B[8mlower,"
            "\\nsee: a, b%0A\xE2\x80\x9C"
            "1.5 million\xE2\x80\x9D in a.txt:3%0A\xE2\x80\x9C"
            "about 1.4 million\xE2\x80\x9D in b.txt:4\n");
}

TEST(GithubAnnotationsTest, BaselinedFindingsAreNotAnnotated) {
  Report report = ReportForTests();
  report.mutable_discrepancies(0)->set_baselined(true);
  EXPECT_EQ(RenderGithubAnnotations(report), "");
}

TEST(GithubAnnotationsTest, PointsAtTheVariantWithFewestSourcesThatIsNotAccepted) {
  Report report = ReportForTests();
  Discrepancy* finding = report.mutable_discrepancies(0);
  finding->set_severity(ERROR);
  Evidence more = finding->variants(1).evidence(0);
  more.set_document("c.txt");
  *finding->mutable_variants(1)->add_evidence() = more;
  std::string out = RenderGithubAnnotations(report);
  EXPECT_EQ(out.substr(0, out.find(",title")), "::error file=corpus<1>/a.txt,line=3");
  finding->mutable_variants(0)->set_accepted(true);
  out = RenderGithubAnnotations(report);
  EXPECT_EQ(out.substr(0, out.find(",title")), "::error file=corpus<1>/b.txt,line=4");
  EXPECT_NE(out.find("\xE2\x80\x9C"
                     "1.5 million\xE2\x80\x9D (accepted)"),
            std::string::npos);
}

}  // namespace
}  // namespace factcheck
