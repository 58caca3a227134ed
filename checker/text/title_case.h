// File: checker/text/title_case.h
//
// Whether a line is written in title case, as many headlines are: its
// capitals then tell nothing of where a name ends, nor of how a writer
// spells one ("Mccain Wins Primary" may be a program's capitals).
//
//   IsTitleCase("Woman Killed In Queens Hit-And-Run")  // true
//   IsTitleCase("A woman was killed in Queens")        // false

#ifndef FACTCHECK_CHECKER_TEXT_TITLE_CASE_H_
#define FACTCHECK_CHECKER_TEXT_TITLE_CASE_H_

#include "absl/strings/string_view.h"

namespace factcheck {

// Whether `text` capitalises every word of four ASCII letters or more, and
// has two such words at least.
bool IsTitleCase(absl::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_TEXT_TITLE_CASE_H_
