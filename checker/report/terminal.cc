#include "checker/report/terminal.h"

#include "absl/strings/str_format.h"

namespace factcheck {
namespace {

// Whether E2 followed by `next`, two bytes, is U+202A to U+202E or U+2066 to
// U+2069: the bidirectional embeddings, overrides and isolates, which
// reorder the rest of a line as it is shown.
bool IsBidiControl(absl::string_view next) {
  const unsigned char first = static_cast<unsigned char>(next[0]);
  const unsigned char second = static_cast<unsigned char>(next[1]);
  return (first == 0x80 && second >= 0xAA && second <= 0xAE) ||
         (first == 0x81 && second >= 0xA6 && second <= 0xA9);
}

}  // namespace

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
    } else if (c == 0xE2 && i + 2 < text.size() && IsBidiControl(text.substr(i + 1, 2))) {
      const int code_point = 0x2000 | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                             (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      absl::StrAppendFormat(&escaped, "\\u%04X", code_point);
      i += 2;
    } else {
      escaped += static_cast<char>(c);
    }
  }
  return escaped;
}

}  // namespace factcheck
