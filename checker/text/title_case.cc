#include "checker/text/title_case.h"

#include "absl/strings/ascii.h"

namespace factcheck {

bool IsTitleCase(absl::string_view text) {
  int capitalised = 0;
  for (size_t at = 0; at < text.size();) {
    if (!absl::ascii_isalpha(text[at])) {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < text.size() && absl::ascii_isalpha(text[end])) ++end;
    if (end - at >= 4) {
      if (!absl::ascii_isupper(text[at])) return false;
      ++capitalised;
    }
    at = end;
  }
  return capitalised >= 2;
}

}  // namespace factcheck
