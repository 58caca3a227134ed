#include "bench/hostile_pages.h"

#include <functional>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

// A page's unit, the i-th of the page: most are the same each time; those
// that name people or places name new ones, so that nothing a module keeps
// per name stays small.
using Unit = std::function<std::string(int64_t i)>;

std::string Capitalised(int64_t i) {
  std::string word = LetterWord(i, 4);
  word[0] = absl::ascii_toupper(word[0]);
  return word;
}

const std::vector<std::pair<std::string, Unit>>& Pages() {
  static const auto* pages = new std::vector<std::pair<std::string, Unit>>{
      {"digits", [](int64_t) { return "1 "; }},
      {"no-space", [](int64_t) { return "a"; }},
      {"capitalised-word", [](int64_t) { return "Smith "; }},
      {"quote-marks", [](int64_t) { return "\" "; }},
      {"full-stops", [](int64_t) { return ". "; }},
      {"hyphens", [](int64_t) { return "-"; }},
      {"curly-marks", [](int64_t) { return "\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x94 "; }},
      {"cjk",
       [](int64_t) { return "\xE6\x95\x91\xE6\x8F\xB4\xE9\x9A\x8A\xE3\x80\x82"; }},  // 救援隊。
      {"emoji-with-accents", [](int64_t) { return "\xF0\x9F\x98\x80\xCC\x81 "; }},
      {"latin1-bytes", [](int64_t) { return "caf\xE9 "; }},
      {"number-words",
       [](int64_t) { return "one two three four five six seven eight nine ten hundred million "; }},
      {"title-surname-said", [](int64_t) { return "Mr. Smith said. "; }},
      {"name-and-age",
       [](int64_t i) {
         return absl::StrCat("Anna ", Capitalised(i), ", ", 20 + i % 60, ", said. ");
       }},
      {"figures",
       [](int64_t i) {
         return absl::StrCat(i % 900 + 12, " people were killed and ", i % 90 + 1,
                             ".5 million live in ", Capitalised(i), ". ");
       }},
      {"dates", [](int64_t) { return "On Monday 21 March 2024, Smith met Jones in Paris. "; }},
      {"one-surname",
       [](int64_t i) { return absl::StrCat(Capitalised(i), " Smith said. Smith left. "); }},
      {"titles",
       [](int64_t i) {
         return absl::StrCat("President ", Capitalised(i), " met Minister ", Capitalised(i + 1),
                             ". The president spoke. ");
       }},
      {"quoted-claims",
       [](int64_t i) {
         return absl::StrCat("\xE2\x80\x9C", Capitalised(i), " said ", i % 900 + 12,
                             " people were killed,\xE2\x80\x9D John Smith said. ");
       }},
  };
  return *pages;
}

}  // namespace

std::vector<std::string> HostilePageNames() {
  std::vector<std::string> names;
  for (const auto& [name, unit] : Pages()) names.push_back(name);
  return names;
}

std::string HostilePage(absl::string_view name, int64_t bytes) {
  for (const auto& [page_name, unit] : Pages()) {
    if (page_name != name) continue;
    std::string text;
    for (int64_t i = 0; static_cast<int64_t>(text.size()) < bytes; ++i) text += unit(i);
    return text;
  }
  return "";
}

std::string LetterWord(int64_t i, int letters) {
  std::string word(letters, 'a');
  for (int at = letters - 1; at >= 0; --at, i /= 26) word[at] = static_cast<char>('a' + i % 26);
  return word;
}

}  // namespace factcheck
