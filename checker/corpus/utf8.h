// File: checker/corpus/utf8.h
//
// UTF-8 validation for corpus input: a file that is not valid UTF-8 is
// reported with the offset of the first bad byte, so the user can find it.
// Also how much of a text is ASCII, which most text is, for the code paths
// that are faster on it.
//
//   FindInvalidUtf8("caf\xC3\xA9") == -1
//   FindInvalidUtf8("caf\xE9")     == 3

#ifndef FACTCHECK_CHECKER_CORPUS_UTF8_H_
#define FACTCHECK_CHECKER_CORPUS_UTF8_H_

#include <string>
#include <type_traits>
#include <utility>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace factcheck {

// The number of bytes before the first that is not ASCII: all of an ASCII
// text's.
//   AsciiLength("caf\xC3\xA9") == 3
size_t AsciiLength(absl::string_view text);

// A view of a text and whether it is all ASCII, which the rule modules'
// matchers ask before they choose how to scan it. A module measures each
// sentence once and hands the same MeasuredText to every call about it,
// rather than each call measuring it again; whatever converts to a
// string_view converts to a MeasuredText, measured then.
//   const MeasuredText sentence("Rafah, Gaza");  // sentence.ascii() == true
class MeasuredText {
 public:
  template <typename Text,
            typename = std::enable_if_t<std::is_convertible<const Text&, absl::string_view>::value>>
  MeasuredText(const Text& text)  // NOLINT(runtime/explicit): measures
      : text_(text), ascii_(AsciiLength(text_) == text_.size()) {}

  absl::string_view text() const { return text_; }
  bool ascii() const { return ascii_; }

 private:
  absl::string_view text_;
  bool ascii_;
};

// The byte offset of the first byte that does not start or continue a valid
// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF are
// invalid), or -1 when `text` is valid.
int FindInvalidUtf8(absl::string_view text);

// Byte `at` of `text` moved back to the start of the UTF-8 character it
// falls in; `at` itself when it is text.size() or past it.
//   CharacterStart("caf\xC3\xA9", 4) == 3
size_t CharacterStart(absl::string_view text, size_t at);

// `text` when it has at most `max_bytes` bytes; else as many of its whole
// characters as fit in `max_bytes` - 1 bytes, then "…": a label or a quoted
// field that must stay short.
//   Shortened("Dhaka Tribune", 6) == "Dhaka…"
std::string Shortened(absl::string_view text, size_t max_bytes);

// The code point the UTF-8 sequence at the start of `text` encodes, and
// the sequence's length in bytes: what escaping reads a character at a
// time. REQUIRES: `text` is not empty and starts with a valid sequence (a
// truncated one is read as far as it goes).
//   DecodeUtf8("\xC3\xA9!") == {U+00E9, 2}
std::pair<char32_t, size_t> DecodeUtf8(absl::string_view text);

// Appends `code_point`, a Unicode scalar value, to `out` in UTF-8.
//   AppendUtf8(0x2019, &out)  // appends "\xE2\x80\x99"
void AppendUtf8(char32_t code_point, std::string* out);

// Code points `first` to `last`, both included: what an escaper shows as an
// escape rather than as itself.
struct CodePointRange {
  char32_t first;
  char32_t last;
};

// Whether `code_point` lies in one of `ranges`.
//   InCodePointRanges(0x202E, {{0x80, 0x9F}, {0x202A, 0x202E}}) == true
bool InCodePointRanges(char32_t code_point, absl::Span<const CodePointRange> ranges);

// `text` with each byte that FindInvalidUtf8 would reject, and each NUL,
// replaced by U+FFFD; `replaced` counts them.
//   ReplaceInvalidUtf8("caf\xE9!", &n) == "caf\uFFFD!", n == 1
std::string ReplaceInvalidUtf8(absl::string_view text, int* replaced);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CORPUS_UTF8_H_
