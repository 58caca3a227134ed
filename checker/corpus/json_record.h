// File: checker/corpus/json_record.h
//
// Reads one JSON Lines article record into an ArticleRecord, as protobuf's
// JSON parser would (unknown fields ignored). Nearly every record is an
// object whose fields are strings, with maybe fields of its own (authors,
// tags, counts); those are read here in one pass, as protobuf's parser
// converts JSON to the wire format and parses that, which cost a tenth of
// extraction on large corpora. Anything else (a field of the record that is
// a list or true, a repeated field, \u0000, a lone surrogate, a number with
// an exponent) goes to protobuf's parser, which decides, so the result does
// not depend on which path read it, but for three things protobuf refuses:
// a number where a string is meant is read as written ("id": 12345 is id
// "12345"), a field the record does not have may nest objects past
// protobuf's limit of 100, and a field with an empty name is ignored as any
// other the record does not have.
//
//   ArticleRecord record;
//   absl::Status read = ParseArticleRecord(R"({"id": "a1", "text": "..."})", &record);

#ifndef FACTCHECK_CHECKER_CORPUS_JSON_RECORD_H_
#define FACTCHECK_CHECKER_CORPUS_JSON_RECORD_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "proto/document.pb.h"

namespace factcheck {

// Fails with protobuf's message when `json` is not such a record.
absl::Status ParseArticleRecord(absl::string_view json, ArticleRecord* record);

// The one-pass path alone, for its tests: false, leaving `record` in an
// unspecified state, when `json` is not a record it reads.
bool ReadFlatArticleRecord(absl::string_view json, ArticleRecord* record);

// The names of the fields of the object `json`, in order, as far as the
// one-pass path reads it: what a record without text has instead.
std::vector<std::string> RecordFieldNames(absl::string_view json);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CORPUS_JSON_RECORD_H_
