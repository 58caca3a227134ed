// File: rules/ascii_words.h
//
// Which of a set of words occur in a text, ASCII letters matched in any case,
// found in one pass over the text (four parts of it side by side): an
// Aho-Corasick automaton, its transitions a table by byte. Where it answers
// (Answers), it answers what a case-insensitive RE2::Set of the quoted words
// would, at a fraction of the cost a call (no locks, no allocation but the
// answer), which matters as every sentence is asked.
//
//   AsciiWords words({"killed", "home to", "in"});
//   words.Find("Twelve were KILLED in Rafah")  // {0, 2}
//   words.Find("No one was hurt")              // {}
//   words.FindsAny("Home TO 12")               // true
//
// Words are bytes: one with a byte past ASCII is never found in ASCII text,
// and an empty word is found in every text.

#ifndef FACTCHECK_RULES_ASCII_WORDS_H_
#define FACTCHECK_RULES_ASCII_WORDS_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/corpus/utf8.h"

namespace factcheck {

class AsciiWords {
 public:
  // Word ids are their indexes in `words`.
  explicit AsciiWords(const std::vector<std::string>& words);

  // The ids, ascending, of the words that occur in `text`.
  std::vector<int> Find(absl::string_view text) const;

  // Whether any of the words occurs in `text`: the first found ends the pass.
  bool FindsAny(absl::string_view text) const;

  // Whether Find answers for the UTF-8 `text` as RE2 would. RE2 folds two
  // characters past ASCII to ASCII letters, the long s (U+017F) to "s" and
  // the Kelvin sign (U+212A) to "k", and letters past ASCII to their other
  // cases. When every word is ASCII, Find answers for any text without those
  // two; otherwise for ASCII text, unless a word holds one of them.
  bool Answers(const MeasuredText& text) const;

 private:
  // Calls `visit(begin, end)` with the ids of the words that end at each byte
  // of `text` that ends any, in no set order and some more than once, until
  // it returns false.
  template <typename VisitEnding>
  void Scan(absl::string_view text, VisitEnding visit) const;

  // Bytes that end no word's prefix share class 0; a letter and its capital
  // share one class.
  std::array<uint8_t, 256> class_of_{};
  int classes_ = 1;
  // The row of the state after a byte of class c in the state of row r is
  // table_[r + c], or ~table_[r + c] when that state ends words; the state
  // of row r is r >> row_shift_, and state 0 the start.
  std::vector<int32_t> table_;
  int row_shift_ = 0;
  // The length of the prefix of a word that state s stands for.
  std::vector<uint32_t> depth_;
  // The words that end at state s, its own and its suffixes':
  // words_ending_[ending_begin_[s] .. ending_begin_[s + 1]).
  std::vector<int32_t> ending_begin_;
  std::vector<int32_t> words_ending_;
  std::vector<int> found_everywhere_;   // the empty words
  bool all_ascii_ = true;               // every word
  bool folding_to_ascii_word_ = false;  // a word with the long s or the Kelvin sign
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_ASCII_WORDS_H_
