#include "checker/config/config.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
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

}  // namespace

absl::Status ReadTextProto(const std::string& path, google::protobuf::Message* message) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream text;
  text << file.rdbuf();
  FirstError errors;
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(text.str(), message)) {
    return absl::InvalidArgumentError(absl::StrCat(path, ":", errors.message()));
  }
  return absl::OkStatus();
}

absl::Status WriteTextProto(const google::protobuf::Message& message, const std::string& path) {
  std::string text;
  if (!google::protobuf::TextFormat::PrintToString(message, &text)) {
    return absl::InternalError(absl::StrCat("cannot print ", path));
  }
  const std::string temporary = absl::StrCat(path, ".tmp.", getpid());
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) return absl::PermissionDeniedError(absl::StrCat("cannot write ", temporary));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return absl::PermissionDeniedError(absl::StrCat("cannot write ", path));
  }
  return absl::OkStatus();
}

absl::StatusOr<Config> ReadConfig(const std::string& path) {
  Config config;
  if (absl::Status status = ReadTextProto(path, &config); !status.ok()) return status;
  return config;
}

std::string FindConfig(const std::string& corpus_root) {
  std::error_code error;
  const std::filesystem::path candidate = std::filesystem::path(corpus_root) / kConfigFileName;
  return std::filesystem::is_regular_file(candidate, error) ? candidate.string() : "";
}

}  // namespace factcheck
