// File: checker/report/json.h
//
// Records as JSON, by the proto3 JSON mapping (lowerCamelCase field names,
// enums by name). The report is the contract CI tools and graders read, with
// every field present:
//
//   {"discrepancies": [{"kind": "NAME_SPELLING", "severity": "WARNING",
//     "subject": ..., "variants": [{"value": ..., "normalized": ...,
//     "evidence": [{"document": ..., "line": ..., "excerpt": ...}]}]}], ...}
//
//   absl::StatusOr<std::string> json = RenderJson(report);
//   absl::Status written = WriteJson(report, &std::cout, 2);  // a large report, 2 threads
//   absl::StatusOr<std::string> sarif = ToJson(log, JsonDefaults::kOmit);

#ifndef FACTCHECK_CHECKER_REPORT_JSON_H_
#define FACTCHECK_CHECKER_REPORT_JSON_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "proto/report.pb.h"

namespace factcheck {

// Whether fields holding their default value (0, "", false) are printed:
// the report prints them all; formats whose defaults differ from proto3's
// (SARIF) leave them out.
enum class JsonDefaults { kPrint, kOmit };

absl::StatusOr<std::string> ToJson(const google::protobuf::Message& message, JsonDefaults defaults);

// ToJson(report, JsonDefaults::kPrint), byte for byte, written to `out` a
// batch of list items at a time: the report is never held whole as JSON.
// The batches are printed on `threads` threads at once.
absl::Status WriteJson(const Report& report, std::ostream* out, int threads = 1);

// What WriteJson writes, as a string.
absl::StatusOr<std::string> RenderJson(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_JSON_H_
