#include "checker/report/terminal.h"

#include "absl/strings/str_format.h"

namespace factcheck {

std::string EscapeForTerminal(absl::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      escaped += "\\n";
    } else if (c == '\r') {
      escaped += "\\r";
    } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
      absl::StrAppendFormat(&escaped, "\\x%02X", c);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80) {
      // U+0080 to U+009F, the C1 controls: CSI (U+009B) starts a sequence too.
      absl::StrAppendFormat(&escaped, "\\u%04X", static_cast<unsigned char>(text[++i]));
    } else {
      escaped += static_cast<char>(c);
    }
  }
  return escaped;
}

}  // namespace factcheck
