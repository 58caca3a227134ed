// File: checker/corpus/glob.h
//
// Shell-style patterns for choosing corpus files by their path relative to
// the corpus root: "*" matches within one folder, "**" across folders, "?"
// one character.
//
//   GlobMatch("articles/**", "articles/2024/a.txt")   == true
//   GlobMatch("*.md", "notes/a.md")                   == false
//   GlobMatch("**/*.md", "notes/a.md")                == true

#ifndef FACTCHECK_CHECKER_CORPUS_GLOB_H_
#define FACTCHECK_CHECKER_CORPUS_GLOB_H_

#include "absl/strings/string_view.h"

namespace factcheck {

// Whether `path` ('/'-separated) matches `pattern` as a whole.
bool GlobMatch(absl::string_view pattern, absl::string_view path);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CORPUS_GLOB_H_
