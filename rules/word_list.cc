#include "rules/word_list.h"

#include "absl/strings/str_split.h"

namespace factcheck {

absl::flat_hash_set<std::string> WordSet(
    const google::protobuf::RepeatedPtrField<std::string>& entries) {
  absl::flat_hash_set<std::string> words;
  for (const std::string& entry : entries) {
    for (absl::string_view word : absl::StrSplit(entry, ' ', absl::SkipEmpty())) {
      words.insert(std::string(word));
    }
  }
  return words;
}

}  // namespace factcheck
