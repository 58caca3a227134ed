#include "checker/report/json.h"

#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "checker/corpus/utf8.h"
#include "checker/util/threads.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/util/field_mask_util.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

// List items printed at once: each print resolves the report's types anew,
// and a batch's JSON is held whole.
constexpr int kItemsPerPrint = 256;
// Batches a thread prints in a round, before the round is written.
constexpr int kBatchesPerThread = 4;

// The fields of `message`'s type that hold lists of messages, in the order
// protobuf prints them.
std::vector<const FieldDescriptor*> RepeatedMessageFields(const Message& message) {
  std::vector<const FieldDescriptor*> lists;
  const google::protobuf::Descriptor* type = message.GetDescriptor();
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    if (field->is_repeated() && field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      lists.push_back(field);
    }
  }
  return lists;
}

// `message` without the fields in `lists`: printed, it shows each list empty.
std::unique_ptr<Message> WithoutLists(const Message& message,
                                      const std::vector<const FieldDescriptor*>& lists) {
  google::protobuf::FieldMask rest;
  const google::protobuf::Descriptor* type = message.GetDescriptor();
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    if (std::find(lists.begin(), lists.end(), field) == lists.end()) rest.add_paths(field->name());
  }
  std::unique_ptr<Message> frame(message.New());
  google::protobuf::util::FieldMaskUtil::MergeMessageTo(message, rest, {}, frame.get());
  return frame;
}

absl::Status ListNotFound(const FieldDescriptor& list) {
  return absl::InternalError(absl::StrCat("cannot write JSON: no list ", list.json_name()));
}

// The line that opens `list` in the report's JSON. A line of its own: no
// string in the JSON holds a newline unescaped.
std::string Opening(const FieldDescriptor& list) {
  return absl::StrCat("\n \"", list.json_name(), "\": [");
}

// Items `begin` to `end` of `list`, as they print within the whole report's
// JSON: printed by protobuf as the only items of a report, from its opening
// line to the line that closes the list.
absl::StatusOr<std::string> PrintItems(const Report& report, const FieldDescriptor& list, int begin,
                                       int end) {
  const google::protobuf::Reflection* reflection = report.GetReflection();
  std::unique_ptr<Message> items(report.New());
  for (int i = begin; i < end; ++i) {
    items->GetReflection()
        ->AddMessage(items.get(), &list)
        ->CopyFrom(reflection->GetRepeatedMessage(report, &list, i));
  }
  absl::StatusOr<std::string> json = ToJson(*items, JsonDefaults::kPrint);
  if (!json.ok()) return json.status();
  const std::string opening = Opening(list);
  const size_t open = json->find(opening);
  const size_t close = json->find("\n ]", open);
  if (open == std::string::npos || close == std::string::npos) return ListNotFound(list);
  return json->substr(open + opening.size(), close - open - opening.size());
}

// Code points protobuf's printer writes as \u escapes beyond ASCII's
// controls and the characters it escapes: C1 controls, format characters
// and other invisibles (json_test asks it of every code point).
constexpr CodePointRange kEscapedRanges[] = {
    {0x7F, 0x9F},     {0xAD, 0xAD},     {0x600, 0x603},     {0x6DD, 0x6DD},     {0x70F, 0x70F},
    {0x17B4, 0x17B5}, {0x200B, 0x200F}, {0x2028, 0x202E},   {0x2060, 0x2064},   {0x206A, 0x206F},
    {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
};

bool Escaped(char32_t code_point) {
  return code_point < 0x20 || InCodePointRanges(code_point, kEscapedRanges);
}

void AppendUtf16Escape(char32_t unit, std::string* json) {
  absl::StrAppend(json, "\\u", absl::Hex(unit, absl::kZeroPad4));
}

// Appends `text` as protobuf's printer writes a string, quoted; false, with
// nothing appended, when it is not valid UTF-8 (left to protobuf).
bool AppendJsonString(absl::string_view text, std::string* json) {
  if (FindInvalidUtf8(text) >= 0) return false;
  json->push_back('"');
  for (size_t i = 0; i < text.size();) {
    const auto [code_point, length] = DecodeUtf8(text.substr(i));
    switch (code_point) {
      case '"':
        *json += "\\\"";
        break;
      case '\\':
        *json += "\\\\";
        break;
      case '\b':
        *json += "\\b";
        break;
      case '\t':
        *json += "\\t";
        break;
      case '\n':
        *json += "\\n";
        break;
      case '\f':
        *json += "\\f";
        break;
      case '\r':
        *json += "\\r";
        break;
      case '<':
      case '>':
        AppendUtf16Escape(code_point, json);
        break;
      default:
        if (!Escaped(code_point)) {
          json->append(text.data() + i, length);
        } else if (code_point < 0x10000) {
          AppendUtf16Escape(code_point, json);
        } else {  // as a surrogate pair
          AppendUtf16Escape(0xD800 + ((code_point - 0x10000) >> 10), json);
          AppendUtf16Escape(0xDC00 + ((code_point - 0x10000) & 0x3FF), json);
        }
    }
    i += length;
  }
  json->push_back('"');
  return true;
}

// Appends a float as protobuf's printer writes it: 6 significant digits if
// they read back as the same float, else 9. False for NaN and the
// infinities, which it writes as strings.
bool AppendJsonFloat(float value, std::string* json) {
  if (!std::isfinite(value)) return false;
  std::string digits = absl::StrFormat("%.*g", FLT_DIG, value);
  // Read back as protobuf reads it: an underflow (a subnormal) does not count.
  errno = 0;
  if (std::strtof(digits.c_str(), nullptr) != value || errno != 0) {
    digits = absl::StrFormat("%.*g", FLT_DIG + 3, value);
  }
  *json += digits;
  return true;
}

// Appends the value of `field`, a field of `message` that is not a list
// or a message, if it is of a kind written here.
bool AppendJsonValue(const Message& message, const FieldDescriptor& field, std::string* json) {
  const google::protobuf::Reflection& reflection = *message.GetReflection();
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING: {
      if (field.type() != FieldDescriptor::TYPE_STRING) return false;  // bytes: base64
      std::string scratch;
      return AppendJsonString(reflection.GetStringReference(message, &field, &scratch), json);
    }
    case FieldDescriptor::CPPTYPE_INT32:
      absl::StrAppend(json, reflection.GetInt32(message, &field));
      return true;
    case FieldDescriptor::CPPTYPE_BOOL:
      *json += reflection.GetBool(message, &field) ? "true" : "false";
      return true;
    case FieldDescriptor::CPPTYPE_FLOAT:
      return AppendJsonFloat(reflection.GetFloat(message, &field), json);
    case FieldDescriptor::CPPTYPE_ENUM: {
      const google::protobuf::EnumValueDescriptor* value =
          field.enum_type()->FindValueByNumber(reflection.GetEnumValue(message, &field));
      if (value == nullptr) return false;  // written as a number
      absl::StrAppend(json, "\"", value->name(), "\"");
      return true;
    }
    default:  // 64-bit integers, written as strings; doubles
      return false;
  }
}

// Appends `message` as protobuf's printer writes it (JsonDefaults::kPrint)
// at `indent` spaces: each field on a line of its own, one space deeper, and
// a list's items a space deeper again. False, with `json` partly appended,
// when some field is of a kind not written here.
bool AppendJsonObject(const Message& message, int indent, std::string* json) {
  const google::protobuf::Descriptor& type = *message.GetDescriptor();
  const google::protobuf::Reflection& reflection = *message.GetReflection();
  if (type.field_count() == 0) return false;
  *json += "{";
  for (int i = 0; i < type.field_count(); ++i) {
    const FieldDescriptor& field = *type.field(i);
    const bool list = field.is_repeated();
    // Left to protobuf: a message not in a list, or an optional value,
    // which it leaves out when unset, and lists of what is not a message,
    // which the report's items do not hold.
    if (list != (field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE)) return false;
    if (field.has_presence() && !list) return false;
    absl::StrAppend(json, i == 0 ? "" : ",", "\n", std::string(indent + 1, ' '), "\"",
                    field.json_name(), "\": ");
    if (!list) {
      if (!AppendJsonValue(message, field, json)) return false;
      continue;
    }
    const int size = reflection.FieldSize(message, &field);
    if (size == 0) {
      *json += "[]";
      continue;
    }
    *json += "[";
    for (int k = 0; k < size; ++k) {
      absl::StrAppend(json, k == 0 ? "" : ",", "\n", std::string(indent + 2, ' '));
      if (!AppendJsonObject(reflection.GetRepeatedMessage(message, &field, k), indent + 2, json)) {
        return false;
      }
    }
    absl::StrAppend(json, "\n", std::string(indent + 1, ' '), "]");
  }
  absl::StrAppend(json, "\n", std::string(indent, ' '), "}");
  return true;
}

// `item`, an item of one of the report's lists, as protobuf prints it
// there, if each of its fields, and theirs, is of a kind written here:
// strings, 32-bit integers, floats, booleans, enums and lists of messages,
// which are what the report's items hold; nullopt otherwise. Protobuf's
// printer takes ten times as long.
std::optional<std::string> ItemJson(const Message& item) {
  std::string json = "\n  ";
  if (!AppendJsonObject(item, 2, &json)) return std::nullopt;
  return json;
}

// The items `first` to `first + kItemsPerPrint` of `list`, as they print
// within the whole report's JSON: by ItemJson where it can, runs of the
// others by protobuf.
absl::StatusOr<std::string> PrintBatch(const Report& report, const FieldDescriptor& list,
                                       int first) {
  const google::protobuf::Reflection* reflection = report.GetReflection();
  const int end = std::min(reflection->FieldSize(report, &list), first + kItemsPerPrint);
  std::string json;
  int unprinted = first;  // the first of a run of items left to protobuf
  const auto print_unprinted = [&](int to) -> absl::Status {
    if (unprinted == to) return absl::OkStatus();
    absl::StatusOr<std::string> printed = PrintItems(report, list, unprinted, to);
    if (!printed.ok()) return printed.status();
    absl::StrAppend(&json, unprinted == first ? "" : ",", *printed);
    return absl::OkStatus();
  };
  for (int i = first; i < end; ++i) {
    const std::optional<std::string> item =
        ItemJson(reflection->GetRepeatedMessage(report, &list, i));
    if (!item) continue;
    if (absl::Status printed = print_unprinted(i); !printed.ok()) return printed;
    absl::StrAppend(&json, i == first ? "" : ",", *item);
    unprinted = i + 1;
  }
  if (absl::Status printed = print_unprinted(end); !printed.ok()) return printed;
  return json;
}

}  // namespace

absl::StatusOr<std::string> ToJson(const Message& message, JsonDefaults defaults) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = defaults == JsonDefaults::kPrint;
  std::string json;
  const auto status = google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    return absl::InternalError(absl::StrCat("cannot write JSON: ", status.ToString()));
  }
  return json;
}

absl::Status WriteJson(const Report& report, std::ostream* out, int threads) {
  // Printing default values, protobuf's printer builds a tree of the whole
  // message first: for a large report, gigabytes. So the report is printed
  // without its lists, and each list's items are printed a batch at a time,
  // each batch as the only items of a report, where the first print shows
  // the list empty. Their lines are indented as in the whole.
  const std::vector<const FieldDescriptor*> lists = RepeatedMessageFields(report);
  absl::StatusOr<std::string> frame = ToJson(*WithoutLists(report, lists), JsonDefaults::kPrint);
  if (!frame.ok()) return frame.status();
  threads = std::max(threads, 1);
  size_t printed = 0;  // of `frame`
  for (const FieldDescriptor* list : lists) {
    const int size = report.GetReflection()->FieldSize(report, list);
    if (size == 0) continue;
    const std::string opening = Opening(*list);
    const size_t open = frame->find(opening, printed);
    if (open == std::string::npos) return ListNotFound(*list);
    *out << absl::string_view(*frame).substr(printed, open + opening.size() - printed);
    // A round of batches is printed on the threads at once, then written
    // in order: a few batches are held at a time, whatever the threads.
    const int batches = (size + kItemsPerPrint - 1) / kItemsPerPrint;
    for (int round = 0; round < batches; round += threads * kBatchesPerThread) {
      std::vector<absl::StatusOr<std::string>> round_json(
          std::min(threads * kBatchesPerThread, batches - round));
      std::vector<std::function<void()>> printing;
      for (size_t i = 0; i < round_json.size(); ++i) {
        printing.push_back([&, i] {
          round_json[i] = PrintBatch(report, *list, (round + static_cast<int>(i)) * kItemsPerPrint);
        });
      }
      RunTasks(threads, printing);
      for (size_t i = 0; i < round_json.size(); ++i) {
        if (!round_json[i].ok()) return round_json[i].status();
        *out << (round + i == 0 ? "" : ",") << *round_json[i];
      }
    }
    // The frame goes on at the empty list's "]", now on a line of its own.
    *out << "\n ";
    printed = open + opening.size();
  }
  *out << absl::string_view(*frame).substr(printed);
  return out->good() ? absl::OkStatus() : absl::DataLossError("cannot write JSON: output failed");
}

absl::StatusOr<std::string> RenderJson(const Report& report) {
  std::ostringstream json;
  if (absl::Status written = WriteJson(report, &json); !written.ok()) return written;
  return json.str();
}

}  // namespace factcheck
