#include "checker/report/json.h"

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {

absl::StatusOr<std::string> ToJson(const google::protobuf::Message& message,
                                   JsonDefaults defaults) {
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

absl::StatusOr<std::string> RenderJson(const Report& report) {
  return ToJson(report, JsonDefaults::kPrint);
}

}  // namespace factcheck
