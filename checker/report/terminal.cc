#include "checker/report/terminal.h"

#include "absl/strings/str_format.h"
#include "checker/corpus/utf8.h"

namespace factcheck {
namespace {

// Shown as escapes beside ASCII's controls: the C1 controls (CSI, U+009B,
// starts a sequence as ESC [ does) and the bidirectional embeddings,
// overrides and isolates, which reorder the rest of a line as it is shown.
constexpr CodePointRange kEscapedRanges[] = {{0x80, 0x9F}, {0x202A, 0x202E}, {0x2066, 0x2069}};

}  // namespace

std::string EscapeForTerminal(absl::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto [code_point, length] = DecodeUtf8(text.substr(i));
    if (code_point == '\n') {
      escaped += "\\n";
    } else if (code_point == '\r') {
      escaped += "\\r";
    } else if ((code_point < 0x20 && code_point != '\t') || code_point == 0x7F) {
      absl::StrAppendFormat(&escaped, "\\x%02X", static_cast<int>(code_point));
    } else if (InCodePointRanges(code_point, kEscapedRanges)) {
      absl::StrAppendFormat(&escaped, "\\u%04X", static_cast<int>(code_point));
    } else {
      escaped.append(text.data() + i, length);
    }
    i += length;
  }
  return escaped;
}

}  // namespace factcheck
