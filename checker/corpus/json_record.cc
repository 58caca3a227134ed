#include "checker/corpus/json_record.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "checker/corpus/utf8.h"
#include "checker/util/byte_words.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

// JSON's whitespace: space, tab, line feed and carriage return.
void SkipSpace(absl::string_view* in) {
  in->remove_prefix(std::min(in->find_first_not_of(" \t\n\r"), in->size()));
}

// Four hex digits of a \u escape.
bool ReadHex4(absl::string_view* in, uint32_t* unit) {
  const absl::string_view hex = in->substr(0, 4);
  if (hex.size() < 4 || !std::all_of(hex.begin(), hex.end(), absl::ascii_isxdigit) ||
      !absl::SimpleHexAtoi(hex, unit)) {
    return false;
  }
  in->remove_prefix(4);
  return true;
}

// Whether byte `c` ends a run of a string's characters that stand for
// themselves: the closing quote, the backslash that opens an escape, and a
// control character, which JSON allows only escaped.
inline bool EndsPlainRun(unsigned char c) { return c == '"' || c == '\\' || c < 0x20; }

// The length of the run of characters that stand for themselves at the start
// of `in`. An article's text is one string of thousands of bytes with few
// escapes: eight bytes at a time are passed over while none ends the run.
size_t PlainRunLength(absl::string_view in) {
  size_t run = 0;
  for (; run + 8 <= in.size(); run += 8) {
    const uint64_t word = LoadWord(in.data() + run);
    if ((HasByte(word, '"') | HasByte(word, '\\') | HasByteBelow(word, 0x20)) != 0) break;
  }
  while (run < in.size() && !EndsPlainRun(in[run])) ++run;
  return run;
}

// A string in double quotes, its escapes decoded. False on anything the
// one-pass path leaves to protobuf: a control character, an unknown escape,
// \u0000 or a surrogate that is not half of a pair.
bool ReadString(absl::string_view* in, std::string* out) {
  if (!absl::ConsumePrefix(in, "\"")) return false;
  out->clear();
  while (true) {
    const size_t run = PlainRunLength(*in);
    out->append(in->data(), run);
    in->remove_prefix(run);
    if (in->empty() || static_cast<unsigned char>(in->front()) < 0x20) return false;
    if (absl::ConsumePrefix(in, "\"")) return true;
    in->remove_prefix(1);  // the backslash
    if (in->empty()) return false;
    const char escaped = in->front();
    in->remove_prefix(1);
    // The one-character escapes, and what each stands for.
    constexpr absl::string_view kEscapes = "\"\\/bfnrt";
    constexpr absl::string_view kEscaped = "\"\\/\b\f\n\r\t";
    if (const size_t simple = kEscapes.find(escaped); simple != absl::string_view::npos) {
      out->push_back(kEscaped[simple]);
      continue;
    }
    uint32_t unit;
    if (escaped != 'u' || !ReadHex4(in, &unit) || unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) {
      return false;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      uint32_t low;
      if (!absl::ConsumePrefix(in, "\\u") || !ReadHex4(in, &low) || low < 0xDC00 || low > 0xDFFF) {
        return false;
      }
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(unit, out);
  }
}

// `"key":` in an object, the key decoded into `key`.
bool ReadKey(absl::string_view* in, std::string* key) {
  SkipSpace(in);
  if (!ReadString(in, key)) return false;
  SkipSpace(in);
  return absl::ConsumePrefix(in, ":");
}

// A number of the plain forms ("-12", "3.5"), as written. None for one with
// an exponent or more digits than a double holds exactly, whose reading is
// protobuf's to decide, and for anything else.
std::optional<absl::string_view> ReadNumber(absl::string_view* in) {
  constexpr int kMaxDigits = 15;
  const absl::string_view text = *in;
  size_t at = text.empty() || text[0] != '-' ? 0 : 1;
  const auto digits_from = [&text, &at]() {
    const size_t begin = at;
    while (at < text.size() && absl::ascii_isdigit(text[at])) ++at;
    return static_cast<int>(at - begin);
  };
  const bool leading_zero = at < text.size() && text[at] == '0';
  int digits = digits_from();
  if (digits == 0 || (leading_zero && digits > 1)) return std::nullopt;
  if (at < text.size() && text[at] == '.') {
    ++at;
    const int fraction = digits_from();
    if (fraction == 0) return std::nullopt;
    digits += fraction;
  }
  if (digits > kMaxDigits || (at < text.size() && (text[at] == 'e' || text[at] == 'E'))) {
    return std::nullopt;
  }
  in->remove_prefix(at);
  return text.substr(0, at);
}

// true, false, null, or a number ReadNumber reads; false on anything else.
bool SkipScalar(absl::string_view* in) {
  for (const absl::string_view literal : {"true", "false", "null"}) {
    if (absl::ConsumePrefix(in, literal)) return true;
  }
  return ReadNumber(in).has_value();
}

// Passes over one JSON value of any kind and depth, as a field the record
// does not have holds: objects and arrays, strings as ReadString reads
// them, and what SkipScalar takes. Iterative, so that no depth of nesting
// can exhaust the stack. False on anything it does not take.
bool SkipValue(absl::string_view* in) {
  std::string closers;  // the brackets still open, the innermost last
  std::string scratch;
  while (true) {
    SkipSpace(in);
    if (absl::ConsumePrefix(in, "{")) {
      SkipSpace(in);
      if (!absl::ConsumePrefix(in, "}")) {
        closers.push_back('}');
        if (!ReadKey(in, &scratch)) return false;
        continue;  // to its value
      }
    } else if (absl::ConsumePrefix(in, "[")) {
      SkipSpace(in);
      if (!absl::ConsumePrefix(in, "]")) {
        closers.push_back(']');
        continue;  // to its first element
      }
    } else {
      const bool string = !in->empty() && in->front() == '"';
      if (!(string ? ReadString(in, &scratch) : SkipScalar(in))) return false;
    }
    // A value has ended: the next in its container, or the container ends.
    while (true) {
      if (closers.empty()) return true;
      SkipSpace(in);
      if (absl::ConsumePrefix(in, ",")) {
        if (closers.back() == '}' && !ReadKey(in, &scratch)) return false;
        break;
      }
      if (!absl::ConsumePrefix(in, absl::string_view(&closers.back(), 1))) return false;
      closers.pop_back();
    }
  }
}

}  // namespace

bool ReadFlatArticleRecord(absl::string_view json, ArticleRecord* record) {
  record->Clear();
  SkipSpace(&json);
  if (!absl::ConsumePrefix(&json, "{")) return false;
  SkipSpace(&json);
  const google::protobuf::Descriptor& fields = *record->GetDescriptor();
  std::string key, value;
  uint64_t seen = 0;  // a bit per field: a repeated key is left to protobuf
  if (!absl::ConsumePrefix(&json, "}")) {
    do {
      if (!ReadKey(&json, &key)) return false;
      SkipSpace(&json);
      // A field is named as in the proto or in lowerCamelCase ("date_publish"
      // or "datePublish"), as protobuf reads it; each is a string (tested).
      const google::protobuf::FieldDescriptor* field = fields.FindFieldByName(key);
      if (field == nullptr) field = fields.FindFieldByCamelcaseName(key);
      if (field == nullptr) {  // unknown fields are ignored, whatever they hold
        if (!SkipValue(&json)) return false;
        SkipSpace(&json);
        continue;
      }
      // null is no value, as protobuf reads it. A number where a string is
      // meant ("id": 12345) is read as written, where protobuf refuses it.
      value.clear();
      if (!absl::ConsumePrefix(&json, "null")) {
        if (!json.empty() && json.front() == '"') {
          if (!ReadString(&json, &value)) return false;
        } else if (const std::optional<absl::string_view> number = ReadNumber(&json)) {
          value = std::string(*number);
        } else {
          return false;
        }
      }
      SkipSpace(&json);
      if (field->type() != google::protobuf::FieldDescriptor::TYPE_STRING || field->is_repeated() ||
          field->index() >= 64) {
        return false;
      }
      const uint64_t bit = uint64_t{1} << field->index();
      if (seen & bit) return false;
      seen |= bit;
      record->GetReflection()->SetString(record, field, std::move(value));
    } while (absl::ConsumePrefix(&json, ","));
    if (!absl::ConsumePrefix(&json, "}")) return false;
  }
  SkipSpace(&json);
  return json.empty();
}

std::vector<std::string> RecordFieldNames(absl::string_view json) {
  std::vector<std::string> names;
  std::string name;
  SkipSpace(&json);
  if (!absl::ConsumePrefix(&json, "{")) return names;
  do {
    if (!ReadKey(&json, &name)) break;
    names.push_back(name);
    if (!SkipValue(&json)) break;
    SkipSpace(&json);
  } while (absl::ConsumePrefix(&json, ","));
  return names;
}

absl::Status ParseArticleRecord(absl::string_view json, ArticleRecord* record) {
  if (ReadFlatArticleRecord(json, record)) return absl::OkStatus();
  record->Clear();
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), record, options);
  // The first line says what is wrong; protobuf's next two quote the record
  // and point into it, and the skipped input's name already gives its line.
  if (!status.ok()) {
    const absl::string_view message(status.message().data(), status.message().size());
    return absl::InvalidArgumentError(message.substr(0, message.find('\n')));
  }
  return absl::OkStatus();
}

}  // namespace factcheck
