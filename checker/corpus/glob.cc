#include "checker/corpus/glob.h"

#include <string>

#include "absl/strings/match.h"
#include "re2/re2.h"

namespace factcheck {

bool GlobMatch(absl::string_view pattern, absl::string_view path) {
  std::string regex;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const absl::string_view rest = pattern.substr(i);
    if (absl::StartsWith(rest, "**/")) {
      regex += "(?:.*/)?";
      i += 2;
    } else if (absl::StartsWith(rest, "**")) {
      regex += ".*";
      i += 1;
    } else if (pattern[i] == '*') {
      regex += "[^/]*";
    } else if (pattern[i] == '?') {
      regex += "[^/]";
    } else {
      regex += RE2::QuoteMeta(std::string(1, pattern[i]));
    }
  }
  const RE2 re(regex);
  return re.ok() && RE2::FullMatch(re2::StringPiece(path.data(), path.size()), re);
}

}  // namespace factcheck
