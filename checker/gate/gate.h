// File: checker/gate/gate.h
//
// The checker as a CI gate: which findings are already known (a baseline),
// and whether a run fails. A finding is known when its fingerprint
// (Discrepancy.id: kind, fact and the set of values, never line numbers) is
// in the baseline, so editing other lines of an article keeps it known.
//
//   Baseline known = MakeBaseline(report);         // --write_baseline
//   ApplyGate(known, WARNING, &report);            // --baseline, --min_severity
//   return report.gate().failing() > 0 ? 1 : 0;

#ifndef FACTCHECK_CHECKER_GATE_GATE_H_
#define FACTCHECK_CHECKER_GATE_GATE_H_

#include "proto/config.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

// Every finding of `report`, to be accepted as known.
Baseline MakeBaseline(const Report& report);

// Marks the findings `baseline` lists as baselined, and fills report->gate:
// the threshold and how many findings fail (at or above `min_severity`, not
// baselined) or are baselined.
void ApplyGate(const Baseline& baseline, Severity min_severity, Report* report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_GATE_GATE_H_
