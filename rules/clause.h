// File: rules/clause.h
//
// The text around a span of a sentence. The clause, as punctuation bounds
// it: rule modules ask it whether a word that changes a figure's or a
// date's sense ("years ago", "postponed") stands with it, and not in a
// clause about something else. The word right before it: what introduces a
// name ("said to AFP", "arrested in Beverly Hills").
//
//   ClauseAround("Met on Monday, after Israel canceled a visit.", 7, 13)
//       // "Met on Monday"
//   WordBefore("said to AFP", 8)  // "to"

#ifndef FACTCHECK_RULES_CLAUSE_H_
#define FACTCHECK_RULES_CLAUSE_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace factcheck {

// The clause of `text` that holds bytes [begin, end): from the comma,
// semicolon, colon or bracket before them to the one after.
absl::string_view ClauseAround(absl::string_view text, int begin, int end);

// The word of ASCII letters that ends right before byte `offset` of `text`,
// past any spaces: "to" in "said to AFP"; empty when there is none.
absl::string_view WordBefore(absl::string_view text, size_t offset);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_CLAUSE_H_
