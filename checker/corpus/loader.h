// File: checker/corpus/loader.h
//
// Reads a corpus into Document records. A corpus is a directory, walked
// recursively in sorted order, or a single file; each .txt or .md file is one
// article, and its id is its path relative to the corpus root. A .jsonl file
// holds one article per line (ArticleRecord in proto/document.proto), and
// "-" reads such lines from standard input; a .json file holds one such
// record, as news-please writes them. Metadata lines at the top
// (`date 2024-03-21`, `outlet example.com`, `source_url ...`, or Markdown
// front matter between `---` lines) become Document fields, never article
// text.
//
// Inputs that cannot be checked are listed with the reason and never stop
// the run: unreadable, empty, binary, not .txt/.md/.json/.jsonl, larger than an
// article may be (kMaxArticleBytes), a JSON Lines record that is not an
// article, and documentation files with upper-case names (README.md,
// LICENSE, NOTES.txt). Bytes of invalid UTF-8 and NULs in
// text are replaced with U+FFFD and noted in Document.repair; in a file name,
// replaced in its id. A JSON Lines record whose date is not one is checked
// without it, and that too is noted. The checker's
// own .textproto files (configuration, baseline, lexicons) are left out
// without a mention.
//
// Large corpora are streamed: a CorpusStream lists the inputs and any number
// of threads take the next one and read it, so only the documents being
// worked on are in memory.
//
//   absl::StatusOr<std::unique_ptr<CorpusStream>> stream = CorpusStream::Open("news/");
//   CorpusInput input;
//   while ((*stream)->Next(&input)) {                 // from any thread
//     absl::StatusOr<Document> document = ReadInput(input);
//     if (!document.ok()) skipped.push_back(Skipped(input.id, document.status()));
//   }
//
//   absl::StatusOr<Corpus> corpus = LoadCorpus("testdata/corpus");  // all at once

#ifndef FACTCHECK_CHECKER_CORPUS_LOADER_H_
#define FACTCHECK_CHECKER_CORPUS_LOADER_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/status.h"
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

// The most bytes one article, a file or a JSON Lines record, may have. An
// article is held whole while it is checked, with its claims, in several
// times its size, and positions in it are 32-bit; larger inputs are skipped
// unread, with the reason, as a corpus in one file rather than an article.
inline constexpr int64_t kMaxArticleBytes = int64_t{256} << 20;

// The corpus root that means JSON Lines on standard input.
inline constexpr char kStandardInput[] = "-";

// One input of a corpus, listed but not yet read.
struct CorpusInput {
  std::string id;        // the document id it will have, or the path it is skipped as
  std::string path;      // the file to read; "" for a JSON Lines record
  std::string record;    // one JSON Lines record, already read
  std::string problem;   // why it cannot be checked, when listing found out
  int64_t sequence = 0;  // its place in the stream, which decides between equal ids
};

// The inputs of a corpus in order: files sorted by path, the records of a
// JSON Lines file in line order. Next() is safe to call from many threads.
class CorpusStream {
 public:
  // Lists the corpus at `root`. Fails only when `root` itself does not exist
  // or cannot be read.
  static absl::StatusOr<std::unique_ptr<CorpusStream>> Open(const std::string& root,
                                                            const LoadOptions& options = {});
  ~CorpusStream();

  // Sets `input` to the next input; false when there are no more.
  bool Next(CorpusInput* input);

  // How many inputs there are, for progress; 0 when JSON Lines are among
  // them, whose records are only counted as they are read.
  int known_inputs() const { return known_inputs_; }

 private:
  CorpusStream(std::string root, std::vector<CorpusInput> listed);

  const std::string root_;
  std::mutex mutex_;
  std::vector<CorpusInput> listed_;
  const int known_inputs_;
  size_t next_ = 0;
  int64_t sequence_ = 0;
  // The JSON Lines file being read, if any.
  std::unique_ptr<std::istream> owned_lines_;
  std::istream* lines_ = nullptr;
  std::string lines_id_;
  int line_number_ = 0;
};

// Reads one input into a Document, or says why it cannot be checked (the
// message is the reason a user reads: "empty file", "binary file, not text").
// `before_reading`, when given, is told the input's size (its record's, or
// its file's; 0 when the file cannot say) before its bytes are read, so
// that memory for it can be reserved (checker/util/memory_budget.h); it is
// not called for an input skipped unread.
absl::StatusOr<Document> ReadInput(const CorpusInput& input,
                                   const std::function<void(int64_t bytes)>& before_reading = {});

// The record of an input that was not checked, and why.
SkippedInput Skipped(absl::string_view id, const absl::Status& why);

// Loads every article under `root` at once. Fails only when `root` itself
// does not exist or cannot be read.
absl::StatusOr<Corpus> LoadCorpus(const std::string& root, const LoadOptions& options = {});

// Makes a Document of one input's bytes, or says why it cannot be checked.
absl::StatusOr<Document> ParseDocument(absl::string_view id, absl::string_view bytes);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CORPUS_LOADER_H_
