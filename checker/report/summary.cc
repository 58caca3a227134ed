#include "checker/report/summary.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "checker/corpus/utf8.h"

namespace factcheck {
namespace {

// `offset` clamped to `text` and moved back to the start of a UTF-8 character.
size_t CharacterBoundary(absl::string_view text, int offset) {
  return CharacterStart(
      text, static_cast<size_t>(std::clamp<int>(offset, 0, static_cast<int>(text.size()))));
}

}  // namespace

std::string SeverityWord(Severity severity) {
  return absl::AsciiStrToLower(Severity_Name(severity));
}

std::string SeverityTitle(Severity severity) {
  std::string title = SeverityWord(severity);
  if (!title.empty()) title[0] = absl::ascii_toupper(title[0]);
  return title;
}

std::string KindTitle(DiscrepancyKind kind) {
  std::string title = absl::AsciiStrToLower(DiscrepancyKind_Name(kind));
  absl::StrReplaceAll({{"_", " "}}, &title);
  if (!title.empty()) title[0] = absl::ascii_toupper(title[0]);
  return title;
}

std::string GateLine(const Report& report) {
  const Gate& gate = report.gate();
  if (gate.min_severity() == SEVERITY_UNSPECIFIED) return "";
  const std::string threshold =
      absl::StrCat(" at ", SeverityWord(gate.min_severity()), " or above");
  const std::string known =
      gate.baselined() > 0 ? absl::StrCat(" (", gate.baselined(), " baselined)") : "";
  if (gate.failing() == 0) {
    return absl::StrCat("Gate passed: no ", gate.baseline().empty() ? "finding" : "new finding",
                        threshold, known, ".");
  }
  const bool one = gate.failing() == 1;
  return absl::StrCat(
      "Gate failed: ", Plural(gate.failing(), "finding", "findings"), threshold,
      gate.baseline().empty() ? "" : (one ? " is not in the baseline" : " are not in the baseline"),
      known, ".");
}

std::string Plural(int count, absl::string_view singular, absl::string_view plural) {
  return absl::StrCat(count, " ", count == 1 ? singular : plural);
}

std::string SummaryLine(const Report& report) {
  std::vector<std::string> by_severity;
  for (Severity severity : {ERROR, WARNING, INFO}) {
    const int count = static_cast<int>(std::count_if(
        report.discrepancies().begin(), report.discrepancies().end(),
        [severity](const Discrepancy& discrepancy) { return discrepancy.severity() == severity; }));
    if (count > 0) {
      by_severity.push_back(Plural(count, SeverityWord(severity), SeverityWord(severity) + "s"));
    }
  }
  return absl::StrCat(
      "Checked ", Plural(report.documents_size(), "document", "documents"), " (",
      report.skipped_size(), " skipped): ", Plural(report.claims(), "claim", "claims"), ", ",
      Plural(report.discrepancies_size(), "discrepancy", "discrepancies"),
      by_severity.empty() ? "" : absl::StrCat(" (", absl::StrJoin(by_severity, ", "), ")"), ".");
}

std::vector<InputNote> SkippedNotes(const Report& report) {
  std::vector<InputNote> notes;
  for (const SkippedInput& skipped : report.skipped()) {
    notes.push_back({skipped.path(), skipped.reason()});
  }
  return notes;
}

std::vector<InputNote> RepairNotes(const Report& report) {
  std::vector<InputNote> notes;
  for (const DocumentSummary& document : report.documents()) {
    if (!document.repair().empty()) notes.push_back({document.id(), document.repair()});
  }
  return notes;
}

ExcerptParts SplitExcerpt(const Evidence& evidence) {
  const absl::string_view text = evidence.excerpt();
  const size_t begin = CharacterBoundary(text, evidence.highlight_begin());
  const size_t end = std::max(begin, CharacterBoundary(text, evidence.highlight_end()));
  return {text.substr(0, begin), text.substr(begin, end - begin), text.substr(end)};
}

std::string DocumentPath(const Report& report, absl::string_view document) {
  absl::string_view corpus = report.corpus();
  if (corpus.empty() || corpus == ".") return std::string(document);
  if (corpus == document || absl::EndsWith(corpus, absl::StrCat("/", document))) {
    return std::string(corpus);
  }
  while (absl::ConsumeSuffix(&corpus, "/")) {
  }
  return absl::StrCat(corpus, "/", document);
}

}  // namespace factcheck
