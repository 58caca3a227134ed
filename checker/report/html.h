// File: checker/report/html.h
//
// The report people read to decide what to fix: one self-contained HTML page
// (no network, no external scripts, fonts or images; it works from file://).
// A summary header, filters by kind, severity and free text, and a card per
// discrepancy with its variants side by side, each with the sentences it
// comes from and the claim highlighted. Every string from the corpus is
// escaped.
//
//   WriteFile(path, RenderHtml(report));

#ifndef FACTCHECK_CHECKER_REPORT_HTML_H_
#define FACTCHECK_CHECKER_REPORT_HTML_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

std::string RenderHtml(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_HTML_H_
