// File: rules/clause.h
//
// The clause of a sentence around a span, as punctuation bounds it: rule
// modules ask it whether a word that changes a figure's or a date's sense
// ("years ago", "postponed") stands with it, and not in a clause about
// something else.
//
//   ClauseAround("Met on Monday, after Israel canceled a visit.", 7, 13)
//       // "Met on Monday"

#ifndef FACTCHECK_RULES_CLAUSE_H_
#define FACTCHECK_RULES_CLAUSE_H_

#include "absl/strings/string_view.h"

namespace factcheck {

// The clause of `text` that holds bytes [begin, end): from the comma,
// semicolon, colon or bracket before them to the one after.
absl::string_view ClauseAround(absl::string_view text, int begin, int end);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_CLAUSE_H_
