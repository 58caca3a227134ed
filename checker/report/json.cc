#include "checker/report/json.h"

#include <algorithm>
#include <memory>
#include <sstream>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/util/field_mask_util.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

// The fields of `message`'s type that hold lists of messages, in the order
// protobuf prints them.
std::vector<const FieldDescriptor*> ListFields(const Message& message) {
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

absl::Status WriteJson(const Report& report, std::ostream* out) {
  // Printing default values, protobuf's printer builds a tree of the whole
  // message first: for a large report, gigabytes. So the report is printed
  // without its lists, and each list's items are printed one by one where
  // it shows the list empty, indented as the whole would be.
  const std::vector<const FieldDescriptor*> lists = ListFields(report);
  absl::StatusOr<std::string> frame = ToJson(*WithoutLists(report, lists), JsonDefaults::kPrint);
  if (!frame.ok()) return frame.status();
  const google::protobuf::Reflection* reflection = report.GetReflection();
  size_t printed = 0;  // of `frame`
  for (const FieldDescriptor* list : lists) {
    const int size = reflection->FieldSize(report, list);
    if (size == 0) continue;
    // A line of its own: no string in the JSON holds a newline unescaped.
    const std::string empty = absl::StrCat("\n \"", list->json_name(), "\": []");
    const size_t at = frame->find(empty, printed);
    if (at == std::string::npos) {
      return absl::InternalError(absl::StrCat("cannot write JSON: no list ", list->json_name()));
    }
    const size_t open = at + empty.size() - 1;  // the "]" of "[]"
    *out << absl::string_view(*frame).substr(printed, open - printed);
    for (int i = 0; i < size; ++i) {
      absl::StatusOr<std::string> item =
          ToJson(reflection->GetRepeatedMessage(report, list, i), JsonDefaults::kPrint);
      if (!item.ok()) return item.status();
      // Printed alone, an item ends its last line.
      const absl::string_view lines = absl::StripSuffix(*item, "\n");
      *out << (i == 0 ? "\n  " : ",\n  ") << absl::StrReplaceAll(lines, {{"\n", "\n  "}});
    }
    *out << "\n ";
    printed = open;
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
