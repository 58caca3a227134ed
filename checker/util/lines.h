// File: checker/util/lines.h
//
// Reading a stream a line at a time with a bound on how much of a line is
// kept, so that an input with no newline (a corpus run into one line,
// /dev/zero on standard input) cannot fill memory: a line past the bound is
// read to its end and said to be too long, its bytes let go.
//
//   std::string line;
//   bool too_long = false;
//   while (ReadLine(in, /*max_bytes=*/1 << 20, &line, &too_long)) {
//     if (too_long) { Skip(...); continue; }
//     Parse(line);
//   }

#ifndef FACTCHECK_CHECKER_UTIL_LINES_H_
#define FACTCHECK_CHECKER_UTIL_LINES_H_

#include <cstdint>
#include <istream>
#include <string>

namespace factcheck {

// Reads the next line of `in` into `line`, without its '\n'; false at the
// end of the input. A line longer than `max_bytes` is read to its end, but
// `line` keeps none of it and `too_long` says so.
bool ReadLine(std::istream& in, int64_t max_bytes, std::string* line, bool* too_long);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_LINES_H_
