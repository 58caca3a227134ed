// File: checker/corpus/glob.h
//
// Shell-style patterns for choosing corpus files by their path relative to
// the corpus root: "*" matches within one folder, "**" across folders, "?"
// one character. Compiled once, they are asked of every file in the corpus.
//
//   const GlobSet drafts({"drafts/**", "**/*.md"});
//   drafts.MatchesAny("drafts/2024/a.txt")   == true
//   drafts.MatchesAny("notes/a.md")          == true
//   drafts.MatchesAny("notes/a.txt")         == false
//   GlobSet({"*.md"}).MatchesAny("notes/a.md") == false  // "*" stays in its folder

#ifndef FACTCHECK_CHECKER_CORPUS_GLOB_H_
#define FACTCHECK_CHECKER_CORPUS_GLOB_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace factcheck {

// Any of several globs, each compiled once.
class GlobSet {
 public:
  explicit GlobSet(const std::vector<std::string>& patterns);
  ~GlobSet();

  bool empty() const { return patterns_.empty(); }

  // Whether `path` ('/'-separated) matches any of the patterns as a whole.
  bool MatchesAny(absl::string_view path) const;

 private:
  std::vector<std::unique_ptr<const re2::RE2>> patterns_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CORPUS_GLOB_H_
