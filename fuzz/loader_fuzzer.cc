// The loader on any bytes, as a file and as a JSON Lines record: a document
// or a clear error, never a crash; a document's text is always valid UTF-8.
// A record the one-pass reader takes is read alike by protobuf's parser,
// which may only refuse what json_record.h says the one-pass reader takes
// on purpose: nesting past its depth limit, a number where a string is
// meant, a field with an empty name.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "checker/corpus/json_record.h"
#include "checker/corpus/loader.h"
#include "checker/corpus/utf8.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/message_differencer.h"

namespace {

void CheckOnePassReaderAgreesWithProtobuf(absl::string_view bytes) {
  int replaced = 0;
  const std::string json = factcheck::ReplaceInvalidUtf8(bytes, &replaced);
  factcheck::ArticleRecord flat;
  if (!factcheck::ReadFlatArticleRecord(json, &flat)) return;
  factcheck::ArticleRecord parsed;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  const auto status = google::protobuf::util::JsonStringToMessage(json, &parsed, options);
  if (status.ok()) {
    if (!google::protobuf::util::MessageDifferencer::Equals(flat, parsed)) std::abort();
    return;
  }
  const std::string error = status.ToString();
  if (!absl::StrContains(error, "too deep") && !absl::StrContains(error, "TYPE_STRING") &&
      !absl::StrContains(error, "must have a name")) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<factcheck::Document> file = factcheck::ParseDocument("fuzz.txt", bytes);
  if (file.ok() && factcheck::FindInvalidUtf8(file->text()) >= 0) std::abort();

  factcheck::CorpusInput record;
  record.id = "fuzz.jsonl:1";
  record.record = std::string(bytes);
  absl::StatusOr<factcheck::Document> parsed = factcheck::ReadInput(record);
  if (parsed.ok() && factcheck::FindInvalidUtf8(parsed->text()) >= 0) std::abort();

  CheckOnePassReaderAgreesWithProtobuf(bytes);
  return 0;
}
