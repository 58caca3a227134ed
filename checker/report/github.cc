#include "checker/report/github.h"

#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "checker/report/summary.h"
#include "checker/report/terminal.h"

namespace factcheck {
namespace {

std::string EscapeData(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"%", "%25"}, {"\r", "%0D"}, {"\n", "%0A"}});
}

std::string EscapeProperty(absl::string_view text) {
  return absl::StrReplaceAll(EscapeData(text), {{":", "%3A"}, {",", "%2C"}});
}

std::string Command(Severity severity) {
  switch (severity) {
    case ERROR:
      return "error";
    case INFO:
      return "notice";
    default:
      return "warning";
  }
}

int CountDocuments(const Variant& variant) {
  std::set<std::string> documents;
  for (const Evidence& evidence : variant.evidence()) documents.insert(evidence.document());
  return static_cast<int>(documents.size());
}

// Where the annotation goes: the first sentence of the variant that is not
// an accepted spelling and has the fewest sources, most likely the text a
// change just brought in. Only the place is chosen so; the message names
// every variant alike.
const Evidence* Anchor(const Discrepancy& discrepancy) {
  const Variant* chosen = nullptr;
  for (const Variant& variant : discrepancy.variants()) {
    if (variant.evidence().empty() || variant.accepted()) continue;
    if (chosen == nullptr || CountDocuments(variant) <= CountDocuments(*chosen)) chosen = &variant;
  }
  return chosen == nullptr ? nullptr : &chosen->evidence(0);
}

}  // namespace

std::string RenderGithubAnnotations(const Report& report) {
  std::string out;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    if (discrepancy.baselined()) continue;
    std::vector<std::string> variants;
    for (const Variant& variant : discrepancy.variants()) {
      std::vector<std::string> sources;
      for (const Evidence& evidence : variant.evidence()) {
        sources.push_back(
            absl::StrCat(EscapeForTerminal(evidence.document()), ":", evidence.line()));
      }
      variants.push_back(
          absl::StrCat("\xE2\x80\x9C", EscapeForTerminal(variant.value()), "\xE2\x80\x9D",
                       variant.accepted() ? " (accepted)" : "",
                       sources.empty() ? "" : absl::StrCat(" in ", absl::StrJoin(sources, ", "))));
    }
    const std::string title = absl::StrCat(
        KindTitle(discrepancy.kind()), ": ", EscapeForTerminal(discrepancy.subject()), " (",
        EscapeForTerminal(discrepancy.attribute()), ") [", discrepancy.id(), "]");
    const std::string message = absl::StrCat(EscapeForTerminal(discrepancy.explanation()), "\n",
                                             absl::StrJoin(variants, "\n"));
    std::string location;
    if (const Evidence* anchor = Anchor(discrepancy); anchor != nullptr) {
      location = absl::StrCat("file=", EscapeProperty(DocumentPath(report, anchor->document())),
                              ",line=", anchor->line(), ",");
    }
    absl::StrAppend(&out, "::", Command(discrepancy.severity()), " ", location,
                    "title=", EscapeProperty(title), "::", EscapeData(message), "\n");
  }
  return out;
}

}  // namespace factcheck
