// File: checker/report/report_for_tests.h
//
// A small Report for the writers' tests, with a corpus string that tries to
// become markup.

#ifndef FACTCHECK_CHECKER_REPORT_REPORT_FOR_TESTS_H_
#define FACTCHECK_CHECKER_REPORT_REPORT_FOR_TESTS_H_

#include "proto/report.pb.h"

namespace factcheck {

inline Report ReportForTests() {
  Report report;
  report.set_corpus("corpus<1>");
  report.add_documents()->set_id("a.txt");
  report.add_documents()->set_id("b.txt");
  SkippedInput* skipped = report.add_skipped();
  skipped->set_path("bad.txt");
  skipped->set_reason("invalid UTF-8 at byte 3");
  report.set_claims(4);
  Discrepancy* discrepancy = report.add_discrepancies();
  discrepancy->set_id("0123456789abcdef");
  discrepancy->set_kind(QUANTITY);
  discrepancy->set_severity(WARNING);
  discrepancy->set_subject("Rafah <script>alert(1)</script>");
  discrepancy->set_attribute("population");
  discrepancy->set_explanation("Figures differ: \"1.5 million\" & 'about 1.4 million'.");
  const char* values[] = {"1.5 million", "about 1.4 million"};
  const char* documents[] = {"a.txt", "b.txt"};
  for (int i = 0; i < 2; ++i) {
    Variant* variant = discrepancy->add_variants();
    variant->set_value(values[i]);
    variant->set_normalized(i == 0 ? "[1,450,000, 1,550,000)" : "[1,350,000, 1,450,000)");
    Evidence* evidence = variant->add_evidence();
    evidence->set_document(documents[i]);
    evidence->set_line(3 + i);
    evidence->set_excerpt(std::string("\"><img src=x onerror=alert(1)> home to ") + values[i] +
                          " people.");
    evidence->set_highlight_begin(static_cast<int>(evidence->excerpt().find(values[i])));
    evidence->set_highlight_end(evidence->highlight_begin() +
                                static_cast<int>(std::string(values[i]).size()));
  }
  return report;
}

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_REPORT_FOR_TESTS_H_
