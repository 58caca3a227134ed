#include "bench/hostile_inputs.h"

#include <functional>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

// A page's i-th unit, or a corpus's i-th article. Most units are the same
// each time; those that name people or places name new ones, so that
// nothing a module keeps per name stays small.
using Generator = std::function<std::string(int64_t i)>;
using Table = std::vector<std::pair<std::string, Generator>>;

std::string Capitalised(int64_t i) {
  std::string word = LetterWord(i, 4);
  word[0] = absl::ascii_toupper(word[0]);
  return word;
}

const Table& Pages() {
  static const auto* pages = new Table{
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

// The i-th article of a corpus, with `body` as its text: from an outlet of
// its own, dated within the week of the first unless `dated` is false.
std::string Article(int64_t i, absl::string_view body, bool dated = true) {
  return absl::StrCat(dated ? absl::StrCat("date 2025-10-0", 6 + i % 3, "\n") : "", "outlet outlet",
                      i, ".example\n\n", body, "\n");
}

// The one meeting, on one of five weekdays.
std::string Meeting(int64_t i) {
  static constexpr absl::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                    "Friday"};
  return absl::StrCat("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on ",
                      kWeekdays[i % 5], ".");
}

const Table& Corpora() {
  static const auto* corpora = new Table{
      {"one-meeting", [](int64_t i) { return Article(i, Meeting(i)); }},
      {"one-population",
       [](int64_t i) {
         return Article(i, absl::StrCat("Varnholm, a port city home to ", 100 + i % 500,
                                        ",000 people, was flooded."));
       }},
      {"one-surname-spelled-anew",
       [](int64_t i) {
         return Article(i, absl::StrCat("Minister Tomas Lind", LetterWord(i, 2),
                                        "ist said in Varnholm on Monday that the city would be rebuilt."));
       }},
      {"one-death-toll",
       [](int64_t i) {
         // Three stories, each named by two places, as a story must be.
         static constexpr absl::string_view kPlaces[] = {"Varnholm and Oskby", "Trald and Brenna",
                                                         "Kastel and Lund"};
         return Article(i, absl::StrCat("A flood hit ", kPlaces[i % 3], ". ", i % 600 + 2,
                                        " people were killed and ", i % 300 + 1,
                                        " were injured, officials said."));
       }},
      {"undated-meeting", [](int64_t i) { return Article(i, Meeting(i), /*dated=*/false); }},
      {"identical-articles",
       [](int64_t i) {
         return Article(i, "Varnholm, a port city home to 320,000 people, was flooded.");
       }},
      {"one-surname-many-people",
       [](int64_t i) {
         return Article(
             i, absl::StrCat(Capitalised(i), " Lindqvist said the water rose in Varnholm."));
       }},
      {"ten-shared-places",
       [](int64_t i) {
         // Each place named by 200 articles of the same days, the most a
         // name may join into stories: every article has 1,990 candidates.
         std::string text = "Rain fell";
         for (int k = 0; k < 10; ++k) {
           absl::StrAppend(&text,
                           k == 0  ? " in Varn"
                           : k < 9 ? ", in Varn"
                                   : " and in Varn",
                           LetterWord(i / 200 * 10 + k, 4));
         }
         return Article(i, absl::StrCat(text, "."));
       }},
      {"one-age",
       [](int64_t i) {
         return Article(i, absl::StrCat("Anna Lindqvist, ", 20 + i % 71, ", said the water rose."));
       }},
  };
  return *corpora;
}

// The generator `name` of `table`; null when it has none.
const Generator* Find(const Table& table, absl::string_view name) {
  for (const auto& [entry_name, generator] : table) {
    if (entry_name == name) return &generator;
  }
  return nullptr;
}

std::vector<std::string> Names(const Table& table) {
  std::vector<std::string> names;
  for (const auto& [name, generator] : table) names.push_back(name);
  return names;
}

}  // namespace

std::vector<std::string> HostilePageNames() { return Names(Pages()); }

std::string HostilePage(absl::string_view name, int64_t bytes) {
  const Generator* unit = Find(Pages(), name);
  std::string text;
  if (unit == nullptr) return text;
  for (int64_t i = 0; static_cast<int64_t>(text.size()) < bytes; ++i) text += (*unit)(i);
  return text;
}

std::vector<std::string> HostileCorpusNames() { return Names(Corpora()); }

std::vector<std::string> HostileCorpus(absl::string_view name, int articles) {
  const Generator* article = Find(Corpora(), name);
  std::vector<std::string> texts;
  if (article == nullptr) return texts;
  for (int i = 0; i < articles; ++i) texts.push_back((*article)(i));
  return texts;
}

std::string LetterWord(int64_t i, int letters) {
  std::string word(letters, 'a');
  for (int at = letters - 1; at >= 0; --at, i /= 26) word[at] = static_cast<char>('a' + i % 26);
  return word;
}

}  // namespace factcheck
