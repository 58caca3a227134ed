// File: checker/report/github.h
//
// The report as GitHub Actions workflow commands, so that a CI run shows
// each finding as an annotation on the article it is about:
//
//   ::warning file=articles/b.txt,line=4,title=Name spelling%3A Blinken::The same person …
//
// One annotation per finding not in the baseline, at the first sentence of
// the variant with the fewest sources that is not an accepted spelling (the
// likeliest to be new); the message lists every variant with its sources. Values are escaped as the
// runner expects
// (%, CR and LF everywhere; also ':' and ',' in properties), so corpus text
// can never end a command early or start another.
//
//   std::cout << RenderGithubAnnotations(report);

#ifndef FACTCHECK_CHECKER_REPORT_GITHUB_H_
#define FACTCHECK_CHECKER_REPORT_GITHUB_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

std::string RenderGithubAnnotations(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_GITHUB_H_
