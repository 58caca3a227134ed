// File: tests/evaluation/grading.h
//
// Grades a Report against a LabeledCorpus the way ../shared/tools/
// check_expected.py does, and counts, per discrepancy kind, what was found
// that the labels expect (true positives), what was found that they do not
// (false positives: every reported discrepancy at WARNING or above that
// matches no expected one), and what was expected but not found.
//
//   Grade grade = GradeReport(labels, report);
//   grade.by_kind["QUANTITY"].true_positives ...
//   for (const std::string& line : grade.lines) std::cout << line << "\n";

#ifndef FACTCHECK_TESTS_EVALUATION_GRADING_H_
#define FACTCHECK_TESTS_EVALUATION_GRADING_H_

#include <map>
#include <string>
#include <vector>

#include "proto/report.pb.h"
#include "tests/evaluation/labels.pb.h"

namespace factcheck {

struct KindCounts {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;

  KindCounts& operator+=(const KindCounts& other);
  double Precision() const;  // 1 when nothing was reported
  double Recall() const;     // 1 when nothing was expected
};

struct Grade {
  std::map<std::string, KindCounts> by_kind;  // by DiscrepancyKind name
  int cases_passed = 0;                       // check_expected.py's cases
  int cases_failed = 0;
  std::vector<std::string> lines;  // "PASS reports ...", "FALSE ALARM ...": one per verdict
};

Grade GradeReport(const LabeledCorpus& labels, const Report& report);

}  // namespace factcheck

#endif  // FACTCHECK_TESTS_EVALUATION_GRADING_H_
