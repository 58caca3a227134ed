// The JSON report keeps the contract in ARCHITECTURE.md: the proto3 JSON
// mapping of Report, enums by name, each variant's value, normalized form and
// evidence (document relative to the corpus root, line, excerpt).
#include <string>

#include "checker/check.h"
#include "checker/report/json.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/runfiles.h"

namespace factcheck {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

const Value& Field(const Value& object, const std::string& name) {
  static const Value* missing = new Value();
  const auto& fields = object.struct_value().fields();
  const auto found = fields.find(name);
  return found == fields.end() ? *missing : found->second;
}

TEST(JsonContractTest, DiscrepanciesHaveTheContractedFields) {
  absl::StatusOr<Report> report = Checker::Create()->CheckCorpus(RunfilePath("testdata/corpus"));
  ASSERT_TRUE(report.ok());
  absl::StatusOr<std::string> json = RenderJson(*report);
  ASSERT_TRUE(json.ok());

  Value root;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(*json, root.mutable_struct_value()).ok());
  const Value& discrepancies = Field(root, "discrepancies");
  ASSERT_EQ(discrepancies.list_value().values_size(), 3);
  std::set<std::string> kinds;
  for (const Value& discrepancy : discrepancies.list_value().values()) {
    kinds.insert(Field(discrepancy, "kind").string_value());
    EXPECT_EQ(Field(discrepancy, "severity").string_value(), "WARNING");
    EXPECT_FALSE(Field(discrepancy, "subject").string_value().empty());
    EXPECT_FALSE(Field(discrepancy, "attribute").string_value().empty());
    EXPECT_FALSE(Field(discrepancy, "explanation").string_value().empty());
    const Value& variants = Field(discrepancy, "variants");
    ASSERT_GE(variants.list_value().values_size(), 2);
    for (const Value& variant : variants.list_value().values()) {
      EXPECT_FALSE(Field(variant, "value").string_value().empty());
      EXPECT_FALSE(Field(variant, "normalized").string_value().empty());
      for (const Value& evidence : Field(variant, "evidence").list_value().values()) {
        const std::string document = Field(evidence, "document").string_value();
        EXPECT_FALSE(document.empty());
        EXPECT_EQ(document.find('/'), std::string::npos) << "not relative: " << document;
        EXPECT_GT(Field(evidence, "line").number_value(), 0);
        EXPECT_FALSE(Field(evidence, "excerpt").string_value().empty());
      }
    }
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"NAME_SPELLING", "QUANTITY", "DATE"}));
}

TEST(JsonContractTest, RoundTripsToTheSameReport) {
  absl::StatusOr<Report> report = Checker::Create()->CheckCorpus(RunfilePath("testdata/corpus"));
  ASSERT_TRUE(report.ok());
  absl::StatusOr<std::string> json = RenderJson(*report);
  ASSERT_TRUE(json.ok());
  Report parsed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(*json, &parsed).ok());
  EXPECT_EQ(parsed.SerializeAsString(), report->SerializeAsString());
}

}  // namespace
}  // namespace factcheck
