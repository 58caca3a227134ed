// File: bench/hostile_pages.h
//
// Pages made to be hard for the checker, each one short unit repeated to
// the size asked: a digit, a capitalised word, "Mr. Smith said.", a name
// and an age, CJK, emoji with combining marks, raw Latin-1 bytes, text with
// no space. Real corpora hold such pages (tables flattened into a line,
// listings, scraped markup, mojibake); none may crash the checker or take
// it more than time in proportion to its size. The benchmarks time the
// checker on each at growing sizes (BM_Hostile in pipeline_benchmark.cc),
// and the tests check each under the sanitizers (tests/bad_input_test.cc).
//
//   for (const std::string& name : HostilePageNames()) {
//     const std::string text = HostilePage(name, 1 << 20);  // a megabyte of it
//   }

#ifndef FACTCHECK_BENCH_HOSTILE_PAGES_H_
#define FACTCHECK_BENCH_HOSTILE_PAGES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck {

// The pages' names, in a fixed order ("digits", "name-and-age", ...).
std::vector<std::string> HostilePageNames();

// The page `name` of at least `bytes` (whole units, so a few more); "" for
// a name not among HostilePageNames().
std::string HostilePage(absl::string_view name, int64_t bytes);

// A lower-case word of `letters` letters of its own for each `i` below
// 26^letters ("aaa", "aab", ...): a name or place no other unit has.
std::string LetterWord(int64_t i, int letters);

}  // namespace factcheck

#endif  // FACTCHECK_BENCH_HOSTILE_PAGES_H_
