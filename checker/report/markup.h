// File: checker/report/markup.h
//
// Corpus text made safe inside HTML and XML, in element content and in
// quoted attributes alike:
//
//   EscapeMarkup("<b onclick='x'>Tom & Jerry</b>")
//   // "&lt;b onclick=&#39;x&#39;&gt;Tom &amp; Jerry&lt;/b&gt;"
//
// Control characters that XML 1.0 forbids (all below U+0020 but tab, line
// feed and carriage return) become U+FFFD, so the XML stays well-formed.

#ifndef FACTCHECK_CHECKER_REPORT_MARKUP_H_
#define FACTCHECK_CHECKER_REPORT_MARKUP_H_

#include <string>

#include "absl/strings/string_view.h"

namespace factcheck {

std::string EscapeMarkup(absl::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_REPORT_MARKUP_H_
