#include "checker/resolve/similarity.h"

#include <algorithm>
#include <utility>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"

namespace factcheck {

int EditDistance(absl::string_view a, absl::string_view b, int at_most) {
  // No distance exceeds the longer length, so a larger limit changes nothing.
  const int limit =
      static_cast<int>(std::min<size_t>(std::max(at_most, 0), std::max(a.size(), b.size())));
  // A cell off the diagonal by more than `limit` is more than `limit`; any
  // such value is read as `limit + 1`, which keeps every value up to `limit`
  // exact.
  const int beyond = limit + 1;
  // Every edit changes the length by one at most.
  if (std::max(a.size(), b.size()) - std::min(a.size(), b.size()) > static_cast<size_t>(limit)) {
    return beyond;
  }
  const int a_size = static_cast<int>(a.size()), columns = static_cast<int>(b.size()) + 1;
  // Three rows of the table, as a swap looks two rows back; names are short,
  // so they fit on the stack.
  absl::InlinedVector<int, 3 * 32> rows(3 * columns, beyond);
  int* before_previous = rows.data();
  int* previous = before_previous + columns;
  int* current = previous + columns;
  for (int j = 0; j < columns; ++j) previous[j] = std::min(j, beyond);
  for (int i = 1; i <= a_size; ++i) {
    std::fill(current, current + columns, beyond);
    current[0] = std::min(i, beyond);
    for (int j = std::max(1, i - limit); j < columns && j <= i + limit; ++j) {
      const int substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] =
          std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution, beyond});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before_previous[j - 2] + 1);
      }
    }
    std::swap(before_previous, previous);
    std::swap(previous, current);  // the row just made is now the previous one
  }
  return previous[columns - 1];
}

std::string ConsonantSkeleton(absl::string_view folded) {
  std::string skeleton;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (!absl::ascii_isalpha(c)) continue;
    if (c == 'p' && i + 1 < folded.size() && folded[i + 1] == 'h') {
      c = 'f';
      ++i;
    } else if (c == 'c' || c == 'q') {
      c = 'k';
    } else if (c == 'z') {
      c = 's';
    }
    const bool vowel_like = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
                            c == 'h' || c == 'w';
    if (skeleton.empty()) {
      skeleton.push_back(vowel_like ? 'a' : c);  // names starting with a vowel: Osama, Usama
      continue;
    }
    if (vowel_like || skeleton.back() == c) continue;
    skeleton.push_back(c);
  }
  return skeleton;
}

namespace {

// The base letters of U+00C0 + i, lower case; empty for the signs × and ÷.
constexpr absl::string_view kLatinBase[] = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // U+00C0
    "d", "n", "o",  "o",  "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
    "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // U+00E0
    "d", "n", "o",  "o",  "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",   // U+00F0
    "a", "a", "a",  "a",  "a", "a", "c",  "c", "c", "c", "c", "c", "c", "c", "d",  "d",   // U+0100
    "d", "d", "e",  "e",  "e", "e", "e",  "e", "e", "e", "e", "e", "g", "g", "g",  "g",   // U+0110
    "g", "g", "g",  "g",  "h", "h", "h",  "h", "i", "i", "i", "i", "i", "i", "i",  "i",   // U+0120
    "i", "i", "ij", "ij", "j", "j", "k",  "k", "k", "l", "l", "l", "l", "l", "l",  "l",   // U+0130
    "l", "l", "l",  "n",  "n", "n", "n",  "n", "n", "n", "n", "n", "o", "o", "o",  "o",   // U+0140
    "o", "o", "oe", "oe", "r", "r", "r",  "r", "r", "r", "s", "s", "s", "s", "s",  "s",   // U+0150
    "s", "s", "t",  "t",  "t", "t", "t",  "t", "u", "u", "u", "u", "u", "u", "u",  "u",   // U+0160
    "u", "u", "u",  "u",  "w", "w", "y",  "y", "y", "z", "z", "z", "z", "z", "z",  "s",   // U+0170
};

}  // namespace

std::string WithoutDiacritics(absl::string_view text) {
  std::string plain;
  plain.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char lead = text[i];
    // U+00C0 to U+017F are two bytes, C3 80 to C5 BF.
    if (lead >= 0xC3 && lead <= 0xC5 && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      const int code_point = ((lead & 0x1F) << 6) | (text[i + 1] & 0x3F);
      const absl::string_view base = kLatinBase[code_point - 0xC0];
      if (!base.empty()) {
        plain.append(base.data(), base.size());
        ++i;
        continue;
      }
    }
    plain.push_back(static_cast<char>(lead));
  }
  return plain;
}

}  // namespace factcheck
