// File: checker/report/terminal.h
//
// Corpus text made safe to print on a terminal or into a CI log, as
// EscapeMarkup makes it safe in HTML. A control character would otherwise
// reach the terminal as it is: an article could recolour or retitle the
// window, move the cursor, write to the clipboard, or begin a line of its own
// that reads like the checker's ("Gate passed"); a bidirectional override
// would show the rest of a line in another order than it has. Each control
// character, C0 and C1, and each bidi embedding, override and isolate
// (U+202A to U+202E, U+2066 to U+2069) is shown as an escape instead; a tab
// stays a tab. The text report, the messages on stderr and the GitHub
// annotations, which a workflow log shows as a terminal would, use it.
//
//   EscapeForTerminal("a \x1B[31mred\x1B[0m word")  // "a \\x1B[31mred\\x1B[0m word"
//   EscapeForTerminal("one\nline")                  // "one\\nline"
//   EscapeForTerminal("\u202Eevil")                  // "\\u202Eevil"

#ifndef FACTCHECK_CHECKER_REPORT_TERMINAL_H_
#define FACTCHECK_CHECKER_REPORT_TERMINAL_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// REQUIRES: `text` is UTF-8, as every string of the corpus is once read.
std::string EscapeForTerminal(absl::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_TERMINAL_H_
