#include "checker/corpus/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"

namespace factcheck {

size_t CharacterStart(absl::string_view text, size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
    --at;
  }
  return at;
}

std::string Shortened(absl::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  const size_t kept = CharacterStart(text, max_bytes > 0 ? max_bytes - 1 : 0);
  return absl::StrCat(text.substr(0, kept), "\xE2\x80\xA6");
}

size_t AsciiLength(absl::string_view text) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  const size_t size = text.size();
  size_t i = 0;
  // Most text is ASCII: eight bytes at a time while no high bit is set.
  uint64_t eight;
  while (i + sizeof eight <= size) {
    std::memcpy(&eight, text.data() + i, sizeof eight);
    if (eight & kHighBits) break;
    i += sizeof eight;
  }
  // Fewer than eight left: the last eight bytes, read at once, are as often
  // all ASCII, which a byte at a time would take a branch each to tell.
  if (i + sizeof eight > size && size >= sizeof eight) {
    std::memcpy(&eight, text.data() + size - sizeof eight, sizeof eight);
    if ((eight & kHighBits) == 0) return size;
  }
  while (i < size && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

std::pair<char32_t, size_t> DecodeUtf8(absl::string_view text) {
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

bool InCodePointRanges(char32_t code_point, absl::Span<const CodePointRange> ranges) {
  return std::any_of(ranges.begin(), ranges.end(), [code_point](const CodePointRange& range) {
    return code_point >= range.first && code_point <= range.last;
  });
}

int FindInvalidUtf8(absl::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    i += AsciiLength(text.substr(i));
    if (i == size) break;
    const unsigned char lead = bytes[i];
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
    absl::string_view valid = text.substr(0, invalid < 0 ? text.size() : invalid);
    for (size_t nul = valid.find('\0'); nul != absl::string_view::npos; nul = valid.find('\0')) {
      out.append(valid.data(), nul);
      out.append(kReplacement.data(), kReplacement.size());
      ++*replaced;
      valid.remove_prefix(nul + 1);
    }
    out.append(valid.data(), valid.size());
    if (invalid < 0) break;
    out.append(kReplacement.data(), kReplacement.size());
    ++*replaced;
    text.remove_prefix(invalid + 1);
  }
  return out;
}

void AppendUtf8(char32_t code_point, std::string* out) {
  if (code_point < 0x80) {
    out->push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

}  // namespace factcheck
