// File: checker/progress_line.h
//
// A progress line for long runs on a terminal: redrawn in place on stderr,
// at most ten times a second, once the run has taken longer than a second,
// and wiped when the run ends. When stderr is not a terminal (CI logs,
// pipes) it draws nothing.
//
//   ProgressLine line(stderr, isatty(STDERR_FILENO));
//   checker.CheckCorpus(root, [&line](const Progress& p) { line.Update(p); });
//   // checker: 1200 of 5000 files read, 34121 claims

#ifndef FACTCHECK_CHECKER_PROGRESS_LINE_H_
#define FACTCHECK_CHECKER_PROGRESS_LINE_H_

#include <cstdio>
#include <string>

#include "absl/time/time.h"
#include "checker/check.h"

namespace factcheck {

class ProgressLine {
 public:
  ProgressLine(std::FILE* out, bool terminal, absl::Duration quiet_for = absl::Seconds(1));

  void Update(const Progress& progress);

  // "checker: 12 of 40 files read, 310 claims", then "...; comparing across
  // documents", then ", 3 findings".
  static std::string Format(const Progress& progress);

 private:
  std::FILE* out_;
  bool terminal_;
  absl::Time start_;
  absl::Duration quiet_for_;
  absl::Time last_drawn_ = absl::InfinitePast();
  bool drawn_ = false;
  Progress::Stage last_stage_ = Progress::Stage::kReading;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_PROGRESS_LINE_H_
