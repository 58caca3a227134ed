#include "checker/gate/gate.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

Report WithFindings() {
  Report report;
  for (const auto& [id, severity] :
       {std::pair<const char*, Severity>{"bbbb", ERROR}, {"aaaa", WARNING}, {"cccc", INFO}}) {
    Discrepancy* discrepancy = report.add_discrepancies();
    discrepancy->set_id(id);
    discrepancy->set_kind(NAME_SPELLING);
    discrepancy->set_severity(severity);
    discrepancy->set_subject("Blinken");
    discrepancy->set_attribute("name");
    discrepancy->add_variants()->set_value("Antony Blinken");
    discrepancy->add_variants()->set_value("Anthony Blinken");
  }
  return report;
}

TEST(MakeBaselineTest, ListsEveryFindingByIdWithWhatItIsAbout) {
  const Baseline baseline = MakeBaseline(WithFindings());
  ASSERT_EQ(baseline.finding_size(), 3);
  EXPECT_EQ(baseline.finding(0).id(), "aaaa");
  EXPECT_EQ(baseline.finding(1).id(), "bbbb");
  EXPECT_EQ(baseline.finding(0).subject(), "Blinken");
  EXPECT_EQ(baseline.finding(0).values_size(), 2);
}

TEST(ApplyGateTest, CountsWhatIsAtOrAboveTheThresholdAndNotBaselined) {
  Report report = WithFindings();
  ApplyGate(Baseline(), WARNING, &report);
  EXPECT_EQ(report.gate().failing(), 2);
  EXPECT_EQ(report.gate().baselined(), 0);
  ApplyGate(Baseline(), ERROR, &report);
  EXPECT_EQ(report.gate().failing(), 1);
  EXPECT_EQ(report.gate().min_severity(), ERROR);
  ApplyGate(Baseline(), INFO, &report);
  EXPECT_EQ(report.gate().failing(), 3);
}

TEST(ApplyGateTest, BaselinedFindingsAreShownButDoNotFail) {
  Report report = WithFindings();
  Baseline baseline;
  baseline.add_finding()->set_id("bbbb");
  baseline.add_finding()->set_id("gone");  // fixed since: no harm
  ApplyGate(baseline, WARNING, &report);
  EXPECT_EQ(report.gate().failing(), 1);
  EXPECT_EQ(report.gate().baselined(), 1);
  EXPECT_TRUE(report.discrepancies(0).baselined());
  EXPECT_FALSE(report.discrepancies(1).baselined());
  EXPECT_EQ(report.discrepancies_size(), 3);  // nothing hidden
}

TEST(ApplyGateTest, ABaselineOfTheRunItselfPassesIt) {
  Report report = WithFindings();
  ApplyGate(MakeBaseline(report), INFO, &report);
  EXPECT_EQ(report.gate().failing(), 0);
  EXPECT_EQ(report.gate().baselined(), 3);
}

}  // namespace
}  // namespace factcheck
