#include "checker/report/sarif.h"

#include "absl/strings/str_cat.h"
#include "checker/report/json.h"
#include "checker/report/summary.h"

namespace factcheck {
namespace {

struct RuleText {
  DiscrepancyKind kind;
  const char* id;
  const char* name;
  const char* short_description;
  const char* full_description;
};

// One rule per kind, in this order whatever the report holds, so that rule
// ids and indexes are the same in every log.
constexpr RuleText kRules[] = {
    {NAME_SPELLING, "factcheck/name-spelling", "NameSpelling",
     "Sources spell a person's name differently.",
     "The same person (matched by surname and given name, allowing known variants of a given "
     "name and slight misspellings) is spelled in more than one way across the corpus, or "
     "differently from the spelling the configuration's vocabulary accepts."},
    {QUANTITY, "factcheck/quantity", "Quantity",
     "Sources give figures for the same fact that cannot all be true.",
     "Figures for the same attribute of the same subject, in the same unit, whose ranges "
     "(rounding, 'over', 'about', 'at least') do not overlap."},
    {DATE, "factcheck/date", "Date", "Sources date the same event differently.",
     "Reports of one event (sharing its participants and place) give dates that cannot be the "
     "same day, weekdays resolved against each article's dateline."},
};

// SARIF's level for a severity.
std::string Level(Severity severity) {
  switch (severity) {
    case ERROR:
      return "error";
    case INFO:
      return "note";
    default:
      return "warning";
  }
}

int RuleIndex(DiscrepancyKind kind) {
  for (int i = 0; i < static_cast<int>(std::size(kRules)); ++i) {
    if (kRules[i].kind == kind) return i;
  }
  return 0;
}

sarif::Result MakeResult(const Report& report, const Discrepancy& discrepancy) {
  sarif::Result result;
  result.set_rule_id(kRules[RuleIndex(discrepancy.kind())].id);
  result.set_level(Level(discrepancy.severity()));
  result.mutable_message()->set_text(absl::StrCat(
      discrepancy.subject(), " (", discrepancy.attribute(), "): ", discrepancy.explanation()));
  int omitted = 0;
  for (const Variant& variant : discrepancy.variants()) {
    for (const Evidence& evidence : variant.evidence()) {
      if (result.locations_size() >= kMaxSarifLocations) {
        ++omitted;
        continue;
      }
      sarif::Location* location = result.add_locations();
      sarif::PhysicalLocation* physical = location->mutable_physical_location();
      physical->mutable_artifact_location()->set_uri(DocumentPath(report, evidence.document()));
      physical->mutable_region()->set_start_line(std::max(1, evidence.line()));
      physical->mutable_region()->mutable_snippet()->set_text(evidence.excerpt());
      location->mutable_message()->set_text(absl::StrCat("\xE2\x80\x9C", variant.value(),
                                                         "\xE2\x80\x9D",
                                                         variant.accepted() ? " (accepted)" : ""));
    }
  }
  (*result.mutable_partial_fingerprints())["factcheckFinding/v1"] = discrepancy.id();
  if (!report.gate().baseline().empty()) {
    result.set_baseline_state(discrepancy.baselined() ? "unchanged" : "new");
  }
  sarif::ResultProperties* properties = result.mutable_properties();
  properties->set_subject(discrepancy.subject());
  properties->set_attribute(discrepancy.attribute());
  for (const Variant& variant : discrepancy.variants()) properties->add_values(variant.value());
  properties->set_omitted_locations(omitted);
  return result;
}

}  // namespace

sarif::SarifLog MakeSarif(const Report& report) {
  sarif::SarifLog log;
  log.set_schema("https://json.schemastore.org/sarif-2.1.0.json");
  log.set_version("2.1.0");
  sarif::Run* run = log.add_runs();
  sarif::ToolComponent* driver = run->mutable_tool()->mutable_driver();
  driver->set_name("factcheck");
  for (const RuleText& text : kRules) {
    sarif::ReportingDescriptor* rule = driver->add_rules();
    rule->set_id(text.id);
    rule->set_name(text.name);
    rule->mutable_short_description()->set_text(text.short_description);
    rule->mutable_full_description()->set_text(text.full_description);
    rule->mutable_default_configuration()->set_level("warning");
  }
  sarif::Invocation* invocation = run->add_invocations();
  invocation->set_execution_successful(true);
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    if (run->results_size() == kMaxSarifResults) break;
    *run->add_results() = MakeResult(report, discrepancy);
  }
  if (report.discrepancies_size() > kMaxSarifResults) {
    sarif::Notification* notification = invocation->add_tool_execution_notifications();
    notification->set_level("warning");
    notification->mutable_message()->set_text(absl::StrCat(
        "Only the ", kMaxSarifResults, " most severe of ", report.discrepancies_size(),
        " findings are in this log (GitHub keeps no more); the JSON report has them all."));
  }
  return log;
}

absl::StatusOr<std::string> RenderSarif(const Report& report) {
  return ToJson(MakeSarif(report), JsonDefaults::kOmit);
}

}  // namespace factcheck
