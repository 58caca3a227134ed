#include "checker/report/junit.h"

#include "absl/strings/str_cat.h"
#include "checker/report/markup.h"

namespace factcheck {
namespace {

bool Fails(const Report& report, const Discrepancy& discrepancy) {
  return !discrepancy.baselined() && discrepancy.severity() >= report.gate().min_severity();
}

// The finding in full: its explanation, then each variant and its sources.
std::string Details(const Discrepancy& discrepancy) {
  std::string text = absl::StrCat(discrepancy.explanation(), "\n");
  for (const Variant& variant : discrepancy.variants()) {
    absl::StrAppend(&text, "\n\xE2\x80\x9C", variant.value(), "\xE2\x80\x9D",
                    variant.accepted() ? " (accepted)" : "", "\n");
    for (const Evidence& evidence : variant.evidence()) {
      absl::StrAppend(&text, "  ", evidence.document(), ":", evidence.line(), "  ",
                      evidence.excerpt(), "\n");
    }
  }
  return text;
}

}  // namespace

std::string RenderJunit(const Report& report) {
  int failures = 0, skipped = report.skipped_size();
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    if (discrepancy.baselined()) {
      ++skipped;
    } else if (Fails(report, discrepancy)) {
      ++failures;
    }
  }
  const int tests = report.discrepancies_size() + report.skipped_size();
  const std::string counts = absl::StrCat("tests=\"", tests, "\" failures=\"", failures,
                                          "\" errors=\"0\" skipped=\"", skipped, "\"");
  std::string out = absl::StrCat(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<testsuites name=\"factcheck\" ", counts,
      ">\n", "  <testsuite name=\"", EscapeMarkup(report.corpus()), "\" ", counts, ">\n");
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    absl::StrAppend(&out, "    <testcase classname=\"factcheck.",
                    DiscrepancyKind_Name(discrepancy.kind()), "\" name=\"",
                    EscapeMarkup(absl::StrCat(discrepancy.subject(), " (", discrepancy.attribute(),
                                              ") [", discrepancy.id(), "]")),
                    "\">\n");
    const std::string details = EscapeMarkup(Details(discrepancy));
    if (discrepancy.baselined()) {
      absl::StrAppend(&out, "      <skipped message=\"baselined\"/>\n");
    } else if (Fails(report, discrepancy)) {
      absl::StrAppend(&out, "      <failure type=\"", DiscrepancyKind_Name(discrepancy.kind()),
                      "\" message=\"", EscapeMarkup(discrepancy.explanation()), "\">", details,
                      "</failure>\n");
    } else {
      absl::StrAppend(&out, "      <system-out>", details, "</system-out>\n");
    }
    absl::StrAppend(&out, "    </testcase>\n");
  }
  for (const SkippedInput& input : report.skipped()) {
    absl::StrAppend(&out, "    <testcase classname=\"factcheck.input\" name=\"",
                    EscapeMarkup(input.path()), "\">\n      <skipped message=\"",
                    EscapeMarkup(input.reason()), "\"/>\n    </testcase>\n");
  }
  absl::StrAppend(&out, "  </testsuite>\n</testsuites>\n");
  return out;
}

}  // namespace factcheck
