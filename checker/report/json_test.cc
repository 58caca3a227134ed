#include "checker/report/json.h"

#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(RenderJsonTest, UsesTheProto3JsonMapping) {
  absl::StatusOr<std::string> json = RenderJson(ReportForTests());
  ASSERT_TRUE(json.ok());
  EXPECT_TRUE(Contains(*json, "\"kind\": \"QUANTITY\""));
  EXPECT_TRUE(Contains(*json, "\"severity\": \"WARNING\""));
  EXPECT_TRUE(Contains(*json, "\"highlightBegin\": "));  // lowerCamelCase names
  EXPECT_TRUE(Contains(*json, "\"document\": \"b.txt\""));
  EXPECT_TRUE(Contains(*json, "\"line\": 4"));
  // Strings are JSON-escaped; protobuf also escapes < and > so the JSON can
  // sit inside HTML safely.
  EXPECT_TRUE(Contains(*json, "\"Rafah \\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""));
  EXPECT_TRUE(Contains(*json, "\\\"1.5 million\\\""));
}

TEST(RenderJsonTest, PrintsFieldsEvenWhenEmpty) {
  absl::StatusOr<std::string> json = RenderJson(Report());
  ASSERT_TRUE(json.ok());
  EXPECT_TRUE(Contains(*json, "\"discrepancies\": []"));
  EXPECT_TRUE(Contains(*json, "\"claims\": 0"));
}

// WriteJson prints each list item on its own, on one thread or several;
// the whole must read as protobuf prints it in one piece.
TEST(WriteJsonTest, WritesWhatTheWholeReportPrintsAs) {
  Report one_of_each;
  one_of_each.add_documents()->set_id("a \"quoted\"\nid");
  one_of_each.add_skipped()->set_path("\n \"documents\": []");
  one_of_each.add_discrepancies();
  Report later_lists = ReportForTests();
  later_lists.clear_documents();
  Report long_lists = ReportForTests();  // printed in batches, and in rounds of batches
  for (int i = 0; i < 5000; ++i) long_lists.add_documents()->set_id(std::to_string(i));
  for (int i = 0; i < 1000; ++i) {
    *long_lists.add_discrepancies() = ReportForTests().discrepancies(0);
  }
  for (const Report& report : {ReportForTests(), Report(), one_of_each, later_lists, long_lists}) {
    const std::string whole = ToJson(report, JsonDefaults::kPrint).value();
    for (int threads : {1, 3}) {
      std::ostringstream written;
      ASSERT_TRUE(WriteJson(report, &written, threads).ok());
      EXPECT_EQ(written.str(), whole) << threads << " threads";
    }
  }
}

// Items of plain strings and numbers are written without protobuf's printer
// (the documents' summaries of a large corpus): as protobuf prints them, for
// every character and number, and beside items protobuf prints.
TEST(WriteJsonTest, WritesPlainItemsAsProtobufPrintsThem) {
  Report report;
  for (int byte = 1; byte < 256; ++byte) {
    DocumentSummary* document = report.add_documents();
    document->set_id(absl::StrCat("a", std::string(1, static_cast<char>(byte)), "b"));
    document->set_title(std::string(1, static_cast<char>(byte)));
  }
  for (const char* text :
       {"Z\xC3\xBCrich", "\xE2\x80\x99", "\xE2\x80\xA8", "\xF0\x9F\x98\x80", ""}) {
    report.add_documents()->set_title(text);
  }
  for (const int number : {0, 1, -1, 2147483647, -2147483647 - 1}) {
    DocumentSummary* document = report.add_documents();
    document->set_sentences(number);
    document->set_claims(number);
  }
  const std::string whole = ToJson(report, JsonDefaults::kPrint).value();
  for (int threads : {1, 2}) {
    std::ostringstream written;
    ASSERT_TRUE(WriteJson(report, &written, threads).ok());
    EXPECT_EQ(written.str(), whole) << threads << " threads";
  }
}

}  // namespace
}  // namespace factcheck
