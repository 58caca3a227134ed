// File: checker/corpus/loader.h
//
// Reads a corpus into Document records. A corpus is a directory, walked
// recursively in sorted order, or a single file; each .txt or .md file is one
// article, and its id is its path relative to the corpus root. Metadata lines
// at the top (`date 2024-03-21`, `outlet example.com`, `source_url ...`, or
// Markdown front matter between `---` lines) become Document fields, never
// article text.
//
// Inputs that cannot be checked are listed with the reason and never stop
// the run: unreadable, empty, binary, invalid UTF-8, not .txt/.md, and
// documentation files with upper-case names (README.md, LICENSE, NOTES.txt).
// The checker's own .textproto files (configuration, baseline, lexicons) are
// left out without a mention.
//
//   absl::StatusOr<Corpus> corpus = LoadCorpus("testdata/corpus");
//   if (!corpus.ok()) return corpus.status();  // the root itself is unusable
//   for (const Document& document : corpus->documents) { ... }
//   for (const SkippedInput& skipped : corpus->skipped) { ... }

#ifndef FACTCHECK_CHECKER_CORPUS_LOADER_H_
#define FACTCHECK_CHECKER_CORPUS_LOADER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/document.pb.h"

namespace factcheck {

struct Corpus {
  std::vector<Document> documents;  // sorted by id
  std::vector<SkippedInput> skipped;
};

// Which files under the root are the corpus.
struct LoadOptions {
  // Globs of paths relative to the root (checker/corpus/glob.h): when any
  // is given, only matching files are read; files matching `exclude` never
  // are. Files left out this way are not listed as skipped.
  std::vector<std::string> include;
  std::vector<std::string> exclude;
};

// Loads every article under `root` (a directory or one file). Fails only when
// `root` itself does not exist or cannot be read.
absl::StatusOr<Corpus> LoadCorpus(const std::string& root, const LoadOptions& options = {});

// Makes a Document of one input's bytes, or says why it cannot be checked
// (the message is the reason a user reads: "empty file", "invalid UTF-8 at
// byte 17", ...).
absl::StatusOr<Document> ParseDocument(absl::string_view id, absl::string_view bytes);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CORPUS_LOADER_H_
