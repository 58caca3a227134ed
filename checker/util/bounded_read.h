// File: checker/util/bounded_read.h
//
// Reading a stream with a bound on how much of it is kept, so that an input
// with no end or no newline (/dev/zero, a corpus run into one line, a
// corpus named where a configuration was meant) cannot fill memory: a whole
// stream past the bound is said to be too large; a line past it is said to
// be too long, its bytes let go, and read to its end by a reader that goes
// on to the next line, or no further by one that gives up.
//
//   std::string text;
//   if (!ReadAtMost(file, /*max_bytes=*/256 << 20, &text)) return TooLarge();
//
//   std::string line;
//   bool too_long = false;
//   while (ReadLine(in, /*max_bytes=*/1 << 20, LongLine::kReadToItsEnd, &line, &too_long)) {
//     if (too_long) { Skip(...); continue; }
//     Parse(line);
//   }

#ifndef FACTCHECK_CHECKER_UTIL_BOUNDED_READ_H_
#define FACTCHECK_CHECKER_UTIL_BOUNDED_READ_H_

#include <cstdint>
#include <istream>
#include <string>

namespace factcheck {

// Appends the rest of `in` to `contents`; false, having stopped, once that
// would take `contents` past `max_bytes`. Whether the stream failed is
// `in.bad()`.
bool ReadAtMost(std::istream& in, int64_t max_bytes, std::string* contents);

// How far ReadLine reads a line longer than its bound.
enum class LongLine {
  kReadToItsEnd,  // so that the next call reads the next line
  kStop,          // at the bound, for a reader that reads no further: an endless line ends
};

// Reads the next line of `in` into `line`, without its '\n'; false at the
// end of the input. Of a line longer than `max_bytes`, `line` keeps none,
// `too_long` says so, and `long_line` says how far it is read.
bool ReadLine(std::istream& in, int64_t max_bytes, LongLine long_line, std::string* line,
              bool* too_long);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_BOUNDED_READ_H_
