// File: rules/word_list.h
//
// Word lists in lexicons are written several words per entry, separated by
// spaces, so a list of two hundred names stays readable:
//
//   not_a_name: "January February March"
//   absl::flat_hash_set<std::string> words = WordSet(lexicon.not_a_name());
//
// A list becomes part of a pattern as an alternation:
//
//   WordAlternation({"more", "more than", "over"})  // "(?:over|more\\ than|more)"

#ifndef FACTCHECK_RULES_WORD_LIST_H_
#define FACTCHECK_RULES_WORD_LIST_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "re2/re2.h"

namespace factcheck {

// Every word of every entry.
absl::flat_hash_set<std::string> WordSet(
    const google::protobuf::RepeatedPtrField<std::string>& entries);

// An RE2 group matching any of `words` as written, each tried before the
// words it extends, ASCII letters in any case ("more than" before "More"),
// so the longest matches. Words that share a beginning are side by side:
// RE2 compiles them as one path ("north-east|north"), a smaller program
// that matches a word's letters once rather than once for each word.
std::string WordAlternation(std::vector<std::string> words);

// One pattern that matches, in any case, any of `phrases` as whole words
// ("years ago", "called off") or any of `patterns` (RE2); null when both
// are empty, as for a lexicon that lists none: a sentence is then asked
// once, not once per phrase.
//   CompileMarkers({"years ago", "last year"}, {})
absl::StatusOr<std::unique_ptr<RE2>> CompileMarkers(const std::vector<std::string>& phrases,
                                                    const std::vector<std::string>& patterns);

// A word such a group matched in any case, as a lexicon keyed in lower case
// finds it: ASCII letters lowered, and the two characters past ASCII that
// RE2 matches to ASCII letters, the long s (U+017F) and the Kelvin sign
// (U+212A), read as the "s" and "k" they matched ("Thou\u017Fand" ->
// "thousand", "\u212Am" -> "km"). Other characters stay as they are.
std::string LowerAsLexiconWord(absl::string_view word);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_WORD_LIST_H_
