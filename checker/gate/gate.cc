#include "checker/gate/gate.h"

#include <algorithm>
#include <set>
#include <string>

namespace factcheck {

Baseline MakeBaseline(const Report& report) {
  Baseline baseline;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    Baseline::Finding* finding = baseline.add_finding();
    finding->set_id(discrepancy.id());
    finding->set_kind(discrepancy.kind());
    finding->set_subject(discrepancy.subject());
    finding->set_attribute(discrepancy.attribute());
    for (const Variant& variant : discrepancy.variants()) finding->add_values(variant.value());
  }
  // By id, so that rewriting a baseline changes only the lines that changed.
  std::sort(baseline.mutable_finding()->begin(), baseline.mutable_finding()->end(),
            [](const Baseline::Finding& a, const Baseline::Finding& b) { return a.id() < b.id(); });
  return baseline;
}

void ApplyGate(const Baseline& baseline, Severity min_severity, Report* report) {
  std::set<std::string> known;
  for (const Baseline::Finding& finding : baseline.finding()) known.insert(finding.id());
  Gate* gate = report->mutable_gate();
  gate->set_min_severity(min_severity);
  gate->set_failing(0);
  gate->set_baselined(0);
  for (Discrepancy& discrepancy : *report->mutable_discrepancies()) {
    discrepancy.set_baselined(known.count(discrepancy.id()) > 0);
    if (discrepancy.baselined()) {
      gate->set_baselined(gate->baselined() + 1);
    } else if (discrepancy.severity() >= min_severity) {
      gate->set_failing(gate->failing() + 1);
    }
  }
}

}  // namespace factcheck
