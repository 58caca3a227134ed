// File: checker/util/atomic_file.h
//
// Writes a whole file so that a reader sees the old contents or the new,
// never half of them: the bytes go to a temporary file beside the target,
// reach the disk, and the temporary file is then renamed over the target. A
// report or baseline interrupted mid-write, even by a crash, leaves the
// previous one in place. A link is followed to the file it leads to, which
// keeps its permissions; what is no file ("/dev/null", a pipe) is written
// to, never replaced.
//
//   absl::Status written = WriteFileAtomically("factcheck-report.html", html);

#ifndef FACTCHECK_CHECKER_UTIL_ATOMIC_FILE_H_
#define FACTCHECK_CHECKER_UTIL_ATOMIC_FILE_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace factcheck {

// Replaces the file at `path` with `contents`. On failure the file at `path`
// is unchanged and no temporary file is left behind (but for what is no
// file, which is written to directly).
absl::Status WriteFileAtomically(const std::string& path, absl::string_view contents);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_ATOMIC_FILE_H_
