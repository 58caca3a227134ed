#include "checker/report/terminal.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "absl/strings/str_format.h"

namespace factcheck {
namespace {

// Shown as escapes beside ASCII's controls: the C1 controls (CSI, U+009B,
// starts a sequence as ESC [ does) and the bidirectional embeddings,
// overrides and isolates, which reorder the rest of a line as it is shown.
constexpr std::pair<char32_t, char32_t> kEscapedRanges[] = {
    {0x80, 0x9F}, {0x202A, 0x202E}, {0x2066, 0x2069}};

// The code point of the UTF-8 sequence `text` starts with, and its length.
std::pair<char32_t, size_t> Decode(absl::string_view text) {
  const unsigned char lead = static_cast<unsigned char>(text[0]);
  const size_t length = std::min<size_t>(lead < 0x80   ? 1
                                         : lead < 0xE0 ? 2
                                         : lead < 0xF0 ? 3
                                                       : 4,
                                         text.size());
  char32_t code_point = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    code_point = code_point << 6 | (static_cast<unsigned char>(text[k]) & 0x3F);
  }
  return {code_point, length};
}

}  // namespace

std::string EscapeForTerminal(absl::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto [code_point, length] = Decode(text.substr(i));
    if (code_point == '\n') {
      escaped += "\\n";
    } else if (code_point == '\r') {
      escaped += "\\r";
    } else if ((code_point < 0x20 && code_point != '\t') || code_point == 0x7F) {
      absl::StrAppendFormat(&escaped, "\\x%02X", static_cast<int>(code_point));
    } else if (std::any_of(std::begin(kEscapedRanges), std::end(kEscapedRanges),
                           [cp = code_point](const auto& range) {
                             return cp >= range.first && cp <= range.second;
                           })) {
      absl::StrAppendFormat(&escaped, "\\u%04X", static_cast<int>(code_point));
    } else {
      escaped.append(text.data() + i, length);
    }
    i += length;
  }
  return escaped;
}

}  // namespace factcheck
