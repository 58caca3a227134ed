// File: checker/report/json.h
//
// The report as JSON: the proto3 JSON mapping of Report (lowerCamelCase
// field names, enums by name, every field present), the contract CI tools
// and graders read:
//
//   {"discrepancies": [{"kind": "NAME_SPELLING", "severity": "WARNING",
//     "subject": ..., "variants": [{"value": ..., "normalized": ...,
//     "evidence": [{"document": ..., "line": ..., "excerpt": ...}]}]}], ...}
//
//   absl::StatusOr<std::string> json = RenderJson(report);

#ifndef FACTCHECK_CHECKER_REPORT_JSON_H_
#define FACTCHECK_CHECKER_REPORT_JSON_H_

#include <string>

#include "absl/status/statusor.h"
#include "proto/report.pb.h"

namespace factcheck {

absl::StatusOr<std::string> RenderJson(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_JSON_H_
