// File: checker/report/html.h
//
// The report people read to decide what to fix: one self-contained HTML page
// (no network, no external scripts, fonts or images; it works from file://).
//
//   - A summary header: the corpus, the gate's verdict, documents read and
//     skipped (with the reasons), findings per kind and severity, and a
//     picture in inline SVG: each document a node, each finding edges
//     between the documents that disagree, so the sources that diverge
//     from the rest stand out.
//   - A card per finding: what is disputed (subject and attribute), its
//     severity and whether it is baselined, the explanation, and the
//     variants side by side, each with its sources and evidence sentences,
//     the claim highlighted; accepted spellings marked.
//   - Filters by kind, severity, baseline state, document and free text;
//     sorting; j/k to move between findings; deep links (#finding-ID); a
//     print style.
//
// Every string from the corpus is escaped (checker/report/markup.h), and a
// Content-Security-Policy forbids loading anything.
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
