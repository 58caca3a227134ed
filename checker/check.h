// File: checker/check.h
//
// The checker's public API: read a corpus, extract what each article claims,
// resolve who is who, and report where sources disagree, with evidence.
//
//   absl::StatusOr<Checker> checker = Checker::Create();  // or Create(*ReadConfig(path))
//   absl::StatusOr<Report> report = checker->CheckCorpus("testdata/corpus");
//   if (!report.ok()) return report.status();  // the corpus root is unusable
//   for (const Discrepancy& found : report->discrepancies()) { ... }
//   for (const SkippedInput& skipped : report->skipped()) { ... }  // never fatal
//
// A run has two stages, which may also run apart (map and reduce):
// extraction reads documents, on many threads, and hands over their claims
// one document at a time, in input order; comparison joins the claims of the
// whole corpus.
//
//   RecordWriter records(&std::cout);  // checker/stages.h: a mapper
//   absl::Status read = checker->ExtractCorpus("shard.jsonl", {.jobs = 8}, &records);
//   ...
//   Report report = checker->Compare("news.jsonl", *ReadExtraction(std::cin));  // the reducer
//
// The same corpus gives the same Report, byte for byte, whatever the number
// of threads or the order of the files: documents are ordered by id and
// every later stage is order-independent.

#ifndef FACTCHECK_CHECKER_CHECK_H_
#define FACTCHECK_CHECKER_CHECK_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "checker/config/config.h"
#include "checker/corpus/loader.h"
#include "checker/text/layout.h"
#include "checker/util/kept_claims.h"
#include "proto/claim.pb.h"
#include "proto/discrepancy.pb.h"
#include "proto/document.pb.h"
#include "proto/extraction.pb.h"
#include "proto/report.pb.h"
#include "rules/mentions/mentions.h"
#include "rules/rule_module.h"

namespace factcheck {

class MemoryBudget;  // checker/util/memory_budget.h

// How far a run has got: reported after each document (or, reading the
// records of --stage=extract, every few thousand records), when comparison
// starts, and once at the end.
struct Progress {
  enum class Stage { kReading, kReadingRecords, kComparing, kFinished };
  Stage stage = Stage::kReading;
  int documents_done = 0;
  int documents_total = 0;
  int claims = 0;
  int findings = 0;  // known when finished
};
using ProgressCallback = std::function<void(const Progress&)>;

// The most bytes of article text extracted at once, on all threads, unless
// CheckOptions say otherwise. An article takes about six times its size
// while it is extracted, so two near kMaxArticleBytes at once would pass
// 2 GB: the second waits for the first (checker/util/memory_budget.h).
// Articles of kilobytes never wait.
inline constexpr int64_t kExtractionBudgetBytes = int64_t{128} << 20;

struct CheckOptions {
  int jobs = 0;  // threads that read and extract; 0 means one per core
  // Called from one thread at a time, never concurrently.
  ProgressCallback progress;
  // The most bytes of article text extracted at once: an article larger
  // waits until it can be extracted alone.
  int64_t extraction_budget_bytes = kExtractionBudgetBytes;
};

// What extraction keeps of a corpus: no text, only what comparison needs.
struct Extraction {
  std::vector<ExtractedDocument> documents;
  KeptClaims claims;  // by the million: compact (checker/util/kept_claims.h)
  std::vector<SkippedInput> skipped;
};

// Inputs extracted may wait, finished, for a slower one before them to be
// handed over first. While this many wait, no thread takes a new input.
inline constexpr size_t kMaxWaitingInputs = 256;

// Receives what extraction yields, one input at a time, in input order (files
// sorted by path, JSON Lines records in line order), from one thread at a
// time. Nothing is kept unless the sink keeps it.
class ExtractionSink {
 public:
  virtual ~ExtractionSink() = default;
  // A document read, and the claims its articles make: the sink's to read or
  // move from. What is left of them is freed after the call, on the thread
  // that extracted them while it still runs.
  virtual void Extracted(ExtractedDocument document, std::vector<Claim>* claims) = 0;
  // An input that could not be checked, and why.
  virtual void Skipped(SkippedInput input) = 0;
};

class Checker {
 public:
  // A checker set up by a configuration: which files, which rule modules,
  // which lexicons (the compiled-in ones unless the configuration names
  // files), the severity of each kind and the accepted spellings. The
  // default configuration runs everything with the built-in lexicons. A
  // setting that cannot be used is an error naming its file and line. The
  // modules' patterns, most of a small run's time, compile on up to
  // `threads` threads.
  static absl::StatusOr<Checker> Create(const ConfigFile& config = ConfigFile(), int threads = 1);

  // Checks every article under `root` (checker/corpus/loader.h: a directory,
  // a file, a JSON Lines file or "-"). Fails only when `root` itself cannot
  // be read; unusable inputs are listed in Report.skipped.
  absl::StatusOr<Report> CheckCorpus(const std::string& root,
                                     const CheckOptions& options = {}) const;

  // Checks documents already loaded; `skipped` is carried into the report.
  // `corpus` names the corpus in the report.
  Report CheckDocuments(const std::string& corpus, std::vector<Document> documents,
                        std::vector<SkippedInput> skipped, const CheckOptions& options = {}) const;

  // The first stage: hands `sink` the claims of every article under `root`,
  // read as CheckCorpus reads them, as soon as the article and every input
  // before it are done; memory holds only the documents in flight (one per
  // thread, and about kMaxWaitingInputs finished behind a slow one), and
  // the articles extracted at once hold at most
  // `options.extraction_budget_bytes` of text between them (a larger one
  // alone), each read only when it fits. Of two documents with one id (JSON
  // Lines records may name any), the first is kept and the second skipped.
  // Fails only when `root` cannot be read.
  absl::Status ExtractCorpus(const std::string& root, const CheckOptions& options,
                             ExtractionSink* sink) const;

  // The second stage: the report on an extraction's claims. The kinds of
  // discrepancy are found on up to `options.jobs` threads.
  Report Compare(const std::string& corpus, Extraction extraction,
                 const CheckOptions& options = {}) const;

 private:
  struct TakenInput;      // an input a thread has taken: a document, or why not
  struct DocumentClaims;  // what one document yields

  // Analyses `document` and runs every module over it.
  DocumentClaims ExtractDocument(Document document) const;

  // Runs threads that each call `take` for the next input until it returns
  // false and extract its claims, and hands the results to `sink` in the
  // order of their sequence numbers (0, 1, 2, ...). `take` takes a share of
  // `budget` for the input's bytes before it reads the input
  // (TakenInput::share), held until the input's claims are freed.
  // `documents_total` is for progress, 0 when not known.
  void ExtractAll(const std::function<bool(MemoryBudget*, TakenInput*)>& take, int documents_total,
                  const CheckOptions& options, ExtractionSink* sink) const;

  Checker(LayoutAnalyzer layout, MentionFinder mentions,
          std::vector<std::shared_ptr<const RuleModule>> modules);

  LayoutAnalyzer layout_;
  MentionFinder mentions_;  // found once per document, for every module
  std::vector<std::shared_ptr<const RuleModule>> modules_;
  LoadOptions load_options_;
  std::vector<PersonName> accepted_spellings_;
  std::map<DiscrepancyKind, Severity> severity_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CHECK_H_
