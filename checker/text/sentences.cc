#include "checker/text/sentences.h"

#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "checker/util/byte_words.h"

namespace factcheck {
namespace {

constexpr absl::string_view kNoBreakSpace = "\xC2\xA0";
constexpr absl::string_view kClosers[] = {"\"",          "'", ")", "]", "\xE2\x80\x9D" /* ” */,
                                          "\xE2\x80\x99" /* ’ */};
constexpr absl::string_view kOpeners[] = {
    "\"", "'", "(", "[", "\xE2\x80\x9C" /* “ */, "\xE2\x80\x98" /* ‘ */,
    "`" /* ``, as in ``quoted'' */};
constexpr absl::string_view kEllipsis = "\xE2\x80\xA6";

// Whether a sentence may end at byte `c`: its marks, and the first byte of
// an ellipsis.
inline bool MayEndSentence(unsigned char c) {
  return c == '.' || c == '!' || c == '?' || c == 0xE2;
}

// The first byte of `text` at or after `from` that a sentence may end at, or
// the size of `text`. Split asks of every byte, and most are none: eight at
// a time are passed over while none is.
size_t NextMayEndSentence(absl::string_view text, size_t from) {
  size_t at = from;
  for (; at + 8 <= text.size(); at += 8) {
    const uint64_t word = LoadWord(text.data() + at);
    if ((HasByte(word, '.') | HasByte(word, '!') | HasByte(word, '?') | HasByte(word, 0xE2)) != 0) {
      break;
    }
  }
  while (at < text.size() && !MayEndSentence(text[at])) ++at;
  return at;
}

// Length of the whitespace (ASCII or no-break space) at `text[at]`, or 0.
int SpaceLength(absl::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  if (absl::ascii_isspace(text[at])) return 1;
  return absl::StartsWith(text.substr(at), kNoBreakSpace) ? 2 : 0;
}

// Length of the token from `list` at `text[at]`, or 0.
template <size_t N>
int TokenLength(absl::string_view text, size_t at, const absl::string_view (&list)[N]) {
  for (absl::string_view token : list) {
    if (absl::StartsWith(text.substr(at), token)) return static_cast<int>(token.size());
  }
  return 0;
}

// Whether a sentence may start at `text[at]`: a capital, digit, opening quote
// or bracket, or a non-ASCII letter (we cannot tell its case cheaply and
// erring toward a split keeps sentences short rather than wrong).
bool CanStartSentence(absl::string_view text, size_t at) {
  if (at >= text.size()) return false;
  const unsigned char c = text[at];
  if (absl::ascii_isupper(c) || absl::ascii_isdigit(c)) return true;
  if (TokenLength(text, at, kOpeners) > 0) return true;
  return c >= 0x80 && !absl::StartsWith(text.substr(at), kNoBreakSpace);
}

// Appends `span` of `text`, trimmed, to `sentences`, cut into pieces of at
// most SentenceSplitter::kMaxBytes: at the last space that allows, or, in a
// run without one, before the character the limit falls in.
void AppendSentence(absl::string_view text, TextSpan span, std::vector<TextSpan>* sentences) {
  constexpr int kMaxBytes = SentenceSplitter::kMaxBytes;
  span = TrimSpan(text, span);
  while (span.end - span.begin > kMaxBytes) {
    const size_t space = text.substr(span.begin, kMaxBytes + 1).find_last_of(" \t");
    int cut = span.begin + kMaxBytes;
    if (space != absl::string_view::npos && space > 0) {
      cut = span.begin + static_cast<int>(space);
    } else {
      // Back to the start of the character (UTF-8: at most three bytes
      // continue one), however invalid the text.
      for (int back = 0; back < 3 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80;
           ++back) {
        --cut;
      }
    }
    sentences->push_back(TrimSpan(text, {span.begin, cut}));
    span = TrimSpan(text, {cut, span.end});
  }
  if (span.end > span.begin) sentences->push_back(span);
}

}  // namespace

int CountWords(absl::string_view text) {
  int words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

TextSpan TrimSpan(absl::string_view text, TextSpan span) {
  while (span.begin < span.end) {
    const int length = SpaceLength(text, span.begin);
    if (length == 0) break;
    span.begin += length;
  }
  while (span.end > span.begin) {
    if (absl::ascii_isspace(text[span.end - 1])) {
      --span.end;
    } else if (span.end - span.begin >= 2 && text.substr(span.end - 2, 2) == kNoBreakSpace) {
      span.end -= 2;
    } else {
      break;
    }
  }
  return span;
}

SentenceSplitter::SentenceSplitter(const std::vector<std::string>& abbreviations)
    : abbreviations_(abbreviations.begin(), abbreviations.end()) {}

bool SentenceSplitter::EndsWithAbbreviation(absl::string_view before) const {
  size_t start = before.size();
  while (start > 0 && (absl::ascii_isalpha(before[start - 1]) || before[start - 1] == '.')) {
    --start;
  }
  const absl::string_view word = before.substr(start);
  if (word.empty()) return false;
  // "U.S", "e.g": letters with periods inside are abbreviations.
  if (absl::StrContains(word, '.')) return true;
  // A single capital: an initial.
  if (word.size() == 1 && absl::ascii_isupper(word[0])) return true;
  return abbreviations_.contains(word);
}

std::vector<TextSpan> SentenceSplitter::Split(absl::string_view paragraph) const {
  std::vector<TextSpan> sentences;
  int sentence_begin = 0;
  size_t i = 0;
  while ((i = NextMayEndSentence(paragraph, i)) < paragraph.size()) {
    const char c = paragraph[i];
    const bool ellipsis = absl::StartsWith(paragraph.substr(i), kEllipsis);
    if (!ellipsis && c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    const bool period = c == '.' && !ellipsis;
    const size_t mark = i;
    i += ellipsis ? kEllipsis.size() : 1;
    // Further marks and closing quotes or brackets belong to this sentence.
    for (;;) {
      if (i < paragraph.size() &&
          (paragraph[i] == '.' || paragraph[i] == '!' || paragraph[i] == '?')) {
        ++i;
      } else if (const int closer = TokenLength(paragraph, i, kClosers)) {
        i += closer;
      } else {
        break;
      }
    }
    const int space = SpaceLength(paragraph, i);
    if (space == 0) continue;
    size_t next = i;
    while (const int length = SpaceLength(paragraph, next)) next += length;
    if (!CanStartSentence(paragraph, next)) continue;
    if (period && EndsWithAbbreviation(paragraph.substr(sentence_begin, mark - sentence_begin))) {
      continue;
    }
    AppendSentence(paragraph, {sentence_begin, static_cast<int>(i)}, &sentences);
    sentence_begin = static_cast<int>(next);
    i = next;
  }
  AppendSentence(paragraph, {sentence_begin, static_cast<int>(paragraph.size())}, &sentences);
  return sentences;
}

}  // namespace factcheck
