// File: checker/text/sentences.h
//
// Splits a paragraph into sentences. A period ends a sentence only when
// whitespace and a capital, digit or opening quote follow, and not after an
// abbreviation ("Mr.", "Feb.") or a single letter ("U.S.", "John F. Kennedy").
// Closing quotes and brackets stay with the sentence they close, straight or
// curly. A run of text longer than kMaxBytes with no sentence end in it (a
// table or a list flattened into one line) is cut at spaces into sentences
// of at most kMaxBytes.
//
//   SentenceSplitter splitter({"Mr"});
//   splitter.Split("Mr. Blinken met him. “It is possible,” he said.")
//   // -> two spans: "Mr. Blinken met him." and "“It is possible,” he said."

#ifndef FACTCHECK_CHECKER_TEXT_SENTENCES_H_
#define FACTCHECK_CHECKER_TEXT_SENTENCES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace factcheck {

// A byte range [begin, end) of some text.
struct TextSpan {
  int begin = 0;
  int end = 0;
};

// [begin, end) of `text` without the whitespace around it (ASCII whitespace
// and no-break spaces).
TextSpan TrimSpan(absl::string_view text, TextSpan span);

// How many words `text` has: runs of characters between spaces and tabs. A
// heading, a dateline or a part of a breadcrumb is told by it.
int CountWords(absl::string_view text);

class SentenceSplitter {
 public:
  // The longest sentence, in bytes. Every claim quotes its sentence, and
  // the rule modules' work on a sentence grows faster than its length: so
  // bounded, both stay linear in the text. Prose does not come near it: the
  // longest sentence of the seed articles and the ECB+ clusters is 343 bytes.
  static constexpr int kMaxBytes = 2048;

  // `abbreviations`: words (without their period) after which a period does
  // not end a sentence.
  explicit SentenceSplitter(const std::vector<std::string>& abbreviations);

  // The sentences of `paragraph` as trimmed byte ranges, in order, none
  // longer than kMaxBytes.
  std::vector<TextSpan> Split(absl::string_view paragraph) const;

 private:
  bool EndsWithAbbreviation(absl::string_view text_before_period) const;

  absl::flat_hash_set<std::string> abbreviations_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_TEXT_SENTENCES_H_
