#include "checker/resolve/similarity.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"

namespace factcheck {

int EditDistance(absl::string_view a, absl::string_view b) {
  const size_t rows = a.size() + 1, columns = b.size() + 1;
  std::vector<int> distance(rows * columns);
  auto at = [&](size_t i, size_t j) -> int& { return distance[i * columns + j]; };
  for (size_t i = 0; i < rows; ++i) at(i, 0) = static_cast<int>(i);
  for (size_t j = 0; j < columns; ++j) at(0, j) = static_cast<int>(j);
  for (size_t i = 1; i < rows; ++i) {
    for (size_t j = 1; j < columns; ++j) {
      const int substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(rows - 1, columns - 1);
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
