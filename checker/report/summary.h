// File: checker/report/summary.h
//
// What every rendering of a Report says first, and how evidence is shown:
//
//   SummaryLine(report)
//   // "Checked 5 documents (1 skipped): 142 claims, 3 discrepancies (3 warnings)."
//   CountAtOrAbove(report, WARNING)  // what a CI gate counts
//   SplitExcerpt(evidence)           // the sentence around its highlighted claim

#ifndef FACTCHECK_CHECKER_REPORT_SUMMARY_H_
#define FACTCHECK_CHECKER_REPORT_SUMMARY_H_

#include <string>

#include "absl/strings/string_view.h"
#include "proto/report.pb.h"

namespace factcheck {

std::string SummaryLine(const Report& report);

// Number of discrepancies of `severity` or worse.
int CountAtOrAbove(const Report& report, Severity severity);

// "warning" for WARNING.
std::string SeverityWord(Severity severity);

// An evidence sentence in three parts: before the claim, the claim, after
// it. Highlight offsets outside the sentence or inside a UTF-8 character are
// moved to the nearest valid place, so any Evidence renders.
struct ExcerptParts {
  absl::string_view before;
  absl::string_view claim;
  absl::string_view after;
};
ExcerptParts SplitExcerpt(const Evidence& evidence);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_SUMMARY_H_
