#include "checker/text/html_remnants.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "checker/corpus/utf8.h"

namespace factcheck {
namespace {

// The longest tag read as one ("<a href=...>"), and the longest reference.
constexpr size_t kMaxTagBytes = 400;
constexpr size_t kMaxReferenceBytes = 10;

// The named references news pages use, as the characters they stand for.
constexpr std::pair<absl::string_view, absl::string_view> kNamedReferences[] = {
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", " "},
    {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"hellip", "\xE2\x80\xA6"},
    {"laquo", "\xC2\xAB"},
    {"raquo", "\xC2\xBB"},
    {"euro", "\xE2\x82\xAC"},
    {"pound", "\xC2\xA3"},
    {"copy", "\xC2\xA9"},
};

// The elements whose tags scraped text keeps. A name not among them is no
// tag: "<AAPL.O>" is a ticker, "a <b" no markup.
constexpr absl::string_view kTagNames[] = {
    "a",      "abbr",  "article", "aside",  "b",        "blockquote", "br",     "button",
    "center", "cite",  "code",    "div",    "em",       "figcaption", "figure", "font",
    "footer", "form",  "h1",      "h2",     "h3",       "h4",         "h5",     "h6",
    "header", "hr",    "i",       "iframe", "img",      "input",      "label",  "li",
    "link",   "main",  "meta",    "nav",    "noscript", "ol",         "p",      "picture",
    "pre",    "q",     "s",       "script", "section",  "small",      "source", "span",
    "strong", "style", "sub",     "sup",    "svg",      "table",      "tbody",  "td",
    "th",     "thead", "time",    "tr",     "u",        "ul",         "video"};

// The length of the tag at the start of `text` ("<p>", "</a>", "<br/>",
// "<a href='x'>"), or 0 when it is none: a known element's name after "<"
// or "</", then a space, "/" or ">", and a ">" before the line ends.
size_t TagLength(absl::string_view text) {
  size_t at = 1;
  if (at < text.size() && text[at] == '/') ++at;
  const size_t name_begin = at;
  while (at < text.size() && absl::ascii_isalnum(text[at])) ++at;
  const std::string name = absl::AsciiStrToLower(text.substr(name_begin, at - name_begin));
  if (std::find(std::begin(kTagNames), std::end(kTagNames), name) == std::end(kTagNames) ||
      at >= text.size() || !(text[at] == ' ' || text[at] == '/' || text[at] == '>')) {
    return 0;
  }
  for (; at < text.size() && at < kMaxTagBytes; ++at) {
    if (text[at] == '>') return at + 1;
    if (text[at] == '<' || text[at] == '\n') return 0;
  }
  return 0;
}

// The character the reference at the start of `text` stands for and the
// reference's length ("&amp;" -> "&", 5), or a length of 0 when it is none.
std::pair<std::string, size_t> ReadReference(absl::string_view text) {
  const size_t semicolon = text.substr(0, kMaxReferenceBytes).find(';');
  if (semicolon == absl::string_view::npos || semicolon < 2) return {"", 0};
  const absl::string_view name = text.substr(1, semicolon - 1);
  if (name[0] == '#') {
    uint32_t code_point = 0;
    const bool read = name.size() > 2 && (name[1] == 'x' || name[1] == 'X')
                          ? absl::SimpleHexAtoi(name.substr(2), &code_point)
                          : absl::SimpleAtoi(name.substr(1), &code_point);
    // A scalar value, not NUL nor a surrogate; a no-break space is a space.
    if (!read || code_point == 0 || code_point > 0x10FFFF ||
        (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return {"", 0};
    }
    std::string character;
    AppendUtf8(code_point == 0xA0 ? U' ' : static_cast<char32_t>(code_point), &character);
    return {character, semicolon + 1};
  }
  for (const auto& [known, character] : kNamedReferences) {
    if (name == known) return {std::string(character), semicolon + 1};
  }
  return {"", 0};
}

bool IsWordByte(char c) { return absl::ascii_isalnum(c) || static_cast<unsigned char>(c) >= 0x80; }

}  // namespace

std::optional<std::string> RewriteHtmlRemnants(absl::string_view text) {
  // Where the next "<" and the next "&" are, each found by memchr: most
  // text has neither, and a scan for either byte at once is several times
  // slower.
  size_t next_tag = text.find('<');
  size_t next_reference = text.find('&');
  if (next_tag == absl::string_view::npos && next_reference == absl::string_view::npos) {
    return std::nullopt;
  }
  std::string rewritten;
  bool changed = false;
  size_t copied = 0;  // text before this is in `rewritten`
  while (next_tag != absl::string_view::npos || next_reference != absl::string_view::npos) {
    const bool tag = next_tag < next_reference;
    const size_t at = tag ? next_tag : next_reference;
    const absl::string_view rest = text.substr(at);
    std::string replacement;
    size_t length = 0;
    if (tag) {
      length = TagLength(rest);
      // "one<br>two": a space keeps the words apart.
      const size_t end = at + length;
      if (length > 0 && at > 0 && end < text.size() && IsWordByte(text[at - 1]) &&
          IsWordByte(text[end])) {
        replacement = " ";
      }
    } else {
      std::tie(replacement, length) = ReadReference(rest);
    }
    if (length > 0) {
      rewritten.append(text.data() + copied, at - copied);
      rewritten += replacement;
      copied = at + length;
      changed = true;
    }
    const size_t from = std::max(at + 1, copied);
    if (next_tag < from) next_tag = text.find('<', from);
    if (next_reference < from) next_reference = text.find('&', from);
  }
  if (!changed) return std::nullopt;
  rewritten.append(text.data() + copied, text.size() - copied);
  return rewritten;
}

}  // namespace factcheck
