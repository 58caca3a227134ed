// File: checker/check.h
//
// The checker's public API: read a corpus, extract what each article claims,
// resolve who is who, and report where sources disagree, with evidence.
//
//   absl::StatusOr<Checker> checker = Checker::Create();
//   absl::StatusOr<Report> report = checker->CheckCorpus("testdata/corpus");
//   if (!report.ok()) return report.status();  // the corpus root is unusable
//   for (const Discrepancy& found : report->discrepancies()) { ... }
//   for (const SkippedInput& skipped : report->skipped()) { ... }  // never fatal
//
// The same corpus gives the same Report, byte for byte: documents are read in
// sorted order and every later stage is order-independent.

#ifndef FACTCHECK_CHECKER_CHECK_H_
#define FACTCHECK_CHECKER_CHECK_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/text/layout.h"
#include "proto/document.pb.h"
#include "proto/report.pb.h"
#include "rules/rule_module.h"

namespace factcheck {

class Checker {
 public:
  // A checker with the rules and word lists compiled into the binary.
  static absl::StatusOr<Checker> Create();

  // Checks every article under `root` (a directory or a file). Fails only
  // when `root` itself cannot be read; unusable files are listed in
  // Report.skipped.
  absl::StatusOr<Report> CheckCorpus(const std::string& root) const;

  // Checks documents already loaded (ids must be unique); `skipped` is
  // carried into the report. `corpus` names the corpus in the report.
  Report CheckDocuments(const std::string& corpus, std::vector<Document> documents,
                        std::vector<SkippedInput> skipped) const;

 private:
  Checker(LayoutAnalyzer layout, std::vector<std::shared_ptr<const RuleModule>> modules);

  LayoutAnalyzer layout_;
  std::vector<std::shared_ptr<const RuleModule>> modules_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_CHECK_H_
