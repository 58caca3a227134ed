#include "checker/config/config.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "checker/util/atomic_file.h"
#include "checker/util/bounded_read.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

namespace factcheck {
namespace {

// Keeps the first parse error, with its position.
class FirstError : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (message_.empty()) message_ = absl::StrCat(line + 1, ":", column + 1, ": ", message);
  }
  const std::string& message() const { return message_; }

 private:
  std::string message_;
};

// The largest configuration, lexicon or baseline read: a baseline of a
// million findings is about 200 MB. A larger file is not one of these (a
// corpus named by mistake, /dev/zero), and is not read whole.
constexpr int64_t kMaxFileBytes = int64_t{256} << 20;

// Parses `path` into `message`, recording where each field was set in `locations`.
absl::Status Parse(const std::string& path, google::protobuf::Message* message,
                   google::protobuf::TextFormat::ParseInfoTree* locations) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return absl::InvalidArgumentError(absl::StrCat("cannot read ", path, ": a folder, not a file"));
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::string text;
  if (!ReadAtMost(file, kMaxFileBytes, &text)) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path, ": over ", kMaxFileBytes >> 20, " MiB, too large to be read"));
  }
  if (file.bad()) return absl::DataLossError(absl::StrCat("cannot read ", path, ": I/O error"));
  FirstError errors;
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  parser.WriteLocationsTo(locations);
  if (!parser.ParseFromString(text, message)) {
    return absl::InvalidArgumentError(absl::StrCat(path, ":", errors.message()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ReadTextProto(const std::string& path, google::protobuf::Message* message) {
  google::protobuf::TextFormat::ParseInfoTree locations;
  return Parse(path, message, &locations);
}

absl::Status WriteTextProto(const google::protobuf::Message& message, const std::string& path,
                            const std::vector<std::string>& header) {
  std::string text;
  for (const std::string& line : header) absl::StrAppend(&text, "# ", line, "\n");
  if (!header.empty()) text += "\n";
  std::string body;
  if (!google::protobuf::TextFormat::PrintToString(message, &body)) {
    return absl::InternalError(absl::StrCat("cannot print ", path));
  }
  text += body;
  return WriteFileAtomically(path, text);
}

std::string ConfigFile::Where(const std::string& field, int index) const {
  const auto found = lines.find(field);
  if (found == lines.end() || index >= static_cast<int>(found->second.size())) return path;
  return absl::StrCat(path, ":", found->second[index]);
}

std::string ConfigFile::Resolve(const std::string& written) const {
  if (written.empty() || path.empty()) return written;
  return (std::filesystem::path(path).parent_path() / written).lexically_normal().string();
}

absl::StatusOr<ConfigFile> ReadConfig(const std::string& path) {
  ConfigFile file;
  file.path = path;
  google::protobuf::TextFormat::ParseInfoTree locations;
  if (absl::Status status = Parse(path, &file.config, &locations); !status.ok()) return status;
  const google::protobuf::Descriptor* descriptor = file.config.GetDescriptor();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const google::protobuf::FieldDescriptor* field = descriptor->field(i);
    const int values =
        field->is_repeated() ? file.config.GetReflection()->FieldSize(file.config, field) : 1;
    for (int index = 0; index < values; ++index) {
      const auto location = locations.GetLocation(field, field->is_repeated() ? index : -1);
      if (location.line < 0) break;
      file.lines[field->name()].push_back(location.line + 1);
    }
  }
  return file;
}

std::string FindConfig(const std::string& corpus_root) {
  std::error_code error;
  const std::filesystem::path candidate = std::filesystem::path(corpus_root) / kConfigFileName;
  return std::filesystem::is_regular_file(candidate, error) ? candidate.string() : "";
}

}  // namespace factcheck
