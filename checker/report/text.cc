#include "checker/report/text.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/report/summary.h"
#include "checker/report/terminal.h"

namespace factcheck {
namespace {

void AppendInputNotes(absl::string_view heading, const std::vector<InputNote>& notes,
                      std::string* out) {
  if (notes.empty()) return;
  absl::StrAppend(out, "\n", heading, ":\n");
  for (const InputNote& note : notes) {
    absl::StrAppend(out, "  ", EscapeForTerminal(note.input), ": ", EscapeForTerminal(note.note),
                    "\n");
  }
}

}  // namespace

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
  AppendInputNotes("Skipped", SkippedNotes(report), &out);
  AppendInputNotes("Repaired", RepairNotes(report), &out);
  return out;
}

}  // namespace factcheck
