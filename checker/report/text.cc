#include "checker/report/text.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/report/summary.h"
#include "checker/report/terminal.h"

namespace factcheck {

// Every string from the corpus goes through EscapeForTerminal.
std::string RenderText(const Report& report) {
  std::string out = absl::StrCat(SummaryLine(report), "\n");
  if (const std::string gate = GateLine(report); !gate.empty()) absl::StrAppend(&out, gate, "\n");
  std::string baselined;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    const std::string heading = absl::StrCat(
        absl::AsciiStrToUpper(SeverityWord(discrepancy.severity())), "  ",
        DiscrepancyKind_Name(discrepancy.kind()), "  ", EscapeForTerminal(discrepancy.subject()),
        " (", EscapeForTerminal(discrepancy.attribute()), ")  [", discrepancy.id(), "]");
    // Known findings are named, not shown again in full.
    if (discrepancy.baselined()) {
      absl::StrAppend(&baselined, "  ", heading, "\n");
      continue;
    }
    absl::StrAppend(&out, "\n", heading, "\n  ", EscapeForTerminal(discrepancy.explanation()),
                    "\n");
    for (const Variant& variant : discrepancy.variants()) {
      absl::StrAppend(&out, "  \xE2\x80\x9C", EscapeForTerminal(variant.value()),
                      "\xE2\x80\x9D  = ", variant.normalized(),
                      variant.accepted() ? "  (accepted)" : "", "\n");
      for (const Evidence& evidence : variant.evidence()) {
        const ExcerptParts parts = SplitExcerpt(evidence);
        absl::StrAppend(&out, "      ", EscapeForTerminal(evidence.document()), ":",
                        evidence.line(), "  ", EscapeForTerminal(parts.before), "\xC2\xBB",
                        EscapeForTerminal(parts.claim), "\xC2\xAB", EscapeForTerminal(parts.after),
                        "\n");
      }
    }
  }
  if (!baselined.empty()) {
    absl::StrAppend(&out, "\nBaselined (known findings, not failing the gate):\n", baselined);
  }
  if (report.skipped_size() > 0) {
    absl::StrAppend(&out, "\nSkipped:\n");
    for (const SkippedInput& skipped : report.skipped()) {
      absl::StrAppend(&out, "  ", EscapeForTerminal(skipped.path()), ": ",
                      EscapeForTerminal(skipped.reason()), "\n");
    }
  }
  return out;
}

}  // namespace factcheck
