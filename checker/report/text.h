// File: checker/report/text.h
//
// The report for a terminal: a summary line, then each discrepancy with its
// explanation and, for every variant, the sources and sentences it comes
// from, the claim marked »like this«. Findings in the baseline are listed
// by name at the end, after the ones that need attention.
//
//   std::cout << RenderText(report);

#ifndef FACTCHECK_CHECKER_REPORT_TEXT_H_
#define FACTCHECK_CHECKER_REPORT_TEXT_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

std::string RenderText(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_TEXT_H_
