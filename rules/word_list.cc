#include "rules/word_list.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "checker/corpus/utf8.h"
#include "re2/re2.h"
#include "rules/regex.h"

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

std::string WordAlternation(std::vector<std::string> words) {
  // Descending order puts each word before its prefixes and beside the
  // words it shares a beginning with.
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    const std::string folded_a = absl::AsciiStrToLower(a);
    const std::string folded_b = absl::AsciiStrToLower(b);
    return folded_a != folded_b ? folded_a > folded_b : a > b;
  });
  for (std::string& word : words) word = RE2::QuoteMeta(word);
  return absl::StrCat("(?:", absl::StrJoin(words, "|"), ")");
}

absl::StatusOr<std::unique_ptr<RE2>> CompileMarkers(const std::vector<std::string>& phrases,
                                                    const std::vector<std::string>& patterns) {
  std::vector<std::string> alternatives;
  if (!phrases.empty()) {
    alternatives.push_back(absl::StrCat("\\b", WordAlternation(phrases), "\\b"));
  }
  alternatives.insert(alternatives.end(), patterns.begin(), patterns.end());
  if (alternatives.empty()) return nullptr;
  return CompilePattern(absl::StrCat("(?:", absl::StrJoin(alternatives, ")|(?:"), ")"),
                        /*case_sensitive=*/false);
}

std::string LowerAsLexiconWord(absl::string_view word) {
  std::string lower = absl::AsciiStrToLower(word);
  // Most words are ASCII, and are only lowered: every figure read asks.
  if (AsciiLength(lower) == lower.size()) return lower;
  return absl::StrReplaceAll(lower, {{"\xC5\xBF", "s"}, {"\xE2\x84\xAA", "k"}});
}

}  // namespace factcheck
