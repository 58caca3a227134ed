#include "checker/corpus/utf8.h"

#include <string>

namespace factcheck {

int FindInvalidUtf8(absl::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    unsigned char min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) min_second = 0xA0;  // overlong
      if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) min_second = 0x90;  // overlong
      if (lead == 0xF4) max_second = 0x8F;  // past U+10FFFF
    } else {
      return static_cast<int>(i);
    }
    if (i + length > size) return static_cast<int>(i);
    if (bytes[i + 1] < min_second || bytes[i + 1] > max_second) return static_cast<int>(i);
    for (size_t k = 2; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return static_cast<int>(i);
    }
    i += length;
  }
  return -1;
}

std::string ReplaceInvalidUtf8(absl::string_view text, int* replaced) {
  constexpr absl::string_view kReplacement = "\xEF\xBF\xBD";
  *replaced = 0;
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const int invalid = FindInvalidUtf8(text);
    const size_t valid = invalid < 0 ? text.size() : static_cast<size_t>(invalid);
    for (const char c : text.substr(0, valid)) {
      if (c == '\0') {
        out.append(kReplacement.data(), kReplacement.size());
        ++*replaced;
      } else {
        out.push_back(c);
      }
    }
    if (invalid < 0) break;
    out.append(kReplacement.data(), kReplacement.size());
    ++*replaced;
    text.remove_prefix(valid + 1);
  }
  return out;
}

}  // namespace factcheck
