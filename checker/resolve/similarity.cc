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

}  // namespace factcheck
