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

TEST(CountAtOrAboveTest, CountsWhatAGateCounts) {
  Report report = ReportForTests();
  report.add_discrepancies()->set_severity(INFO);
  report.add_discrepancies()->set_severity(ERROR);
  EXPECT_EQ(CountAtOrAbove(report, WARNING), 2);
  EXPECT_EQ(CountAtOrAbove(report, INFO), 3);
  EXPECT_EQ(CountAtOrAbove(report, ERROR), 1);
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
