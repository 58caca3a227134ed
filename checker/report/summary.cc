#include "checker/report/summary.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace factcheck {
namespace {

std::string Plural(int count, absl::string_view singular, absl::string_view plural) {
  return absl::StrCat(count, " ", count == 1 ? singular : plural);
}

// `offset` clamped to `text` and moved back to the start of a UTF-8 character.
size_t CharacterBoundary(absl::string_view text, int offset) {
  size_t at = static_cast<size_t>(std::clamp<int>(offset, 0, static_cast<int>(text.size())));
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

std::string SeverityWord(Severity severity) {
  return absl::AsciiStrToLower(Severity_Name(severity));
}

int CountAtOrAbove(const Report& report, Severity severity) {
  return static_cast<int>(std::count_if(
      report.discrepancies().begin(), report.discrepancies().end(),
      [severity](const Discrepancy& discrepancy) { return discrepancy.severity() >= severity; }));
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

ExcerptParts SplitExcerpt(const Evidence& evidence) {
  const absl::string_view text = evidence.excerpt();
  const size_t begin = CharacterBoundary(text, evidence.highlight_begin());
  const size_t end = std::max(begin, CharacterBoundary(text, evidence.highlight_end()));
  return {text.substr(0, begin), text.substr(begin, end - begin), text.substr(end)};
}

}  // namespace factcheck
