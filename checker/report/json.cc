#include "checker/report/json.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
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

// Whether protobuf's printer writes `text` as it is, between quotes:
// printable ASCII but for the characters it escapes (json_test asks it of
// every byte).
bool IsPlainJsonString(absl::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c >= 0x20 && c <= 0x7E && c != '"' && c != '\\' && c != '<' && c != '>';
  });
}

// `item`, an item of one of the report's lists, as protobuf prints it
// there, if each of its fields is a plain string (IsPlainJsonString) or a
// 32-bit integer; nullopt otherwise. Protobuf's printer takes ten times as
// long, and a large report's items are mostly documents' summaries, which
// are plain but for a title in another script.
std::optional<std::string> PlainItem(const Message& item) {
  const google::protobuf::Descriptor* type = item.GetDescriptor();
  const google::protobuf::Reflection* reflection = item.GetReflection();
  if (type->field_count() == 0) return std::nullopt;
  std::string json = "\n  {";
  std::string scratch;
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    if (field->is_repeated() || field->has_presence()) return std::nullopt;
    absl::StrAppend(&json, i == 0 ? "" : ",", "\n   \"", field->json_name(), "\": ");
    if (field->type() == FieldDescriptor::TYPE_STRING) {
      const std::string& text = reflection->GetStringReference(item, field, &scratch);
      if (!IsPlainJsonString(text)) return std::nullopt;
      absl::StrAppend(&json, "\"", text, "\"");
    } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_INT32) {
      absl::StrAppend(&json, reflection->GetInt32(item, field));
    } else {
      return std::nullopt;
    }
  }
  json += "\n  }";
  return json;
}

// The items `first` to `first + kItemsPerPrint` of `list`, as they print
// within the whole report's JSON: plain ones here, runs of the others by
// protobuf.
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
        PlainItem(reflection->GetRepeatedMessage(report, &list, i));
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
