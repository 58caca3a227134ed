// File: tests/report_outline.h
//
// A report reduced to what the expected files pin down: how many documents
// were read and skipped, and for each discrepancy its severity, kind,
// subject and attribute, and each variant's normalized value with the
// documents that state it. Wording of explanations and line numbers are
// left out, so the expected files state facts, not phrasing.
//
//   EXPECT_EQ(Outline(report), ReadExpected("testdata/corpus_expected.txt"));

#ifndef FACTCHECK_TESTS_REPORT_OUTLINE_H_
#define FACTCHECK_TESTS_REPORT_OUTLINE_H_

#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "proto/report.pb.h"

namespace factcheck {

inline std::string Outline(const Report& report) {
  std::string out = absl::StrCat("documents: ", report.documents_size(),
                                 "\nskipped: ", report.skipped_size(), "\n");
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    absl::StrAppend(&out, Severity_Name(discrepancy.severity()), " ",
                    DiscrepancyKind_Name(discrepancy.kind()), " ", discrepancy.subject(), " (",
                    discrepancy.attribute(), ")\n");
    for (const Variant& variant : discrepancy.variants()) {
      std::set<std::string> documents;
      for (const Evidence& evidence : variant.evidence()) documents.insert(evidence.document());
      absl::StrAppend(&out, "  ", variant.normalized(), ": ", absl::StrJoin(documents, ", "), "\n");
    }
  }
  return out;
}

}  // namespace factcheck

#endif  // FACTCHECK_TESTS_REPORT_OUTLINE_H_
