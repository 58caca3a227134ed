#include "checker/corpus/glob.h"

#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "re2/re2.h"

namespace factcheck {
namespace {

// The regular expression a glob means: every character but "*" and "?"
// stands for itself, so any glob makes a valid one.
std::string GlobToRegex(absl::string_view pattern) {
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
  return regex;
}

}  // namespace

GlobSet::GlobSet(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    patterns_.push_back(std::make_unique<const RE2>(GlobToRegex(pattern)));
  }
}

GlobSet::~GlobSet() = default;

bool GlobSet::MatchesAny(absl::string_view path) const {
  const re2::StringPiece text(path.data(), path.size());
  return std::any_of(patterns_.begin(), patterns_.end(), [&text](const auto& pattern) {
    return pattern->ok() && RE2::FullMatch(text, *pattern);
  });
}

}  // namespace factcheck
