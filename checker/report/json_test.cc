#include "checker/report/json.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

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

// Items are written without protobuf's printer where they can be (most of
// a large report): as protobuf prints them, for every character, number and
// kind of field, and beside items protobuf prints.
void ExpectWrittenAsProtobufPrints(const Report& report) {
  const std::string whole = ToJson(report, JsonDefaults::kPrint).value();
  for (int threads : {1, 2}) {
    std::ostringstream written;
    ASSERT_TRUE(WriteJson(report, &written, threads).ok());
    const std::string text = written.str();
    if (text == whole) continue;
    // Where they part, rather than a diff of megabytes.
    const size_t at =
        std::mismatch(text.begin(), text.end(), whole.begin(), whole.end()).first - text.begin();
    const size_t from = at < 60 ? 0 : at - 60;
    ADD_FAILURE() << threads << " threads, at byte " << at << ": written\n"
                  << text.substr(from, 160) << "\nprotobuf\n"
                  << whole.substr(from, 160);
  }
}

std::string Utf8(char32_t code_point) {
  std::string text;
  if (code_point < 0x80) {
    text += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    text += static_cast<char>(0xC0 | (code_point >> 6));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    text += static_cast<char>(0xE0 | (code_point >> 12));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    text += static_cast<char>(0xF0 | (code_point >> 18));
    text += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    text += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    text += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return text;
}

TEST(WriteJsonTest, WritesEveryCharacterAsProtobufPrintsIt) {
  Report report;
  for (int byte = 1; byte < 256; ++byte) {
    DocumentSummary* document = report.add_documents();
    document->set_id(absl::StrCat("a", std::string(1, static_cast<char>(byte)), "b"));
    document->set_title(std::string(1, static_cast<char>(byte)));
  }
  // Every code point, 64 to a title, each also alone in an excerpt.
  std::string title;
  for (char32_t code_point = 1; code_point <= 0x10FFFF; ++code_point) {
    if (code_point >= 0xD800 && code_point <= 0xDFFF) continue;  // surrogates
    title += Utf8(code_point);
    if (code_point % 64 == 0) {
      report.add_documents()->set_title(title);
      title.clear();
    }
    if (code_point < 0x3000 || code_point % 97 == 0) {
      Discrepancy* discrepancy = report.add_discrepancies();
      discrepancy->set_subject(Utf8(code_point));
      discrepancy->add_variants()->add_evidence()->set_excerpt(
          absl::StrCat("\"", Utf8(code_point)));
    }
  }
  report.add_documents()->set_title(title);
  ExpectWrittenAsProtobufPrints(report);
}

TEST(WriteJsonTest, WritesEveryKindOfFieldAsProtobufPrintsIt) {
  Report report;
  for (const int number : {0, 1, -1, 2147483647, -2147483647 - 1}) {
    DocumentSummary* document = report.add_documents();
    document->set_sentences(number);
    document->set_claims(number);
  }
  std::vector<float> confidences = {0.0f,         -0.0f,     1.0f,          0.8f,
                                    0.1f,         1e-45f,    3.4028235e38f, 1.17549435e-38f,
                                    123456789.0f, 0.3333333f};
  std::mt19937 random(7);
  for (int i = 0; i < 2000; ++i) {
    uint32_t bits = random();
    float value;
    std::memcpy(&value, &bits, sizeof value);
    confidences.push_back(value);  // NaN and the infinities among them, left to protobuf
    confidences.push_back(std::uniform_real_distribution<float>(0, 1)(random));
  }
  confidences.push_back(std::numeric_limits<float>::quiet_NaN());
  confidences.push_back(std::numeric_limits<float>::infinity());
  for (size_t i = 0; i < confidences.size(); ++i) {
    Discrepancy* discrepancy = report.add_discrepancies();
    discrepancy->set_confidence(confidences[i]);
    discrepancy->set_kind(static_cast<DiscrepancyKind>(i % 5));  // 4: no such kind, a number
    discrepancy->set_baselined(i % 2 == 0);
    for (size_t v = 0; v < i % 3; ++v) {
      Variant* variant = discrepancy->add_variants();
      variant->set_value(absl::StrCat("value ", v));
      variant->set_accepted(v == 1);
      for (size_t e = 0; e < v; ++e) variant->add_evidence()->set_line(static_cast<int>(e));
    }
  }
  report.add_skipped()->set_path("plain");
  ExpectWrittenAsProtobufPrints(report);
}

}  // namespace
}  // namespace factcheck
