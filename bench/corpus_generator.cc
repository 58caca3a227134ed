#include "bench/corpus_generator.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "checker/resolve/similarity.h"
#include "google/protobuf/util/json_util.h"
#include "proto/document.pb.h"
#include "rules/dates/dates.h"
#include "rules/names/name_lexicon_data.h"

namespace factcheck {
namespace {

// SplitMix64: the same numbers on every platform, which the standard
// library's distributions do not promise.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  int Between(int low, int high) { return low + Below(high - low + 1); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(static_cast<int>(items.size()))];
  }
  // Fisher-Yates, spelled out: std::shuffle may differ between libraries.
  template <typename Iterator>
  void Shuffle(Iterator begin, Iterator end) {
    for (auto n = end - begin; n > 1; --n)
      std::swap(begin[n - 1], begin[Below(static_cast<int>(n))]);
  }

 private:
  uint64_t state_;
};

const std::vector<std::string> kOnsets = {"b", "d", "g",  "h",  "k",  "l",  "m",  "n",  "r", "s",
                                          "t", "v", "br", "dr", "gr", "kr", "st", "tr", "z"};
const std::vector<std::string> kVowels = {"a", "e", "i", "o", "u", "a", "e", "o"};
const std::vector<std::string> kCodas = {"", "", "n", "r", "l", "s", "m", "rn", "ld", "k"};
const std::vector<std::string> kSurnameEndings = {"",    "",     "ek",  "ov",   "sen",
                                                  "ski", "ardt", "ley", "enko", "ic"};
const std::vector<std::string> kPlaceEndings = {"",     "holm", "by",   "vik",  "mouth",
                                                "ford", "stad", "dale", "wick", "ton"};

std::string Capitalised(std::string word) {
  if (!word.empty()) word[0] = absl::ascii_toupper(word[0]);
  return word;
}

std::string MadeUpWord(Random& random, int syllables, const std::vector<std::string>& endings) {
  std::string word;
  for (int i = 0; i < syllables; ++i) {
    absl::StrAppend(&word, random.Pick(kOnsets), random.Pick(kVowels), random.Pick(kCodas));
  }
  return Capitalised(absl::StrCat(word, random.Pick(endings)));
}

// Surnames no two of which the checker could take for spellings of one
// name: every pair is more than two edits apart and has different consonant
// skeletons. Two edits or fewer means a common string within two deletions
// of each, so the deletions of each name are indexed.
class DistinctNames {
 public:
  bool Add(const std::string& name) {
    const std::string folded = absl::AsciiStrToLower(name);
    const std::string skeleton = ConsonantSkeleton(folded);
    const std::vector<std::string> near = Deletions(folded);
    if (skeletons_.contains(skeleton)) return false;
    for (const std::string& variant : near) {
      if (deletions_.contains(variant)) return false;
    }
    skeletons_.insert(skeleton);
    deletions_.insert(near.begin(), near.end());
    return true;
  }

 private:
  static std::vector<std::string> Deletions(const std::string& word) {
    std::vector<std::string> out = {word};
    for (size_t i = 0; i < word.size(); ++i) {
      const std::string once = word.substr(0, i) + word.substr(i + 1);
      out.push_back(once);
      for (size_t j = i; j < once.size(); ++j)
        out.push_back(once.substr(0, j) + once.substr(j + 1));
    }
    return out;
  }

  absl::flat_hash_set<std::string> skeletons_;
  absl::flat_hash_set<std::string> deletions_;
};

struct Person {
  std::string title;
  std::string given;
  std::string surname;
  // How one outlet may spell them otherwise: another spelling of the given
  // name the names lexicon knows (Yuri, Yury), or a doubled consonant.
  std::string variant_given;
  std::string variant_surname;
  std::string Name(bool variant) const {
    return variant ? absl::StrCat(variant_given, " ", variant_surname)
                   : absl::StrCat(given, " ", surname);
  }
};

struct Kind {
  const char* noun;      // "flood"
  const char* headline;  // "Flood"
  const char* verb;      // "swept through"
  std::vector<std::string> details;
};

const std::vector<Kind>& Kinds() {
  static const auto* kinds = new std::vector<Kind>{
      {"flood",
       "Flood",
       "swept through",
       {"The river burst its banks shortly after midnight.",
        "Sandbags were piled along the embankment road.",
        "Farmers moved their animals to higher ground.",
        "Muddy water stood knee-deep in the market square."}},
      {"fire",
       "Fire",
       "tore through",
       {"Thick smoke hung over the rooftops for most of the day.",
        "Firefighters worked through the night to contain the blaze.",
        "The cause of the fire is not yet known.",
        "Several warehouses near the railway line were destroyed."}},
      {"earthquake",
       "Earthquake",
       "struck",
       {"Cracks opened in the walls of the old church.",
        "Aftershocks kept many families sleeping outdoors.",
        "Engineers began checking bridges on the valley road.",
        "Rubble blocked the narrow streets of the old quarter."}},
      {"storm",
       "Storm",
       "battered",
       {"Fallen trees blocked the coast road.", "Fishing boats were torn from their moorings.",
        "Gusts ripped tiles from hundreds of roofs.",
        "The ferry service was suspended until further notice."}},
  };
  return *kinds;
}

// Filler: sentences a reporter writes around the facts, composed from parts
// so that they vary in length and wording as real news does (about 100
// bytes a sentence, two in five with a figure, some quoting). None of
// it is a claim an outlet could disagree on. "PLACE" is the event's town;
// other names are the same in every town ("St Luke's Hospital", "Church
// Street"), as real towns' often are, so that a checker which took two
// events of the same days for one story on such names alone would set
// their figures side by side, and be seen to.
const std::vector<std::string> kSceneOpenings = {"By late afternoon",
                                                 "Throughout the day",
                                                 "In the hours that followed",
                                                 "Further down the valley",
                                                 "Despite the cold",
                                                 "As night fell",
                                                 "Early the next morning",
                                                 "On the edge of town",
                                                 "Near the old market",
                                                 "Along the main road",
                                                 "In the centre of PLACE",
                                                 "On PLACE's main square",
                                                 "",
                                                 ""};
const std::vector<std::string> kSceneActors = {"volunteers from neighbouring villages",
                                               "council workers in orange jackets",
                                               "soldiers and police officers",
                                               "engineers from the transport ministry",
                                               "neighbours and relatives",
                                               "local shopkeepers",
                                               "members of the PLACE Rowing Club",
                                               "students from the technical college",
                                               "staff at St Luke's Hospital",
                                               "Red Cross volunteers",
                                               "farmers with tractors and trailers",
                                               "aid workers from two charities",
                                               "a handful of off-duty nurses",
                                               "residents of the upper streets"};
const std::vector<std::string> kSceneActions = {
    "handed out blankets, hot soup and bottled water",
    "cleared mud and broken glass from the pavements",
    "checked on elderly residents living alone",
    "set up camp beds in the sports hall",
    "filled sandbags outside the town hall",
    "helped families carry out what they could save",
    "directed traffic away from the damaged streets",
    "collected clothes and tinned food for those left homeless",
    "searched gardens and outbuildings for lost pets",
    "queued to give blood at a mobile clinic",
    "worked in shifts to keep the generators running",
    "kept a list of every house they had visited"};
const std::vector<std::string> kSceneEndings = {
    " while police kept onlookers back",
    " as a light rain began to fall",
    " before darkness made the work too dangerous",
    ", according to Radio PLACE",
    " even as officials warned of further danger",
    ", and many said they would return the next day",
    " until the last of the families had somewhere to sleep",
    " long after the television crews had left for the capital",
    "",
    "",
    "",
    ""};
const std::vector<std::string> kQuotes = {
    "We have lost everything we built over thirty years",
    "I heard a noise like a train and then the lights went out",
    "Nobody told us where to go or what to do",
    "The children are frightened and we have nowhere else to stay",
    "It happened so fast that we could only grab our coats",
    "We need dry clothes, medicine and a roof, in that order",
    "My grandmother's house is gone, but she is safe",
    "Everyone here knows someone who has lost a home",
    "We were lucky, and we know it",
    "The noise seemed to come from everywhere at once"};
const std::vector<std::string> kQuoteEndings = {
    "",
    "",
    "",
    ", and nobody can say when we will be allowed back",
    ". I keep thinking about the people on the lower streets",
    ", but the volunteers have been wonderful",
    ". We will rebuild, but not this year"};
const std::vector<std::string> kWitnesses = {
    "schoolteacher", "bus driver", "pharmacist",     "mother of three", "caf\xC3\xA9 owner",
    "baker",         "nurse",      "shop assistant", "fisherman",       "taxi driver"};
const std::vector<std::string> kWitnessPlaces = {
    "",
    "",
    " standing outside what was left of the family's kitchen",
    " outside the town hall",
    " as she waited for news at the Red Cross tent",
    " in a queue for bottled water on Church Street"};

const std::vector<std::string> kOutletWords = {"Northern", "Valley",   "Coast",   "Capital",
                                               "Evening",  "Morning",  "Harbour", "Highland",
                                               "River",    "National", "Western", "Eastern"};
const std::vector<std::string> kOutletNouns = {"Post",  "Times",   "Herald", "Courier", "Wire",
                                               "Radio", "Gazette", "News",   "Record",  "Observer"};
// The outlets that print curly quotes and apostrophes (“ ” ’), as many
// do, rather than straight ones.
const std::vector<std::string> kTypographicOutletNouns = {"Herald", "Gazette", "Observer"};

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char* const kWeekdays[] = {"",         "Monday", "Tuesday",  "Wednesday",
                                 "Thursday", "Friday", "Saturday", "Sunday"};

// A day as a count from 2020-01-01, and back.
PartialDate DayAt(int offset) {
  int year = 2020, month = 1, day = 1 + offset;
  while (day > DaysInMonth(year, month)) {
    day -= DaysInMonth(year, month);
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return CalendarDay(year, month, day);
}

std::string Iso(const PartialDate& date) { return FormatIsoDate(date); }

std::string Weekday(const PartialDate& date) {
  return kWeekdays[WeekdayOf(date.year(), date.month(), date.day())];
}

std::string MonthDay(const PartialDate& date) {
  return absl::StrCat(kMonths[date.month() - 1], " ", date.day());
}

std::string Thousands(int value) {
  std::string digits = absl::StrCat(value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return digits;
}

// One event and how its outlets report it.
struct Event {
  std::string id;
  const Kind* kind = nullptr;
  std::string place;
  PartialDate date;     // when it happened
  int date_offset = 0;  // days since 2020-01-01
  int population = 0;
  int deaths = 0;
  int injured = 0;
  Person official, local, responder;
  std::vector<std::string> outlets;
  std::vector<int> article_day;  // days after the event, per outlet
  // The outlet (index) that disagrees on each fact, or -1.
  int name_outlet = -1;
  bool name_of_local = false;  // whose name: the mayor's, else the responder's
  int deaths_outlet = -1;
  int deaths_other = 0;
  int population_outlet = -1;
  int population_other = 0;
  int meeting_outlet = -1;
  int meeting_other_day = 0;  // days after the event
  // Background every outlet that gives it gives alike.
  int homes_damaged = 0;
  int sheltered = 0;
  int aid_millions = 0;
  int bridge_built = 0;
  std::string bridge;  // its name: "the Tarvik bridge"
  // The year's toll of such events across the country: a wider total than
  // the event's, which no checker should set beside it.
  int national_deaths = 0;
};

// One sentence of filler for an article about `event`: a scene, a witness
// quoted, background the outlets agree on, or figures that differ between
// articles but are no claim (a witness's age, a time, calls taken), in
// about the shares 58, 15, 14 and 13 in 100.
std::string FillerSentence(Random& random, const Event& event) {
  const int kind = random.Below(100);
  if (kind < 58) {
    const std::string& opening = random.Pick(kSceneOpenings);
    const std::string actors = opening.empty()
                                   ? Capitalised(random.Pick(kSceneActors))
                                   : absl::StrCat(opening, ", ", random.Pick(kSceneActors));
    return absl::StrReplaceAll(
        absl::StrCat(actors, " ", random.Pick(kSceneActions), random.Pick(kSceneEndings), "."),
        {{"PLACE", event.place}});
  }
  if (kind < 73) {
    const int age = random.Between(24, 79);  // never "an 80-year-old"
    std::string witness = absl::StrCat("a ", age, "-year-old ", random.Pick(kWitnesses));
    if (random.Chance(0.4)) {
      absl::StrAppend(&witness, " who has lived in ", event.place, " for ",
                      random.Between(2, age - 1), " years");
    }
    return absl::StrCat("\"", random.Pick(kQuotes), random.Pick(kQuoteEndings), ",\" said ",
                        witness, random.Pick(kWitnessPlaces), ".");
  }
  if (kind < 87) {
    switch (random.Below(5)) {
      case 0:
        return absl::StrCat(Thousands(event.homes_damaged), " homes were damaged, ",
                            event.homes_damaged / 6, " of them beyond repair, the council said.");
      case 1:
        return absl::StrCat("The regional government pledged ", event.aid_millions,
                            " million euros for repairs.");
      case 2:
        return absl::StrCat("About ", Thousands(event.sheltered),
                            " people spent the night in shelters set up in schools and church "
                            "halls.");
      case 3:
        return absl::StrCat(Capitalised(event.kind->noun), "s have killed ", event.national_deaths,
                            " people across the country this year.");
      default:
        return absl::StrCat(Capitalised(event.bridge), ", built in ", event.bridge_built,
                            ", was closed after engineers found cracks in its arches.");
    }
  }
  switch (random.Below(3)) {
    case 0:
      return absl::StrFormat(
          "By %d:%02d p.m. the main road had reopened to traffic in one direction.",
          random.Between(1, 11), random.Below(60));
    case 1:
      return absl::StrCat("The emergency line took more than ",
                          Thousands(random.Between(3, 40) * 50), " calls in the first ",
                          random.Between(6, 48), " hours, several times the usual number.");
    default:
      return absl::StrCat("Temperatures fell to ", random.Between(-8, 12),
                          " degrees overnight, and forecasters expected more of the same for the "
                          "next ",
                          random.Between(2, 5), " days.");
  }
}

// The article as an outlet that prints curly quotes and apostrophes would
// write it.
std::string Typographic(const std::string& text) {
  std::string out;
  bool open = true;
  for (const char c : text) {
    if (c == '"') {
      out += open ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
      open = !open;
    } else if (c == '\'') {
      out += "\xE2\x80\x99";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

CorpusGenerator::CorpusGenerator(const GeneratorOptions& options) : options_(options) {}

LabeledCorpus CorpusGenerator::Generate(const std::function<void(const GeneratedArticle&)>& write) {
  Random random(options_.seed);
  // Given names the lexicon knows, and their other spellings.
  std::vector<std::string> given_names;
  std::map<std::string, std::string> other_spelling;
  for (const std::string& line : DefaultNameLexicon().given_names()) {
    for (absl::string_view name : absl::StrSplit(line, ' ', absl::SkipEmpty())) {
      given_names.emplace_back(name);
    }
  }
  for (const std::string& line : DefaultNameLexicon().variants()) {
    const std::vector<std::string> spellings = absl::StrSplit(line, ' ', absl::SkipEmpty());
    for (size_t i = 0; i + 1 < spellings.size(); ++i) {
      other_spelling[spellings[i]] = spellings[i + 1];
    }
  }
  DistinctNames surnames;
  std::set<std::string> places;
  auto new_person = [&](const std::string& title) {
    Person person;
    person.title = title;
    person.given = random.Pick(given_names);
    do {
      person.surname = MadeUpWord(random, random.Between(2, 3), kSurnameEndings);
    } while (person.surname.size() < 5 || !surnames.Add(person.surname));
    const auto other = other_spelling.find(person.given);
    person.variant_given = person.given;
    person.variant_surname = person.surname;
    if (other != other_spelling.end() && random.Chance(0.5)) {
      person.variant_given = other->second;
    } else {
      // Double the first consonant after the first letter: Dorvanek, Dorrvanek.
      std::string& surname = person.variant_surname;
      for (size_t i = 1; i < surname.size(); ++i) {
        if (std::string("aeiou").find(surname[i]) == std::string::npos) {
          surname.insert(i, 1, surname[i]);
          break;
        }
      }
    }
    return person;
  };

  LabeledCorpus planted;
  int written = 0;
  for (int index = 0; written < options_.articles; ++index) {
    Event event;
    event.id = absl::StrFormat("e%06d", index);
    event.kind = &random.Pick(Kinds());
    do {
      event.place = MadeUpWord(random, random.Between(1, 2), kPlaceEndings);
    } while (event.place.size() < 4 || !places.insert(event.place).second);
    event.date_offset = random.Below(6 * 365);
    event.date = DayAt(event.date_offset);
    event.population = random.Between(4, 240) * 500;
    event.deaths = random.Between(2, 60);
    event.injured = random.Between(61, 400);
    event.homes_damaged = random.Between(12, 900);
    event.sheltered = random.Between(8, 120) * 25;
    event.aid_millions = random.Between(2, 90);
    event.bridge_built = random.Between(1850, 1975);
    do {
      event.bridge = MadeUpWord(random, 2, kPlaceEndings);
    } while (!places.insert(event.bridge).second);
    event.bridge = absl::StrCat("the ", event.bridge, " bridge");
    event.national_deaths = event.deaths + random.Between(20, 300);
    event.official = new_person(random.Pick(std::vector<std::string>{
        "Interior Minister", "Health Minister", "Governor", "Commissioner"}));
    event.local = new_person("Mayor");
    event.responder = new_person(random.Pick(std::vector<std::string>{
        "Fire Chief", "Police Chief", "rescue coordinator", "Harbour Master"}));
    const int outlet_count = std::min(random.Between(3, 6), options_.articles - written);
    std::set<std::string> outlets;
    while (static_cast<int>(outlets.size()) < outlet_count) {
      outlets.insert(absl::StrCat(random.Pick(kOutletWords), " ", random.Pick(kOutletNouns)));
    }
    for (const std::string& outlet : outlets) {
      event.outlets.push_back(outlet);
      event.article_day.push_back(random.Between(1, 2));
    }
    // A disagreement needs the other outlets to agree among themselves.
    if (outlet_count >= 3) {
      if (random.Chance(options_.name_variant_rate)) {
        event.name_outlet = random.Below(outlet_count);
        event.name_of_local = random.Chance(0.5);
      }
      if (random.Chance(options_.figure_conflict_rate)) {
        if (random.Chance(0.5)) {
          event.deaths_outlet = random.Below(outlet_count);
          event.deaths_other = event.deaths + random.Between(3, 9);
          // Published no later than any other: a higher toll a day after
          // the others' would be an update of theirs, not a disagreement.
          int& day = event.article_day[event.deaths_outlet];
          day = *std::min_element(event.article_day.begin(), event.article_day.end());
        } else {
          event.population_outlet = random.Below(outlet_count);
          // A round figure allows up to 5% either side ("90,000" is 85,500 to
          // 94,500), so the other figure lies 12% or more above: a
          // disagreement however either is read, not a rounding.
          const int beyond_rounding = (event.population * 12 / 100 + 499) / 500 * 500;
          event.population_other =
              event.population + beyond_rounding + random.Between(0, 36) * 500;
        }
      }
      if (random.Chance(options_.date_conflict_rate)) {
        event.meeting_outlet = random.Below(outlet_count);
        event.meeting_other_day = 0;  // the event's own day, not the day after
      }
    }

    // Who states what, for the labels.
    std::map<std::string, std::vector<std::string>> local_names, responder_names;
    std::map<std::string, std::vector<std::string>> deaths, population, meeting;
    for (int o = 0; o < outlet_count; ++o) {
      const std::string slug =
          absl::StrReplaceAll(absl::AsciiStrToLower(event.outlets[o]), {{" ", "-"}});
      GeneratedArticle article;
      article.id = absl::StrCat(event.id, "/", slug, ".txt");
      article.outlet = absl::StrCat(slug, ".example");
      const PartialDate published = DayAt(event.date_offset + event.article_day[o]);
      article.date = Iso(published);
      const bool other_name = o == event.name_outlet;
      const std::string local = event.local.Name(other_name && event.name_of_local);
      const std::string responder = event.responder.Name(other_name && !event.name_of_local);
      const int deaths_here = o == event.deaths_outlet ? event.deaths_other : event.deaths;
      const int population_here =
          o == event.population_outlet ? event.population_other : event.population;
      const int meeting_day = o == event.meeting_outlet ? event.meeting_other_day : 1;
      const PartialDate meeting_date = DayAt(event.date_offset + meeting_day);
      // Under a dateline, a past weekday is told by name; else by date.
      const int days_before = event.article_day[o] - meeting_day;
      const std::string meeting_when =
          days_before >= 1 && random.Chance(0.5) ? Weekday(meeting_date) : MonthDay(meeting_date);

      const Kind& kind = *event.kind;
      std::vector<std::string> paragraphs;
      paragraphs.push_back(random.Pick(std::vector<std::string>{
          absl::StrCat(kind.headline, " hits ", event.place),
          absl::StrCat(event.place, " counts the cost of the ", kind.noun),
          absl::StrCat("Rescuers search ", event.place, " after ", kind.noun),
          absl::StrCat(kind.headline, " in ", event.place, ": what we know")}));
      paragraphs.push_back(absl::StrCat(
          "A ", kind.noun, " ", kind.verb, " ", event.place, " on ", Weekday(event.date),
          ", killing ", deaths_here, " people and injuring ", event.injured, ", officials said."));
      deaths[absl::StrCat(deaths_here)].push_back(article.id);
      std::vector<std::string> body;
      body.push_back(random.Pick(std::vector<std::string>{
          absl::StrCat(event.place, ", a town of ", Thousands(population_here),
                       " people, lies in a wide valley."),
          absl::StrCat(event.place, " is home to ", Thousands(population_here), " people.")}));
      population[Thousands(population_here)].push_back(article.id);
      body.push_back(absl::StrCat(event.official.title, " ", event.official.Name(false), " met ",
                                  event.local.title, " ", local, " in ", event.place, " on ",
                                  meeting_when, " to discuss emergency housing."));
      meeting[Iso(meeting_date)].push_back(article.id);
      local_names[local].push_back(article.id);
      body.push_back(absl::StrCat(Capitalised(event.responder.title), " ", responder,
                                  " said teams were still searching damaged homes."));
      responder_names[responder].push_back(article.id);
      const std::string responder_surname = responder.substr(responder.rfind(' ') + 1);
      body.push_back(
          absl::StrCat(responder_surname, " asked residents to stay away from damaged buildings."));
      const std::string local_surname = local.substr(local.rfind(' ') + 1);
      body.push_back(absl::StrCat(local_surname, " said the town would need weeks to recover."));
      for (const std::string& detail : kind.details) {
        if (random.Chance(0.6)) body.push_back(detail);
      }
      random.Shuffle(body.begin() + 2, body.end());
      for (std::string& sentence : body) paragraphs.push_back(std::move(sentence));
      const int filler_paragraphs = random.Between(6, 12);
      for (int p = 0; p < filler_paragraphs; ++p) {
        std::string paragraph;
        const int sentences = random.Between(2, 4);
        for (int s = 0; s < sentences; ++s) {
          absl::StrAppend(&paragraph, s > 0 ? " " : "", FillerSentence(random, event));
        }
        paragraphs.push_back(std::move(paragraph));
      }
      // Page furniture.
      paragraphs.push_back(random.Pick(std::vector<std::string>{
          "Share this article", "Advertisement", "Subscribe to our newsletter for daily updates",
          absl::StrCat("Read more: ", kind.headline, " warnings issued for the coast")}));
      paragraphs.push_back(absl::StrCat("#", event.place, " #", kind.headline));
      paragraphs.push_back(absl::StrCat(
          1577836800 + 86400LL * (event.date_offset + event.article_day[o]) + random.Below(86400)));
      article.body = absl::StrJoin(paragraphs, "\n\n") + "\n";
      if (std::any_of(
              kTypographicOutletNouns.begin(), kTypographicOutletNouns.end(),
              [&](const std::string& noun) { return absl::EndsWith(event.outlets[o], noun); })) {
        article.body = Typographic(article.body);
      }
      article.text =
          absl::StrCat("date ", article.date, "\noutlet ", article.outlet, "\n\n", article.body);
      write(article);
      ++written;
    }

    // What a correct checker reports on this event.
    auto must_report = [&](const char* kind, const std::string& what,
                           const std::map<std::string, std::vector<std::string>>& groups) {
      if (groups.size() < 2) return;
      LabeledCorpus::MustReport* found = planted.add_must_report();
      found->set_id(absl::StrCat(event.id, "-", what));
      found->set_kind(kind);
      found->set_why(absl::StrCat("Planted: ", what, " in ", event.id, "."));
      for (const auto& [value, documents] : groups) {
        LabeledCorpus::Group* group = found->add_groups();
        group->set_match(value);
        for (const std::string& document : documents) group->add_documents(document);
      }
    };
    must_report("NAME_SPELLING", "mayor-name", local_names);
    must_report("NAME_SPELLING", "responder-name", responder_names);
    must_report("QUANTITY", "deaths", deaths);
    must_report("QUANTITY", "population", population);
    must_report("DATE", "meeting-date", meeting);
  }
  planted.set_max_discrepancies_at_warning_or_above(planted.must_report_size());
  planted.set_note(absl::StrCat("Generated by bench/make_corpus: ", written, " articles, seed ",
                                options_.seed, "."));
  return planted;
}

std::string JsonLine(const GeneratedArticle& article) {
  ArticleRecord record;
  record.set_id(article.id);
  record.set_date(article.date);
  record.set_outlet(article.outlet);
  record.set_text(article.body);
  std::string line;
  // Every field is a string; printing cannot fail.
  (void)google::protobuf::util::MessageToJsonString(record, &line);
  return line;
}

}  // namespace factcheck
