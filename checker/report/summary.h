// File: checker/report/summary.h
//
// What every rendering of a Report says first, and how evidence is shown:
//
//   SummaryLine(report)
//   // "Checked 5 documents (1 skipped): 142 claims, 3 discrepancies (3 warnings)."
//   GateLine(report)
//   // "Gate failed: 1 finding at warning or above is not in the baseline (2 baselined)."
//   SplitExcerpt(evidence)           // the sentence around its highlighted claim
//   DocumentPath(report, "a.txt")    // "corpus/a.txt": where the file is
//   SkippedNotes(report)             // {"b.txt", "empty file"}, ...
//   RepairNotes(report)              // {"c.txt", "1 byte of invalid UTF-8 ..."}, ...

#ifndef FACTCHECK_CHECKER_REPORT_SUMMARY_H_
#define FACTCHECK_CHECKER_REPORT_SUMMARY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/report.pb.h"

namespace factcheck {

std::string SummaryLine(const Report& report);

// The gate's verdict (Report.gate), or "" when the report was not judged.
std::string GateLine(const Report& report);

// "1 document", "3 documents".
std::string Plural(int count, absl::string_view singular, absl::string_view plural);

// "warning" for WARNING.
std::string SeverityWord(Severity severity);
// "Warning" for WARNING.
std::string SeverityTitle(Severity severity);
// "Name spelling" for NAME_SPELLING.
std::string KindTitle(DiscrepancyKind kind);

// An evidence sentence in three parts: before the claim, the claim, after
// it. Highlight offsets outside the sentence or inside a UTF-8 character are
// moved to the nearest valid place, so any Evidence renders.
struct ExcerptParts {
  absl::string_view before;
  absl::string_view claim;
  absl::string_view after;
};
ExcerptParts SplitExcerpt(const Evidence& evidence);

// The path of a document as the user can open it: the corpus path as given
// joined with the document's id ("articles" + "a.txt" -> "articles/a.txt"),
// or the corpus path itself when the corpus is that one file.
std::string DocumentPath(const Report& report, absl::string_view document);

// An input a reader of the report should know about, and what befell it:
// skipped, and why, or read with repairs, and which. Views into the report.
struct InputNote {
  absl::string_view input;
  absl::string_view note;
};
std::vector<InputNote> SkippedNotes(const Report& report);  // Report.skipped
std::vector<InputNote> RepairNotes(const Report& report);   // DocumentSummary.repair

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_SUMMARY_H_
