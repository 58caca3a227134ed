#include "checker/corpus/json_record.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// The record's fields as "id|date|outlet|url|text", then "|title=..." and
// so on for each later field it has.
std::string Fields(const ArticleRecord& record) {
  std::string fields = record.id() + "|" + record.date() + "|" + record.outlet() + "|" +
                       record.url() + "|" + record.text();
  const google::protobuf::Descriptor& descriptor = *record.GetDescriptor();
  for (int i = descriptor.FindFieldByName("title")->index(); i < descriptor.field_count(); ++i) {
    const google::protobuf::FieldDescriptor& field = *descriptor.field(i);
    const std::string value = record.GetReflection()->GetString(record, &field);
    if (!value.empty()) fields += "|" + field.name() + "=" + value;
  }
  return fields;
}

// What the one-pass path reads, or "declined".
std::string ReadFlat(absl::string_view json) {
  ArticleRecord record;
  return ReadFlatArticleRecord(json, &record) ? Fields(record) : "declined";
}

// What protobuf's JSON parser reads, or "error".
std::string ReadByProtobuf(absl::string_view json) {
  ArticleRecord record;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  return google::protobuf::util::JsonStringToMessage(std::string(json), &record, options).ok()
             ? Fields(record)
             : "error";
}

TEST(ReadFlatArticleRecordTest, ReadsFlatObjectsOfStrings) {
  struct Example {
    std::string json;
    std::string read;
  };
  const Example examples[] = {
      {R"({"id": "a1", "text": "Body."})", "a1||||Body."},
      {R"({"text":"t","url":"https://x.example/1","outlet":"Wire","date":"2024-03-21","id":"x"})",
       "x|2024-03-21|Wire|https://x.example/1|t"},
      {"{}", "||||"},
      {" \t{ \"id\" :\r\n\"a\" } \n", "a||||"},
      {R"({"headline": "ignored", "id": "a", "source": "also ignored"})", "a||||"},
      {R"({"text": "say \"no\" \\ a\/b\tc\nd\re\bf\fg"})", "||||say \"no\" \\ a/b\tc\nd\re\bf\fg"},
      {R"({"text": "caf\u00e9 \u201Cquoted\u201D \ud83d\udcf0"})",
       "||||caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x93\xB0"},
      {"{\"text\": \"caf\xC3\xA9 as written\"}", "||||caf\xC3\xA9 as written"},
      {R"({"id": null, "date": null, "text": "t"})", "||||t"},
      {R"({"title": "Floods hit the port", "text": "t"})", "||||t|title=Floods hit the port"},
      // news-please's names, as it writes them and in lowerCamelCase.
      {R"({"maintext": "t", "date_publish": "2017-02-01 12:34:56", "source_domain": "x.example"})",
       "||||"
       "|maintext=t|date_publish=2017-02-01 12:34:56|source_domain=x.example"},
      {R"({"datePublish": "2017-02-01", "sourceDomain": "x.example", "mainText": "not a name"})",
       "||||"
       "|date_publish=2017-02-01|source_domain=x.example"},
      // A field the record does not have may hold anything.
      {R"({"id": "a", "meta": {"nested": "object", "n": [1, -2.5, 0, true, false, null]}})",
       "a||||"},
      {R"({"id": "a", "tags": ["list", [], {}, [["x"]]], "count": 12, "text": "t"})", "a||||t"},
      {R"({"authors": [{"name": "A. Writer", "id": 7}], "image": null, "text": "t"})", "||||t"},
  };
  for (const Example& example : examples) {
    EXPECT_EQ(ReadFlat(example.json), example.read) << example.json;
    EXPECT_EQ(ReadByProtobuf(example.json), example.read) << example.json;
  }
}

TEST(ReadFlatArticleRecordTest, LeavesAnythingElseToProtobuf) {
  for (const std::string json : {
           R"({"id": 1e5, "text": "a number with an exponent"})",
           R"({"id": 1234567890123456, "text": "more digits than a double holds"})",
           R"({"id": true, "text": "true"})",
           R"({"id": ["a"], "text": "a list"})",
           R"({"id": "a", "id": "twice"})",
           R"({"id": "a", "n": 1e5})",
           R"({"id": "a", "n": 1234567890123456})",
           R"({"id": "a", "n": 01})",
           R"({"id": "a", "n": 1.})",
           R"({"id": "a", "n": -})",
           R"({"id": "a", "n": tru})",
           R"({"id": "a", "n": [1,]})",
           R"({"id": "a", "n": {"k" 1}})",
           R"({"id": "a", "n": [1})",
           R"({"id": "a", "n": {"k": "\u0000"}})",
           R"({"text": "nul \u0000 inside"})",
           R"({"text": "lone \ud83d surrogate"})",
           R"({"text": "lone \udcf0 surrogate"})",
           R"({"text": "bad \x escape"})",
           R"({"text": "not four hex digits \u0x1f"})",
           "{\"text\": \"raw\ttab\"}",
           R"({'id': 'single quotes'})",
           R"({"id": "a",})",
           R"({"id": "a"} trailing)",
           R"({"id": "a")",
           R"(["id", "a"])",
           "",
       }) {
    EXPECT_EQ(ReadFlat(json), "declined") << json;
    // Either way, the record is what protobuf reads, or its error.
    ArticleRecord record;
    const absl::Status status = ParseArticleRecord(json, &record);
    EXPECT_EQ(status.ok() ? Fields(record) : "error", ReadByProtobuf(json)) << json;
    // An error is one line, a skipped input's reason, not the record quoted.
    if (!status.ok()) {
      EXPECT_FALSE(status.message().empty()) << json;
      EXPECT_EQ(status.message().find('\n'), absl::string_view::npos) << status;
    }
  }
}

// Ids are often numbers: one where a string is meant is read as written,
// where protobuf refuses it and the record was skipped.
TEST(ReadFlatArticleRecordTest, ReadsANumberWhereAStringIsMeantAsWritten) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {R"({"id": 12345, "text": "t"})", "12345||||t"},
      {R"({"id": -7.25, "date": 20240321, "text": "t"})", "-7.25|20240321|||t"},
      {R"({"id": 0, "text": "t"})", "0||||t"},
  };
  for (const auto& [json, read] : table) {
    EXPECT_EQ(ReadFlat(json), read) << json;
    ArticleRecord record;
    ASSERT_TRUE(ParseArticleRecord(json, &record).ok()) << json;
    EXPECT_EQ(Fields(record), read) << json;
    EXPECT_EQ(ReadByProtobuf(json), "error") << json;
  }
}

// A field with an empty name is one the record does not have: ignored,
// where protobuf refuses it and the record was skipped.
TEST(ReadFlatArticleRecordTest, IgnoresAFieldWithAnEmptyName) {
  for (const std::string json : {R"({"id": "a", "": "b"})", R"({"": false, "id": "a"})"}) {
    EXPECT_EQ(ReadFlat(json), "a||||") << json;
    EXPECT_EQ(ReadByProtobuf(json), "error") << json;
  }
}

// Nesting of any depth in a field the record does not have is passed over
// without recursion. Protobuf refuses objects nested past 100, and the
// record was skipped; the one-pass path reads it.
TEST(ReadFlatArticleRecordTest, PassesOverNestingOfAnyDepth) {
  for (const int depth : {1, 100, 1000, 1000000}) {
    std::string nested;
    for (int i = 0; i < depth; ++i) nested += i % 2 == 0 ? "{\"k\": [" : "[";
    nested += "0";
    for (int i = depth - 1; i >= 0; --i) nested += i % 2 == 0 ? "]}" : "]";
    EXPECT_EQ(ReadFlat("{\"text\": \"t\", \"meta\": " + nested + "}"), "||||t") << depth;
  }
}

TEST(ReadFlatArticleRecordTest, AgreesWithProtobufOnEdgeCases) {
  for (const std::string json : {
           R"({"\u0069d": "escaped key"})",
           "{\"text\": \"delete \x7F as written\"}",
           R"({"Id": "keys are case-sensitive"})",
           R"({"id": ""})",
           R"({"text": "\u00E9 \uFFFD \u0080"})",
           R"({"x": {"a": 1, "a": 2}, "id": "a"})",
           R"({"x": [ ], "y": { }, "id": "a"})",
           R"({"x": -0.0, "y": 999999999999999, "z": 0.000000000000001, "id": "a"})",
           R"({"x": {"id": "inner"}, "id": "outer"})",
           R"({"x": ["\ud83d\udcf0", "\u00e9"], "id": "a"})",
           "{\"x\": [1,\n\t2\r], \"id\": \"a\"}",
       }) {
    const std::string flat = ReadFlat(json);
    if (flat != "declined") {
      EXPECT_EQ(flat, ReadByProtobuf(json)) << json;
    }
  }
}

// Strings are read eight bytes at a time up to what ends a run of plain
// characters: each such byte is found at every place in and across those
// eight, and so is the closing quote.
TEST(ReadFlatArticleRecordTest, FindsEscapesQuotesAndControlsAtAnyByte) {
  struct Example {
    std::string written;  // in the JSON string
    std::string read;     // "declined" when the one-pass path declines it
  };
  const Example examples[] = {
      {R"(\")", "\""},    {R"(\\)", "\\"},      {R"(\n)", "\n"},  {R"(\u00e9)", "\xC3\xA9"},
      {"\t", "declined"}, {"\x1F", "declined"}, {"\x7F", "\x7F"}, {"\xC3\xA9", "\xC3\xA9"},
  };
  for (int before = 0; before <= 17; ++before) {
    const std::string plain(before, 'a');
    EXPECT_EQ(ReadFlat("{\"text\": \"" + plain + "\"}"), "||||" + plain);
    for (const Example& example : examples) {
      const std::string json = "{\"text\": \"" + plain + example.written + "z\"}";
      const std::string expected =
          example.read == "declined" ? "declined" : "||||" + plain + example.read + "z";
      EXPECT_EQ(ReadFlat(json), expected) << json;
      if (expected != "declined") {
        EXPECT_EQ(ReadByProtobuf(json), expected) << json;
      }
    }
  }
}

TEST(ReadFlatArticleRecordTest, AgreesWithProtobufOnRandomRecords) {
  const std::vector<std::string> pieces = {
      "{", "}", ",", ":", " ", "\"id\"", "\"text\"", "\"date\"", "\"x\"", "\"a b\"", "\"\\n\"",
      "\"\\u00e9\"", "\"\\ud83d\"", "\"\\udcf0\"", "7", "null", "[", "]", "\"\\\"\"", "\"\\\\\"",
      "\t", "\"\xC3\xA9\"",
      // Values of fields the record does not have, and what is not one.
      "1.5", "-0", "0", "true", "false", "{}", "[]", "{\"a\":1}", "[1,[2,{}]]", "1e5", "01", "-",
      "tru", "[\"x\",]", "{\"a\" 1}", "123456789012345", "1234567890123456", "\"date_publish\"",
      "\"datePublish\""};
  const auto is_number = [](const std::string& piece) {
    return !piece.empty() && (piece[0] == '-' || (piece[0] >= '0' && piece[0] <= '9'));
  };
  std::mt19937 random(3);
  int read = 0;
  for (int round = 0; round < 200000; ++round) {
    // What protobuf is asked: the record with each number in a field of the
    // record's own written as a string, as the one-pass path reads it.
    std::string json, as_protobuf_reads_it;
    const bool shaped = round % 2 == 0;  // half are records; half, any pieces
    if (shaped) {
      json = "{";
      const int fields = random() % 4;
      for (int k = 0; k < fields; ++k) {
        if (k > 0) json += ",";
        const int key = 5 + random() % 5;
        const std::string& value = pieces[8 + random() % (pieces.size() - 8)];
        const bool own_field = key <= 7;  // "id", "text", "date"
        json += pieces[key] + ":" + value;
        as_protobuf_reads_it += (k > 0 ? "," : "{") + pieces[key] + ":" +
                                (own_field && is_number(value) ? "\"" + value + "\"" : value);
      }
      json += "}";
      as_protobuf_reads_it = fields == 0 ? json : as_protobuf_reads_it + "}";
    } else {
      const int count = random() % 8;
      for (int k = 0; k < count; ++k) json += pieces[random() % pieces.size()];
    }
    const std::string flat = ReadFlat(json);
    if (flat == "declined") continue;
    ++read;
    if (shaped) {
      ASSERT_EQ(flat, ReadByProtobuf(as_protobuf_reads_it)) << json;
    } else {
      const std::string protobuf = ReadByProtobuf(json);
      // Where protobuf refuses a number for a field of the record's own, the
      // shaped records check what the one-pass path makes of it.
      if (protobuf != "error") ASSERT_EQ(flat, protobuf) << json;
    }
  }
  EXPECT_GT(read, 10000);  // the one-pass path did read most records
}

TEST(RecordFieldNamesTest, NamesTheFieldsOfAnObjectAsFarAsItReadsIt) {
  struct Example {
    std::string json;
    std::vector<std::string> names;
  };
  const Example examples[] = {
      {R"({"content": "t", "headline": "h"})", {"content", "headline"}},
      {R"( { "a" : {"b": [1, {"c": 2}]}, "d\u00e9": null } )", {"a", "d\xC3\xA9"}},
      {R"({"a": 1, "b": 1e5, "c": 2})", {"a", "b"}},  // as far as it reads
      {"{}", {}},
      {"[]", {}},
      {"not json", {}},
  };
  for (const Example& example : examples) {
    EXPECT_EQ(RecordFieldNames(example.json), example.names) << example.json;
  }
}

// The one-pass path finds a field by either name protobuf's parser takes.
TEST(ReadFlatArticleRecordTest, EveryFieldIsAStringNamedInJsonAsInCamelCase) {
  const google::protobuf::Descriptor& fields = *ArticleRecord::descriptor();
  for (int i = 0; i < fields.field_count(); ++i) {
    EXPECT_EQ(fields.field(i)->json_name(), fields.field(i)->camelcase_name());
    EXPECT_EQ(fields.field(i)->type(), google::protobuf::FieldDescriptor::TYPE_STRING);
  }
}

}  // namespace
}  // namespace factcheck
