#include "checker/report/summary.h"

#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(SummaryLineTest, CountsDocumentsClaimsAndFindingsBySeverity) {
  EXPECT_EQ(SummaryLine(ReportForTests()),
            "Checked 2 documents (1 skipped): 4 claims, 1 discrepancy (1 warning).");
  EXPECT_EQ(SummaryLine(Report()), "Checked 0 documents (0 skipped): 0 claims, 0 discrepancies.");
}

TEST(GateLineTest, SaysWhetherTheGatePassedAndWhy) {
  Report report = ReportForTests();
  EXPECT_EQ(GateLine(report), "");  // not judged
  Gate* gate = report.mutable_gate();
  gate->set_min_severity(WARNING);
  gate->set_failing(2);
  EXPECT_EQ(GateLine(report), "Gate failed: 2 findings at warning or above.");
  gate->set_baseline("baseline.textproto");
  gate->set_failing(1);
  gate->set_baselined(3);
  EXPECT_EQ(GateLine(report),
            "Gate failed: 1 finding at warning or above is not in the baseline (3 baselined).");
  gate->set_failing(0);
  gate->set_min_severity(ERROR);
  EXPECT_EQ(GateLine(report), "Gate passed: no new finding at error or above (3 baselined).");
}

TEST(DocumentPathTest, JoinsTheCorpusPathAsGiven) {
  Report report;
  report.set_corpus("articles/");
  EXPECT_EQ(DocumentPath(report, "2024/a.txt"), "articles/2024/a.txt");
  report.set_corpus("articles/one.txt");  // a corpus of one file
  EXPECT_EQ(DocumentPath(report, "one.txt"), "articles/one.txt");
  report.set_corpus(".");
  EXPECT_EQ(DocumentPath(report, "a.txt"), "a.txt");
}

TEST(SplitExcerptTest, SplitsAroundTheClaim) {
  Evidence evidence;
  evidence.set_excerpt("home to 1.5 million people");
  evidence.set_highlight_begin(8);
  evidence.set_highlight_end(19);
  const ExcerptParts parts = SplitExcerpt(evidence);
  EXPECT_EQ(parts.before, "home to ");
  EXPECT_EQ(parts.claim, "1.5 million");
  EXPECT_EQ(parts.after, " people");
}

TEST(SplitExcerptTest, ToleratesOffsetsOutsideTheTextOrInsideACharacter) {
  Evidence evidence;
  evidence.set_excerpt("caf\xC3\xA9 au lait");  // "café au lait"
  evidence.set_highlight_begin(4);              // inside "é"
  evidence.set_highlight_end(400);
  ExcerptParts parts = SplitExcerpt(evidence);
  EXPECT_EQ(parts.before, "caf");
  EXPECT_EQ(parts.claim, "\xC3\xA9 au lait");
  EXPECT_EQ(parts.after, "");
  evidence.set_highlight_begin(-5);
  evidence.set_highlight_end(-1);
  parts = SplitExcerpt(evidence);
  EXPECT_EQ(parts.claim, "");
  EXPECT_EQ(parts.after, "caf\xC3\xA9 au lait");
}

}  // namespace
}  // namespace factcheck
