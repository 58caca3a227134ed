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
// The same corpus gives the same Report, byte for byte: documents are read in
// sorted order and every later stage is order-independent.

#ifndef FACTCHECK_CHECKER_CHECK_H_
#define FACTCHECK_CHECKER_CHECK_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/config/config.h"
#include "checker/corpus/loader.h"
#include "checker/text/layout.h"
#include "proto/claim.pb.h"
#include "proto/discrepancy.pb.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"
#include "rules/mentions/mentions.h"
#include "rules/rule_module.h"

namespace factcheck {

// How far a run has got: reported after each document, when comparison
// starts, and once at the end.
struct Progress {
  enum class Stage { kReading, kComparing, kFinished };
  Stage stage = Stage::kReading;
  int documents_done = 0;
  int documents_total = 0;
  int claims = 0;
  int findings = 0;  // known when finished
};
using ProgressCallback = std::function<void(const Progress&)>;

class Checker {
 public:
  // A checker set up by a configuration: which files, which rule modules,
  // which lexicons (the compiled-in ones unless the configuration names
  // files), the severity of each kind and the accepted spellings. The
  // default configuration runs everything with the built-in lexicons. A
  // setting that cannot be used is an error naming its file and line.
  static absl::StatusOr<Checker> Create(const ConfigFile& config = ConfigFile());

  // Checks every article under `root` (a directory or a file). Fails only
  // when `root` itself cannot be read; unusable files are listed in
  // Report.skipped.
  absl::StatusOr<Report> CheckCorpus(const std::string& root,
                                     const ProgressCallback& progress = nullptr) const;

  // Checks documents already loaded (ids must be unique); `skipped` is
  // carried into the report. `corpus` names the corpus in the report.
  Report CheckDocuments(const std::string& corpus, std::vector<Document> documents,
                        std::vector<SkippedInput> skipped,
                        const ProgressCallback& progress = nullptr) const;

 private:
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
