// File: checker/report/junit.h
//
// The report as JUnit XML, the format CI systems (Jenkins, GitLab, Azure
// Pipelines, Buildkite) show as test results: one test case per finding,
// failed when it fails the gate, skipped when it is baselined, passed when
// it is below the gate's threshold; and one skipped case per input that
// could not be read, with the reason.
//
//   <testsuites name="factcheck" tests="3" failures="1" skipped="1">
//     <testsuite name="testdata/corpus" ...>
//       <testcase classname="factcheck.NAME_SPELLING" name="Blinken (name) [3f2a…]">
//         <failure type="NAME_SPELLING" message="The same person …">…</failure>
//
//   std::string xml = RenderJunit(report);

#ifndef FACTCHECK_CHECKER_REPORT_JUNIT_H_
#define FACTCHECK_CHECKER_REPORT_JUNIT_H_

#include <string>

#include "proto/report.pb.h"

namespace factcheck {

std::string RenderJunit(const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_JUNIT_H_
