#include "checker/report/sarif.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/report/report_for_tests.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

// What SARIF 2.1.0's schema requires of each object the checker writes, and
// the properties it allows there (the schema allows no others).
struct ObjectRules {
  std::set<std::string> required;
  std::set<std::string> allowed;
};

const std::map<std::string, ObjectRules>& SarifObjects() {
  static const auto* objects = new std::map<std::string, ObjectRules>{
      {"sarifLog", {{"version", "runs"}, {"$schema", "version", "runs"}}},
      {"run", {{"tool"}, {"tool", "invocations", "results"}}},
      {"tool", {{"driver"}, {"driver"}}},
      {"toolComponent", {{"name"}, {"name", "rules"}}},
      {"reportingDescriptor",
       {{"id"}, {"id", "name", "shortDescription", "fullDescription", "defaultConfiguration"}}},
      {"multiformatMessageString", {{"text"}, {"text"}}},
      {"reportingConfiguration", {{}, {"level"}}},
      {"invocation",
       {{"executionSuccessful"}, {"executionSuccessful", "toolExecutionNotifications"}}},
      {"notification", {{"message"}, {"level", "message"}}},
      {"result",
       {{"message"},
        {"ruleId", "level", "message", "locations", "partialFingerprints", "baselineState",
         "properties"}}},
      {"message", {{"text"}, {"text"}}},
      {"location", {{}, {"physicalLocation", "message"}}},
      {"physicalLocation", {{"artifactLocation"}, {"artifactLocation", "region"}}},
      {"artifactLocation", {{"uri"}, {"uri"}}},
      {"region", {{"startLine"}, {"startLine", "snippet"}}},
      {"artifactContent", {{"text"}, {"text"}}},
  };
  return *objects;
}

// Checks `object` as SARIF's `type`, and what it holds, appending each
// violation to `errors` with its JSON path.
void Check(const Struct& object, const std::string& type, const std::string& path,
           std::vector<std::string>* errors) {
  const ObjectRules& rules = SarifObjects().at(type);
  for (const std::string& name : rules.required) {
    if (object.fields().count(name) == 0) errors->push_back(path + ": missing " + name);
  }
  for (const auto& [name, value] : object.fields()) {
    if (rules.allowed.count(name) == 0) errors->push_back(path + ": not allowed: " + name);
  }
  const auto each = [&](const std::string& name, const std::string& item_type) {
    const auto found = object.fields().find(name);
    if (found == object.fields().end()) return;
    const Value& value = found->second;
    if (value.has_list_value()) {
      for (int i = 0; i < value.list_value().values_size(); ++i) {
        Check(value.list_value().values(i).struct_value(), item_type,
              path + "." + name + "[" + std::to_string(i) + "]", errors);
      }
    } else {
      Check(value.struct_value(), item_type, path + "." + name, errors);
    }
  };
  const auto string_in = [&](const std::string& name, const std::set<std::string>& values) {
    const auto found = object.fields().find(name);
    if (found != object.fields().end() && values.count(found->second.string_value()) == 0) {
      errors->push_back(path + "." + name + ": not one of SARIF's values");
    }
  };
  const std::set<std::string> levels = {"none", "note", "warning", "error"};
  if (type == "sarifLog") {
    if (object.fields().at("version").string_value() != "2.1.0") {
      errors->push_back(path + ".version: not 2.1.0");
    }
    each("runs", "run");
  } else if (type == "run") {
    each("tool", "tool");
    each("invocations", "invocation");
    each("results", "result");
  } else if (type == "tool") {
    each("driver", "toolComponent");
  } else if (type == "toolComponent") {
    each("rules", "reportingDescriptor");
  } else if (type == "reportingDescriptor") {
    each("shortDescription", "multiformatMessageString");
    each("fullDescription", "multiformatMessageString");
    each("defaultConfiguration", "reportingConfiguration");
  } else if (type == "reportingConfiguration" || type == "notification") {
    string_in("level", levels);
    if (type == "notification") each("message", "message");
  } else if (type == "invocation") {
    each("toolExecutionNotifications", "notification");
  } else if (type == "result") {
    string_in("level", levels);
    string_in("baselineState", {"new", "unchanged", "updated", "absent"});
    each("message", "message");
    each("locations", "location");
  } else if (type == "location") {
    each("physicalLocation", "physicalLocation");
    each("message", "message");
  } else if (type == "physicalLocation") {
    each("artifactLocation", "artifactLocation");
    each("region", "region");
  } else if (type == "region") {
    if (object.fields().at("startLine").number_value() < 1) {
      errors->push_back(path + ".startLine: below 1");
    }
    each("snippet", "artifactContent");
  }
}

std::vector<std::string> SarifErrors(const Report& report) {
  absl::StatusOr<std::string> json = RenderSarif(report);
  if (!json.ok()) return {std::string(json.status().message())};
  Struct log;
  if (!google::protobuf::util::JsonStringToMessage(*json, &log).ok()) return {"not JSON"};
  std::vector<std::string> errors;
  Check(log, "sarifLog", "$", &errors);
  // Every result names a rule the driver defines.
  const sarif::SarifLog made = MakeSarif(report);
  std::set<std::string> rule_ids;
  for (const auto& rule : made.runs(0).tool().driver().rules()) rule_ids.insert(rule.id());
  for (const auto& result : made.runs(0).results()) {
    if (rule_ids.count(result.rule_id()) == 0) errors.push_back("unknown rule " + result.rule_id());
  }
  return errors;
}

Report BaselinedReport() {
  Report report = ReportForTests();
  report.mutable_gate()->set_min_severity(WARNING);
  report.mutable_gate()->set_baseline("baseline.textproto");
  report.mutable_discrepancies(0)->set_baselined(true);
  return report;
}

TEST(SarifTest, IsValidSarif210) {
  EXPECT_EQ(SarifErrors(ReportForTests()), std::vector<std::string>());
  EXPECT_EQ(SarifErrors(BaselinedReport()), std::vector<std::string>());
  EXPECT_EQ(SarifErrors(Report()), std::vector<std::string>());
}

TEST(SarifTest, OneResultPerFindingWithItsFingerprintAndEvidence) {
  const sarif::SarifLog log = MakeSarif(ReportForTests());
  ASSERT_EQ(log.runs_size(), 1);
  ASSERT_EQ(log.runs(0).results_size(), 1);
  const sarif::Result& result = log.runs(0).results(0);
  EXPECT_EQ(result.rule_id(), "factcheck/quantity");
  EXPECT_EQ(result.level(), "warning");
  EXPECT_EQ(result.partial_fingerprints().at("factcheckFinding/v1"), "0123456789abcdef");
  ASSERT_EQ(result.locations_size(), 2);
  const sarif::PhysicalLocation& where = result.locations(1).physical_location();
  EXPECT_EQ(where.artifact_location().uri(), "corpus<1>/b.txt");
  EXPECT_EQ(where.region().start_line(), 4);
  EXPECT_EQ(result.baseline_state(), "");  // no baseline in use
  EXPECT_EQ(MakeSarif(BaselinedReport()).runs(0).results(0).baseline_state(), "unchanged");
}

TEST(SarifTest, RuleIdsAreTheSameWhateverTheReportHolds) {
  std::vector<std::string> ids;
  const sarif::SarifLog log = MakeSarif(Report());
  for (const auto& rule : log.runs(0).tool().driver().rules()) {
    ids.push_back(rule.id());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"factcheck/name-spelling", "factcheck/quantity",
                                           "factcheck/date"}));
}

TEST(SarifTest, StaysWithinGithubsLimits) {
  Report report = ReportForTests();
  Variant* variant = report.mutable_discrepancies(0)->mutable_variants(0);
  for (int i = 0; i < kMaxSarifLocations + 20; ++i) *variant->add_evidence() = variant->evidence(0);
  for (int i = 0; i < kMaxSarifResults + 5; ++i) {
    *report.add_discrepancies() = report.discrepancies(0);
  }
  const sarif::SarifLog log = MakeSarif(report);
  EXPECT_EQ(log.runs(0).results_size(), kMaxSarifResults);
  EXPECT_EQ(log.runs(0).results(0).locations_size(), kMaxSarifLocations);
  EXPECT_EQ(log.runs(0).results(0).properties().omitted_locations(), 22);
  ASSERT_EQ(log.runs(0).invocations(0).tool_execution_notifications_size(), 1);
}

}  // namespace
}  // namespace factcheck
