// The loader on any bytes, as a file and as a JSON Lines record: a document
// or a clear error, never a crash; a document's text is always valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/corpus/loader.h"
#include "checker/corpus/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view bytes(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<factcheck::Document> file = factcheck::ParseDocument("fuzz.txt", bytes);
  if (file.ok() && factcheck::FindInvalidUtf8(file->text()) >= 0) std::abort();

  factcheck::CorpusInput record;
  record.id = "fuzz.jsonl:1";
  record.record = std::string(bytes);
  absl::StatusOr<factcheck::Document> parsed = factcheck::ReadInput(record);
  if (parsed.ok() && factcheck::FindInvalidUtf8(parsed->text()) >= 0) std::abort();
  return 0;
}
