// File: checker/resolve/similarity.h
//
// String measures for telling spelling variants of a name from different
// names: an edit distance that counts a swap of neighbours as one edit, and a
// consonant skeleton that transliterations of a name tend to share.
//
//   EditDistance("blinken", "bliken")        == 1
//   EditDistance("blinken", "mills", 2)      == 3  // more than 2
//   ConsonantSkeleton("shoukry") == ConsonantSkeleton("shukri")  // "shkr"
//   WithoutDiacritics("josé álvarez") == "jose alvarez"

#ifndef FACTCHECK_CHECKER_RESOLVE_SIMILARITY_H_
#define FACTCHECK_CHECKER_RESOLVE_SIMILARITY_H_

#include <limits>
#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// Optimal string alignment distance (Levenshtein plus adjacent swaps), in
// bytes; or `at_most + 1` when it is more than `at_most`, which is found
// sooner: only the cells within `at_most` of the table's diagonal are worked out.
int EditDistance(absl::string_view a, absl::string_view b,
                 int at_most = std::numeric_limits<int>::max());

// The letters of a folded name that survive transliteration: the first
// letter, then consonants with common spellings merged (ph/f, c/k, z/s,
// doubled letters once) and vowels, y, h and w dropped.
std::string ConsonantSkeleton(absl::string_view folded);

// `text` (UTF-8) with each Latin letter that has a diacritic (U+00C0 to
// U+017F) written as its base letters in lower case: "Łódź" -> "lodz",
// "Straße" -> "strasse": as outlets that print names without them write them.
std::string WithoutDiacritics(absl::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_RESOLVE_SIMILARITY_H_
