// File: checker/report/sarif.h
//
// The report as SARIF 2.1.0, for code-scanning services (GitHub code
// scanning, Azure DevOps, IDE viewers): one run of the tool "factcheck",
// one rule per kind of finding with a stable id ("factcheck/name-spelling"),
// one result per finding with its level, explanation, one location per
// evidence sentence, its fingerprint in partialFingerprints (so a service
// tracks the finding across runs as the baseline does), and, when a
// baseline was used, baselineState "new" or "unchanged".
//
// Within GitHub's ingestion limits: at most 5,000 results (the most severe
// first; the rest are counted in a notification) and 100 locations per
// result (the rest counted in the result's properties).
//
//   absl::StatusOr<std::string> sarif = RenderSarif(report);

#ifndef FACTCHECK_CHECKER_REPORT_SARIF_H_
#define FACTCHECK_CHECKER_REPORT_SARIF_H_

#include <string>

#include "absl/status/statusor.h"
#include "proto/report.pb.h"
#include "proto/sarif.pb.h"

namespace factcheck {

inline constexpr int kMaxSarifResults = 5000;
inline constexpr int kMaxSarifLocations = 100;

sarif::SarifLog MakeSarif(const Report& report);

// MakeSarif as JSON.
absl::StatusOr<std::string> RenderSarif(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_SARIF_H_
