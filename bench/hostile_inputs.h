// File: bench/hostile_inputs.h
//
// Inputs made to be hard for the checker. Pages, each one short unit
// repeated to the size asked: a digit, a capitalised word, "Mr. Smith
// said.", a name and an age, CJK, emoji with combining marks, raw Latin-1
// bytes, text with no space. Real corpora hold such pages (tables
// flattened into a line, listings, scraped markup, mojibake). And corpora
// of articles about one thing: one meeting on other days, one city's
// population, one surname spelled anew in each, one article copied. Nothing
// may crash the checker or take it more than time in proportion to its
// input. The benchmarks time the checker on each at growing sizes
// (BM_Hostile and BM_HostileCorpus in pipeline_benchmark.cc), and the tests
// check each, under the sanitizers too (tests/bad_input_test.cc,
// tests/determinism_test.cc).
//
//   for (const std::string& name : HostilePageNames()) {
//     const std::string text = HostilePage(name, 1 << 20);  // a megabyte of it
//   }
//   // 1,000 articles as files hold them: "date 2025-10-06\noutlet ...\n\n..."
//   const std::vector<std::string> articles = HostileCorpus("one-meeting", 1000);

#ifndef FACTCHECK_BENCH_HOSTILE_INPUTS_H_
#define FACTCHECK_BENCH_HOSTILE_INPUTS_H_

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

// The corpora's names, in a fixed order ("one-meeting", ...).
std::vector<std::string> HostileCorpusNames();

// The corpus `name` of `articles` articles from as many outlets, each as a
// file holds it, metadata lines first; none for a name not among
// HostileCorpusNames().
std::vector<std::string> HostileCorpus(absl::string_view name, int articles);

// A lower-case word of `letters` letters of its own for each `i` below
// 26^letters ("aaa", "aab", ...): a name or place no other unit has.
std::string LetterWord(int64_t i, int letters);

}  // namespace factcheck

#endif  // FACTCHECK_BENCH_HOSTILE_INPUTS_H_
