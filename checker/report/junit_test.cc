#include "checker/report/junit.h"

#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(JunitTest, AFindingThatFailsTheGateIsAFailedTestCase) {
  Report report = ReportForTests();
  report.mutable_gate()->set_min_severity(WARNING);
  const std::string xml = RenderJunit(report);
  EXPECT_TRUE(Contains(xml,
                       "<testsuites name=\"factcheck\" tests=\"2\" failures=\"1\" "
                       "errors=\"0\" skipped=\"1\">"));
  EXPECT_TRUE(Contains(xml,
                       "<testcase classname=\"factcheck.QUANTITY\" name=\"Rafah "
                       "&lt;script&gt;alert(1)&lt;/script&gt; (population) "
                       "[0123456789abcdef]\">"));
  EXPECT_TRUE(Contains(xml,
                       "<failure type=\"QUANTITY\" message=\"Figures differ: "
                       "&quot;1.5 million&quot; &amp; &#39;about 1.4 million&#39;.\">"));
  EXPECT_TRUE(Contains(xml, "b.txt:4  &quot;&gt;&lt;img src=x onerror=alert(1)&gt; home to"));
  EXPECT_TRUE(Contains(xml,
                       "<testcase classname=\"factcheck.input\" name=\"bad.txt\">\n"
                       "      <skipped message=\"invalid UTF-8 at byte 3\"/>"));
  EXPECT_FALSE(Contains(xml, "<script>"));
}

TEST(JunitTest, BaselinedIsSkippedAndBelowTheThresholdPasses) {
  Report report = ReportForTests();
  report.mutable_gate()->set_min_severity(ERROR);
  EXPECT_TRUE(Contains(RenderJunit(report), "failures=\"0\""));
  EXPECT_TRUE(Contains(RenderJunit(report), "<system-out>"));
  report.mutable_gate()->set_min_severity(WARNING);
  report.mutable_discrepancies(0)->set_baselined(true);
  EXPECT_TRUE(Contains(RenderJunit(report), "<skipped message=\"baselined\"/>"));
  EXPECT_TRUE(Contains(RenderJunit(report), "failures=\"0\" errors=\"0\" skipped=\"2\""));
}

}  // namespace
}  // namespace factcheck
