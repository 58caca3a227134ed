// File: checker/text/html_remnants.h
//
// The HTML that scraped text keeps: tags ("<p>", "</a>", "<br/>") and
// character references ("&amp;", "&nbsp;", "&#8217;", "&#x2019;"), which
// split a name ("Maja&nbsp;Lind") or hide a possessive ("Karrby&#8217;s")
// from the rules. Rewritten as the text they stand for, line breaks kept,
// so that every line keeps its number.
//
//   RewriteHtmlRemnants("<p>Karrby&#8217;s mayor</p>")  // "Karrby’s mayor"
//   RewriteHtmlRemnants("AT&T, Q&A, x < y")             // as it is

#ifndef FACTCHECK_CHECKER_TEXT_HTML_REMNANTS_H_
#define FACTCHECK_CHECKER_TEXT_HTML_REMNANTS_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

// `text` with its tags and character references rewritten: a tag is
// dropped, or a space where it alone parts two words ("one<br>two"); a
// reference becomes its character, and a no-break space a space. Unknown
// names, references to no character, and what only looks like a tag
// ("x < y", "<3", a ticker "<AAPL.O>") stay as they are. nullopt when there is nothing to
// rewrite, as in most text.
std::optional<std::string> RewriteHtmlRemnants(absl::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_TEXT_HTML_REMNANTS_H_
