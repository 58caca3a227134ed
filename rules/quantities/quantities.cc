#include "rules/quantities/quantities.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "checker/corpus/utf8.h"
#include "rules/ascii_words.h"
#include "rules/clause.h"
#include "rules/dates/dates.h"
#include "rules/evidence.h"
#include "rules/names/names.h"
#include "rules/places/places.h"
#include "rules/regex.h"
#include "rules/word_list.h"

namespace factcheck {

// Counts below this, written without approximation, are exact: "12 people".
constexpr double kExactBelow = 100;
// A rounded figure allows at most this share of its value either side, so
// "100,000" is not read as anything from 50,000 to 150,000.
constexpr double kMaxRoundingShare = 0.05;
// "Nearly X" allows values down to this share of X.
constexpr double kNearlyShare = 0.9;
// A share written as a word ("half") allows this many points either side.
constexpr double kFractionPoints = 2.5;
// A date this many days or more from the dateline is another time.
constexpr int kOtherTimeDays = 7;

namespace quantities_internal {

struct Frame {
  std::string attribute;
  std::string unit;
  bool qualify_by_counted = false;
  std::unique_ptr<RE2> unless;
  int person_before = 0;  // QuantityLexicon::Frame::person_before
  // Every match is about a person, who must be one the names module found:
  // the frame cannot make a claim in a sentence that names no one.
  bool needs_person = false;
  bool at_one_time = false;         // QuantityLexicon::Frame::at_one_time
  bool changes_over_time = false;   // QuantityLexicon::Frame::changes_over_time
  bool grows = false;               // QuantityLexicon::Frame::grows
  bool revised_either_way = false;  // QuantityLexicon::Frame::revised_either_way
  double max_value = 0;             // QuantityLexicon::Frame::max_value; 0: none
  // Capture group indices; 0 when the frame has no such slot.
  int figure = 0, counted = 0, place = 0, anaphor = 0, person = 0, reference = 0;
};

struct Unit {
  std::string unit;
  double factor = 1;
};

struct Index {
  std::vector<Frame> frames;
  PatternSet frame_patterns;  // frames[i]'s pattern has id i
  // Any number or share: a sentence without one matches no frame.
  std::unique_ptr<RE2> any_figure;
  // What any_figure needs one of (a digit, a number or fraction word), for a
  // quicker first look where it answers.
  std::unique_ptr<AsciiWords> figure_words;
  std::unique_ptr<RE2> figure;    // approximator, currency, number, number, scale, unit
  std::unique_ptr<RE2> digits;    // a number in digits alone: "12", "1,200", "3.5"
  std::unique_ptr<RE2> fraction;  // approximator, fraction word
  absl::flat_hash_map<std::string, QuantityLexicon::Bound> approximators;
  absl::flat_hash_map<std::string, double> number_words;
  absl::flat_hash_map<std::string, double> scales;
  absl::flat_hash_map<std::string, double> fractions;
  absl::flat_hash_map<std::string, Unit> units;
  // The units some unit word is written in ("km", "ha"): a figure must
  // write one of them to be in it, where a bare figure may be a "magnitude".
  absl::flat_hash_set<std::string> written_units;
  absl::flat_hash_set<std::string> total_nouns;
  absl::flat_hash_set<std::string> not_modifiers;  // lower case
  // What sets a whole sentence past the story's event: any of the
  // lexicon's wider_scope phrases or one_of_several patterns. What sets a
  // text at another time without a date: any of its another_time phrases.
  // Each null when the lexicon lists none (CompileMarkers).
  std::unique_ptr<RE2> other_event;
  std::unique_ptr<RE2> another_time;
  std::shared_ptr<const PlacesModule> places;  // which names are places, and their keys
};

}  // namespace quantities_internal

namespace {

using quantities_internal::Frame;
using quantities_internal::Index;
using quantities_internal::Unit;

template <typename Map>
std::vector<std::string> Keys(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

// A number written in digits, with or without thousands separators.
constexpr absl::string_view kDigits = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

// The lexicon's parts, each as a frame names it and as written: "{KILLED}",
// "(?:killed|shot\\s+dead|...)".
using Parts = std::vector<std::pair<std::string, std::string>>;

// The regular-expression pieces figures and frames are written with.
struct Pieces {
  std::string approximator, number, scale, before_unit, after_unit, fraction, counted, place_noun;
  Parts parts;
};

// The slots a frame's pattern may hold, which CompileFrame fills in.
constexpr absl::string_view kSlots[] = {"FIGURE",  "PEOPLE", "PLACE",
                                        "ANAPHOR", "PERSON", "REFERENCE"};

bool IsSlot(absl::string_view name) {
  return std::find(std::begin(kSlots), std::end(kSlots), name) != std::end(kSlots);
}

// The lexicon's parts, or why one is not a part.
absl::StatusOr<Parts> LexiconParts(const QuantityLexicon& lexicon) {
  static const RE2* const kPartName = new RE2("[A-Z][A-Z_]*");
  Parts parts;
  for (const QuantityLexicon::Part& part : lexicon.part()) {
    const auto error = [&part](absl::string_view why) {
      return absl::InvalidArgumentError(absl::StrCat("quantity part {", part.name(), "}: ", why));
    };
    std::string named = absl::StrCat("{", part.name(), "}");
    if (!RE2::FullMatch(part.name(), *kPartName) || IsSlot(part.name())) {
      return error("a name is capital letters and underscores, and no slot's");
    }
    if (std::any_of(parts.begin(), parts.end(),
                    [&](const auto& other) { return other.first == named; })) {
      return error("named twice");
    }
    if (absl::Status compiled = CompilePattern(part.pattern()).status(); !compiled.ok()) {
      return error(compiled.message());
    }
    parts.emplace_back(std::move(named), part.pattern());
  }
  return parts;
}

// `pattern` with the parts it names written out, or why it names one that
// is neither a part nor a slot.
absl::StatusOr<std::string> WithParts(absl::string_view pattern, const Parts& parts) {
  std::string written = absl::StrReplaceAll(pattern, parts);
  static const RE2* const kNamed = new RE2("\\{([A-Z_]+)\\}");
  re2::StringPiece rest = ToPiece(written);
  std::string name;
  while (RE2::FindAndConsume(&rest, *kNamed, &name)) {
    if (!IsSlot(name)) {
      return absl::InvalidArgumentError(absl::StrCat("no part is named {", name, "}"));
    }
  }
  return written;
}

Pieces MakePieces(const Index& index, const QuantityLexicon& lexicon) {
  Pieces pieces;
  pieces.approximator = WordAlternation(Keys(index.approximators));
  std::vector<std::string> tens, units;
  for (const auto& [word, value] : index.number_words) {
    if (value >= 20 && value < 100) tens.push_back(word);
    if (value >= 1 && value < 10) units.push_back(word);
  }
  pieces.number =
      absl::StrCat("(?:", kDigits, "|", WordAlternation(tens), "-", WordAlternation(units), "|",
                   WordAlternation(Keys(index.number_words)), ")(?:\\s+and\\s+a\\s+half)?");
  std::vector<std::string> spaced, attached;
  for (const auto& [word, value] : index.scales) {
    (word.size() <= 2 ? attached : spaced).push_back(word);
  }
  pieces.scale =
      absl::StrCat("(?:\\s", WordAlternation(spaced), "|", WordAlternation(attached), ")\\b");
  std::vector<std::string> before, after;
  for (const QuantityLexicon::Unit& unit : lexicon.unit()) {
    (unit.before() ? before : after).push_back(unit.word());
  }
  pieces.before_unit = WordAlternation(before);
  // Unit words end at a word boundary; "%" has none to end at.
  std::vector<std::string> after_words;
  for (const std::string& word : after) {
    if (word != "%") after_words.push_back(word);
  }
  pieces.after_unit = absl::StrCat("(?:", WordAlternation(after_words), "\\b|%)");
  pieces.fraction = WordAlternation(Keys(index.fractions));
  const absl::flat_hash_set<std::string> counted = WordSet(lexicon.counted_noun());
  pieces.counted = WordAlternation({counted.begin(), counted.end()});
  pieces.place_noun = WordAlternation(index.places->PlaceNouns());
  return pieces;
}

// A figure inside a frame: approximator, currency, number (or a range of
// two), scale, unit; or a share written as a word. Its approximator and
// numbers start words: "over 40" is no figure inside "takeover", nor "345"
// inside "12345". Nor does a frame's DFA follow a figure begun at every
// letter and digit, which on real news made it build many more states.
std::string FigurePattern(const Pieces& pieces) {
  const std::string number = absl::StrCat("(?:", pieces.before_unit, "\\s?)?\\b", pieces.number);
  return absl::StrCat("(?:\\b", pieces.approximator, "\\s+)?(?:", number,
                      "(?:\\s*(?:-|\xE2\x80\x93|to|and)\\s*", number, ")?(?:", pieces.scale,
                      ")?(?:\\s?", pieces.after_unit, ")?|\\b", pieces.fraction, "\\b)");
}

// A capitalised name of up to `max_words` words, case-sensitive inside a
// case-insensitive pattern. `characters` are those a word may hold.
std::string NamePattern(absl::string_view group, int max_words, absl::string_view characters) {
  return absl::StrCat("(?-i:(?P<", group, ">\\p{Lu}[", characters, "]*(?:\\s+\\p{Lu}[", characters,
                      "]*){0,", max_words - 1, "}))");
}

// Places are letters and hyphens ("Bandar Abbas", "Tel Aviv-Yafo"); people
// also have apostrophes and initials ("O'Brien", "John F. Kennedy").
constexpr absl::string_view kPlaceCharacters = "\\pL-";
constexpr absl::string_view kPersonCharacters = "\\pL'\xE2\x80\x99.-";

// Whether every match of a frame's `pattern` (its slots not yet filled)
// fills `slot`: the slot stands outside every group and alternative, and
// no quantifier follows it. Where in doubt, false.
bool FillsSlotAlways(absl::string_view pattern, absl::string_view slot) {
  bool fills = false;
  int depth = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    switch (pattern[i]) {
      case '\\':
        ++i;  // an escaped character
        break;
      case '[': {
        // A class ends at the first "]" that is not its first member.
        size_t end = i + 1;
        if (end < pattern.size() && pattern[end] == '^') ++end;
        if (end < pattern.size() && pattern[end] == ']') ++end;
        while (end < pattern.size() && pattern[end] != ']') end += pattern[end] == '\\' ? 2 : 1;
        i = end;
        break;
      }
      case '(':
        ++depth;
        break;
      case ')':
        --depth;
        break;
      case '|':
        if (depth == 0) return false;
        break;
      default:
        if (depth == 0 && absl::StartsWith(pattern.substr(i), slot)) {
          const size_t after = i + slot.size();
          const bool quantified =
              after < pattern.size() &&
              absl::string_view("?*{").find(pattern[after]) != absl::string_view::npos;
          fills = fills || !quantified;
          i = after - 1;
        }
    }
  }
  return fills;
}

// Compiles `frame` into `patterns`, with the next id.
absl::StatusOr<Frame> CompileFrame(const QuantityLexicon::Frame& frame, const Pieces& pieces,
                                   PatternSet* patterns) {
  const std::string figure = absl::StrCat("(?P<figure>", FigurePattern(pieces), ")");
  const std::string people =
      absl::StrCat(figure, "\\s+(?P<counted>(?:[\\pL-]+\\s+){0,2}?(?:", pieces.counted,
                   "|(?-i:\\p{Lu}\\p{Ll}+s)))\\b");
  // "the Tamar camp" is the place Tamar; "the southern city" refers back.
  const std::string place =
      absl::StrCat("(?:(?-i:[Tt]he)\\s+)?", NamePattern("place", 3, kPlaceCharacters), "(?:\\s+",
                   pieces.place_noun, "\\b)?");
  const std::string anaphor =
      absl::StrCat("(?P<anaphor>\\b(?:the|this|that)\\s+(?:(?-i:\\p{Ll}[\\pL-]*)\\s+)?",
                   pieces.place_noun, ")\\b");
  auto error = [&frame](absl::string_view message) {
    return absl::InvalidArgumentError(
        absl::StrCat("quantity frame for \"", frame.attribute(), "\": ", message));
  };
  const absl::StatusOr<std::string> with_parts = WithParts(frame.pattern(), pieces.parts);
  if (!with_parts.ok()) return error(with_parts.status().message());
  const absl::StatusOr<std::string> unless = WithParts(frame.unless(), pieces.parts);
  if (!unless.ok()) return error(unless.status().message());
  // Each slot is a named group, which a pattern holds once; {PEOPLE} holds
  // the figure.
  const auto times = [written = absl::string_view(*with_parts)](absl::string_view slot) {
    int found = 0;
    for (size_t at = written.find(slot); at != absl::string_view::npos;
         at = written.find(slot, at + 1)) {
      ++found;
    }
    return found;
  };
  for (absl::string_view slot : kSlots) {
    const std::string named = absl::StrCat("{", slot, "}");
    if (times(named) > 1) return error(absl::StrCat("names ", named, " twice"));
  }
  if (times("{FIGURE}") + times("{PEOPLE}") > 1) return error("has a {FIGURE} and a {PEOPLE}");
  const std::string pattern = absl::StrReplaceAll(
      *with_parts, {{"{FIGURE}", figure},
                    {"{PEOPLE}", people},
                    {"{PLACE}", place},
                    {"{ANAPHOR}", anaphor},
                    {"{PERSON}", NamePattern("person", 5, kPersonCharacters)},
                    {"{REFERENCE}", NamePattern("reference", 3, kPlaceCharacters)},
                    {"PLACE_NOUN", pieces.place_noun}});
  const std::string case_folded = absl::StrCat("(?i:", pattern, ")");
  if (absl::Status added = patterns->Add(case_folded); !added.ok()) {
    // Told as written: with its slots filled in, a frame runs to thousands
    // of characters, and the writer's mistake is lost in them. A mistake of
    // the frame's own shows with each slot read as its name.
    std::string slots_as_names = *with_parts;
    RE2::GlobalReplace(&slots_as_names, "\\{([A-Z]+)\\}", "\\1");
    const RE2 written(slots_as_names, PatternOptions(/*case_sensitive=*/true));
    const std::string why =
        !written.ok() ? written.error() : RE2(case_folded, PatternOptions(true)).error();
    return error(absl::StrCat("invalid pattern /", frame.pattern(), "/: ", why));
  }
  Frame compiled;
  compiled.attribute = frame.attribute();
  compiled.unit = frame.unit();
  compiled.qualify_by_counted = frame.qualify_by_counted();
  if (!unless->empty()) {
    absl::StatusOr<std::unique_ptr<RE2>> unless_pattern = CompilePattern(*unless, false);
    if (!unless_pattern.ok()) return error(unless_pattern.status().message());
    compiled.unless = *std::move(unless_pattern);
  }
  const std::map<std::string, int>& groups =
      patterns->pattern(patterns->size() - 1).NamedCapturingGroups();
  auto group = [&groups](const char* name) {
    const auto found = groups.find(name);
    return found == groups.end() ? 0 : found->second;
  };
  compiled.person_before = frame.person_before();
  compiled.at_one_time = frame.at_one_time();
  compiled.changes_over_time = frame.changes_over_time();
  compiled.grows = frame.grows();
  compiled.revised_either_way = frame.revised_either_way();
  compiled.max_value = frame.max_value();
  compiled.needs_person = frame.person_before() > 0 || FillsSlotAlways(frame.pattern(), "{PERSON}");
  compiled.figure = group("figure");
  compiled.counted = group("counted");
  compiled.place = group("place");
  compiled.anaphor = group("anaphor");
  compiled.person = group("person");
  compiled.reference = group("reference");
  if (compiled.figure == 0) return error("needs a {FIGURE} or {PEOPLE}");
  if (compiled.person_before > 0 && compiled.person != 0) {
    return error("has a {PERSON} and a person_before: one person at most");
  }
  return compiled;
}

double ParseNumber(const Index& index, absl::string_view text, int* decimals, int* trailing_zeros) {
  *decimals = 0;
  *trailing_zeros = 0;
  std::string lower = LowerAsLexiconWord(text);
  double half = 0;
  if (absl::EndsWith(lower, "and a half")) {
    half = 0.5;
    *decimals = 1;  // "one and a half million" is as precise as "1.5 million"
    lower = std::string(absl::StripTrailingAsciiWhitespace(
        absl::string_view(lower).substr(0, lower.size() - std::string("and a half").size())));
  }
  if (const auto word = index.number_words.find(lower); word != index.number_words.end()) {
    return word->second + half;
  }
  if (half != 0) *decimals = 0;  // digits: their own decimals count
  if (const size_t hyphen = lower.find('-'); hyphen != std::string::npos) {
    const auto tens = index.number_words.find(lower.substr(0, hyphen));
    const auto units = index.number_words.find(lower.substr(hyphen + 1));
    if (tens != index.number_words.end() && units != index.number_words.end()) {
      return tens->second + units->second + half;
    }
    return NAN;
  }
  const std::string digits = absl::StrReplaceAll(lower, {{",", ""}});
  const size_t point = digits.find('.');
  if (point != std::string::npos) {
    *decimals = static_cast<int>(digits.size() - point - 1);
  } else {
    for (auto c = digits.rbegin(); c != digits.rend() - 1 && *c == '0'; ++c) ++*trailing_zeros;
  }
  double value = 0;
  return absl::SimpleAtod(digits, &value) ? value + half : NAN;
}

void SetBounds(std::optional<double> low, bool low_inclusive, std::optional<double> high,
               bool high_inclusive, Quantity* quantity) {
  quantity->clear_low();
  quantity->clear_high();
  if (low) quantity->set_low(*low);
  if (high) quantity->set_high(*high);
  quantity->set_low_inclusive(low_inclusive);
  quantity->set_high_inclusive(high_inclusive);
}

// The interval a figure allows, given how it is bounded; `half` is how far a
// rounded figure may lie from its value, zero for an exact one.
void Bound(QuantityLexicon::Bound bound, double value, double half, Quantity* quantity) {
  switch (bound) {
    case QuantityLexicon::ABOVE:
      SetBounds(value, false, std::nullopt, false, quantity);
      break;
    case QuantityLexicon::AT_LEAST:
      SetBounds(value, true, std::nullopt, false, quantity);
      break;
    case QuantityLexicon::BELOW:
      SetBounds(0, true, value, false, quantity);
      break;
    case QuantityLexicon::AT_MOST:
      SetBounds(0, true, value, true, quantity);
      break;
    case QuantityLexicon::NEARLY:
      SetBounds(value * kNearlyShare, true, value, false, quantity);
      break;
    default:
      if (half == 0) {
        SetBounds(value, true, value, true, quantity);
      } else {
        SetBounds(value - half, true, value + half, false, quantity);
      }
  }
}

void Scale(double factor, Quantity* quantity) {
  quantity->set_value(quantity->value() * factor);
  if (quantity->has_low()) quantity->set_low(quantity->low() * factor);
  if (quantity->has_high()) quantity->set_high(quantity->high() * factor);
}

// Whether a date lies at another time than the dateline: a year other than
// the dateline's, or days a week or more away from it ("31 December" in an
// article of 1 January is the day before, not another year).
bool IsOtherTime(const PartialDate& date, const PartialDate& dateline) {
  if (date.month() == 0) return date.year() != 0 && date.year() != dateline.year();
  const int year = date.year() != 0 ? date.year() : dateline.year();
  const int first_day = date.day() != 0 ? date.day() : 1;
  const int last_month = IsRange(date) ? date.through_month() : date.month();
  // A range from December into January ends in the next year.
  const int last_year = last_month < date.month() ? year + 1 : year;
  const int last_day = IsRange(date)     ? date.through_day()
                       : date.day() != 0 ? date.day()
                                         : DaysInMonth(year, date.month());
  const absl::CivilDay anchor(dateline.year(), dateline.month(), dateline.day());
  const absl::CivilDay first(year, date.month(), first_day);
  const absl::CivilDay last(last_year, last_month, last_day);
  return last < anchor - kOtherTimeDays || first > anchor + kOtherTimeDays;
}

bool MentionsOtherTime(absl::string_view text, const PartialDate& dateline,
                       NumericDateOrder order) {
  for (const DateMention& mention : FindDates(text, dateline, order)) {
    if (IsOtherTime(mention.date, dateline)) return true;
  }
  return false;
}

// A sentence that continues the one before it: "It killed 612 people",
// "Five people died in the quake and following aftershocks".
bool ContinuesPreviousSentence(absl::string_view text) {
  static const RE2* opener = new RE2("^(?:It|They|This|That|These|Those|He|She)\\b");
  static const RE2* back_reference = new RE2(
      "(?i)\\b(?:the|that|this)\\s+(?:quake|earthquake|temblor|tremor|attack|blast|storm|fire|"
      "crash|flood|tsunami|disaster)\\b");
  return RE2::PartialMatch(ToPiece(text), *opener) ||
         RE2::PartialMatch(ToPiece(text), *back_reference);
}

// Whether a counted phrase ("seven before police") has one of `not_modifiers`
// among the words before its noun, which then counts something else.
bool HasWordBeforeItsNoun(absl::string_view counted,
                          const absl::flat_hash_set<std::string>& not_modifiers) {
  std::vector<absl::string_view> words =
      absl::StrSplit(counted, absl::ByAnyChar(" \t\n\v\f\r"), absl::SkipEmpty());
  if (!words.empty()) words.pop_back();
  return std::any_of(words.begin(), words.end(), [&](absl::string_view word) {
    return not_modifiers.contains(absl::AsciiStrToLower(word));
  });
}

// Whether the figure at `begin` is the end of something written before it:
// a word ("A380") or a number written another way ("3,5 million", with a
// decimal comma, is not 5 million).
bool EndsOtherText(absl::string_view text, int begin) {
  if (begin == 0) return false;
  const char before = text[begin - 1];
  return absl::ascii_isalnum(before) ||
         ((before == ',' || before == '.') && begin > 1 && absl::ascii_isdigit(text[begin - 2]));
}

// Whether it is known who `person` is: a full name, or a short form known
// to be someone's ("Mr Smith" alone is no one a figure can be about).
bool IsKnown(const PersonMention& person) { return person.full() || !person.refers_to.empty(); }

// Of `people` (a sentence's), the known person named at bytes [begin, end).
const PersonMention* PersonAt(absl::Span<const PersonMention> people, int begin, int end) {
  for (const PersonMention& person : people) {
    if (IsKnown(person) && person.begin < end && begin < person.end) return &person;
  }
  return nullptr;
}

// Of `people` (those of sentence `text`), the nearest known person ending
// at most `max_gap` bytes before byte `at`, with no "." or ";" between.
// None when a comma or a bracket sets that person off from `at` and another
// named before may be the one meant: in "Anna Lindqvist, who taught the painter
// Tomas Ekberg, died aged 85" either may have died.
const PersonMention* PersonBefore(absl::Span<const PersonMention> people, absl::string_view text,
                                  int at, int max_gap) {
  const auto in_clause = [&](const PersonMention& person) {
    return IsKnown(person) && person.end <= at &&
           text.substr(person.end, at - person.end).find_first_of(".;") == absl::string_view::npos;
  };
  const PersonMention* nearest = nullptr;
  for (const PersonMention& person : people) {
    if (in_clause(person) && at - person.end <= max_gap &&
        (nearest == nullptr || person.end > nearest->end)) {
      nearest = &person;
    }
  }
  if (nearest == nullptr || text.substr(nearest->end, at - nearest->end).find_first_of(",()") ==
                                absl::string_view::npos) {
    return nearest;
  }
  const bool another = std::any_of(people.begin(), people.end(), [&](const PersonMention& person) {
    return in_clause(person) && person.end <= nearest->begin &&
           person.full_name() != nearest->full_name();
  });
  return another ? nullptr : nearest;
}

// Whether the figure at `begin` adds to an earlier count: "another four
// people died", "a further 20 were hurt".
bool AddsToAnotherCount(absl::string_view text, int begin) {
  static const RE2* additive =
      new RE2("(?i)\\b(?:another|a further|an additional|additional)\\s+$");
  return RE2::PartialMatch(ToPiece(text.substr(0, begin)), *additive);
}

// The places named by the phrase a sentence opens with, "In ...,", when a
// figure at byte `begin` comes after it: "In the neighbouring Dalvik
// district, ten people were killed" counts Dalvik's dead, not the story's.
// The phrase ends at the last comma before the figure, so that all of "In
// Dalvik, Orla and Kessra, 30 died" is read. `places` are the sentence's.
absl::Span<const PlaceMention> PlacesOpening(absl::string_view text,
                                             absl::Span<const PlaceMention> places, int begin) {
  if (!absl::StartsWithIgnoreCase(text, "in ")) return {};
  const size_t comma = text.substr(0, begin).rfind(',');
  if (comma == absl::string_view::npos) return {};
  const auto end = std::find_if(places.begin(), places.end(), [comma](const PlaceMention& place) {
    return place.end > static_cast<int>(comma);
  });
  return places.subspan(0, end - places.begin());
}

}  // namespace

std::string FormatFigure(double value) {
  if (std::fabs(value) >= 1e15) return absl::StrFormat("%.6g", value);
  if (value != std::floor(value)) {
    // Two decimals at most: a converted 6 miles is 9.66 km, not 9.656064.
    std::string text = absl::StrFormat("%.2f", value);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    const size_t point = text.find('.');
    return absl::StrCat(FormatFigure(std::trunc(value)),
                        text.substr(point == std::string::npos ? text.size() : point));
  }
  std::string digits = absl::StrFormat("%.0f", std::fabs(value));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return value < 0 ? "-" + digits : digits;
}

std::string FormatInterval(const Quantity& quantity) {
  const std::string unit = quantity.unit().empty() || quantity.unit() == "magnitude"
                               ? ""
                               : absl::StrCat(quantity.unit() == "%" ? "" : " ", quantity.unit());
  if (quantity.has_low() && quantity.has_high() && quantity.low() == quantity.high()) {
    return absl::StrCat(FormatFigure(quantity.low()), unit);
  }
  return absl::StrCat(quantity.low_inclusive() ? "[" : "(",
                      quantity.has_low() ? FormatFigure(quantity.low()) : "-\xE2\x88\x9E", ", ",
                      quantity.has_high() ? FormatFigure(quantity.high()) : "\xE2\x88\x9E",
                      quantity.high_inclusive() ? "]" : ")", unit);
}

QuantitiesModule::QuantitiesModule(std::unique_ptr<const Index> index) : index_(std::move(index)) {}
QuantitiesModule::~QuantitiesModule() = default;

absl::StatusOr<std::unique_ptr<QuantitiesModule>> QuantitiesModule::Create(
    const QuantityLexicon& lexicon, std::shared_ptr<const PlacesModule> places) {
  auto index = std::make_unique<Index>();
  index->places = std::move(places);
  for (const QuantityLexicon::Approximator& approximator : lexicon.approximator()) {
    index->approximators[LowerAsLexiconWord(approximator.phrase())] = approximator.bound();
  }
  for (const QuantityLexicon::Word& word : lexicon.number_word()) {
    index->number_words[LowerAsLexiconWord(word.word())] = word.value();
  }
  for (const QuantityLexicon::Word& scale : lexicon.scale()) {
    index->scales[LowerAsLexiconWord(scale.word())] = scale.value();
  }
  for (const QuantityLexicon::Word& fraction : lexicon.fraction()) {
    index->fractions[LowerAsLexiconWord(fraction.word())] = fraction.value();
  }
  for (const QuantityLexicon::Unit& unit : lexicon.unit()) {
    index->units[LowerAsLexiconWord(unit.word())] = {unit.unit(), unit.factor()};
    index->written_units.insert(unit.unit());
  }
  index->total_nouns = WordSet(lexicon.total_noun());
  index->not_modifiers = WordSet(lexicon.not_a_modifier());
  absl::StatusOr<std::unique_ptr<RE2>> other_event =
      CompileMarkers({lexicon.wider_scope().begin(), lexicon.wider_scope().end()},
                     {lexicon.one_of_several().begin(), lexicon.one_of_several().end()});
  if (!other_event.ok()) return other_event.status();
  index->other_event = *std::move(other_event);
  absl::StatusOr<std::unique_ptr<RE2>> another_time =
      CompileMarkers({lexicon.another_time().begin(), lexicon.another_time().end()}, {});
  if (!another_time.ok()) return another_time.status();
  index->another_time = *std::move(another_time);
  Pieces pieces = MakePieces(*index, lexicon);
  absl::StatusOr<Parts> parts = LexiconParts(lexicon);
  if (!parts.ok()) return parts.status();
  pieces.parts = *std::move(parts);
  for (const QuantityLexicon::Frame& frame : lexicon.frame()) {
    absl::StatusOr<Frame> compiled = CompileFrame(frame, pieces, &index->frame_patterns);
    if (!compiled.ok()) return compiled.status();
    index->frames.push_back(*std::move(compiled));
  }
  if (absl::Status compiled = index->frame_patterns.Compile(); !compiled.ok()) return compiled;
  absl::StatusOr<std::unique_ptr<RE2>> any_figure =
      CompilePattern(absl::StrCat("(?i)", pieces.number, "|\\b", pieces.fraction, "\\b"));
  if (!any_figure.ok()) return any_figure.status();
  index->any_figure = *std::move(any_figure);
  std::vector<std::string> figure_words = Keys(index->number_words);
  for (const auto& [fraction, value] : index->fractions) figure_words.push_back(fraction);
  for (char digit = '0'; digit <= '9'; ++digit) figure_words.emplace_back(1, digit);
  index->figure_words = std::make_unique<AsciiWords>(figure_words);
  const std::string number = absl::StrCat("(", pieces.number, ")");
  absl::StatusOr<std::unique_ptr<RE2>> figure = CompilePattern(absl::StrCat(
      "(?i)(?:(", pieces.approximator, ")\\s+)?(?:(", pieces.before_unit, ")\\s?)?", number,
      "(?:\\s*(?:-|\xE2\x80\x93|to|and)\\s*(?:", pieces.before_unit, ")?", number, ")?", "(?:\\s?(",
      WordAlternation(Keys(index->scales)), "))?(?:\\s?(", pieces.after_unit, "))?"));
  if (!figure.ok()) return figure.status();
  absl::StatusOr<std::unique_ptr<RE2>> fraction = CompilePattern(
      absl::StrCat("(?i)(?:(", pieces.approximator, ")\\s+)?(", pieces.fraction, ")"));
  if (!fraction.ok()) return fraction.status();
  absl::StatusOr<std::unique_ptr<RE2>> digits = CompilePattern(kDigits);
  if (!digits.ok()) return digits.status();
  index->figure = *std::move(figure);
  index->digits = *std::move(digits);
  index->fraction = *std::move(fraction);
  return std::unique_ptr<QuantitiesModule>(new QuantitiesModule(std::move(index)));
}

std::optional<Quantity> QuantitiesModule::ReadFigure(absl::string_view figure,
                                                     absl::string_view unit) const {
  const Index& index = *index_;
  auto text = [](const re2::StringPiece& piece) {
    return LowerAsLexiconWord(absl::string_view(piece.data(), piece.size()));
  };
  re2::StringPiece approximator, before_unit, first, second, scale_word, after_unit;
  Quantity quantity;
  QuantityLexicon::Bound bound = QuantityLexicon::ROUNDED;
  re2::StringPiece fraction;
  if (RE2::FullMatch(ToPiece(figure), *index.digits)) {
    // Most figures are digits alone ("12", "1,200"): all number, as the
    // figure pattern would read them (no unit or scale word is a digit), at
    // a small part of the cost of its captures; nor are they a fraction.
    first = ToPiece(figure);
  } else if (RE2::FullMatch(ToPiece(figure), *index.fraction)) {
    // "nearly half": a share written as a word, in percent. Asked first
    // without its groups, which only a share in percent needs.
    if (unit != "%") return std::nullopt;
    RE2::FullMatch(ToPiece(figure), *index.fraction, &approximator, &fraction);
    if (const auto found = index.approximators.find(text(approximator));
        found != index.approximators.end()) {
      bound = found->second;
    }
    // A word the pattern matched in a case the lexicon's key does not fold
    // to (a user's word past ASCII) is no figure it knows.
    const auto found_fraction = index.fractions.find(text(fraction));
    if (found_fraction == index.fractions.end()) return std::nullopt;
    const double value = found_fraction->second;
    quantity.set_value(value);
    quantity.set_unit("%");
    quantity.set_approximation(text(approximator));
    Bound(bound, value, kFractionPoints, &quantity);
    return quantity;
  } else if (!RE2::FullMatch(ToPiece(figure), *index.figure, &approximator, &before_unit, &first,
                             &second, &scale_word, &after_unit)) {
    return std::nullopt;
  }
  double scale = 1;
  if (!scale_word.empty()) {
    const auto found = index.scales.find(text(scale_word));
    if (found == index.scales.end()) return std::nullopt;
    scale = found->second;
  }
  int decimals = 0, trailing_zeros = 0;
  const double value = ParseNumber(index, absl::string_view(first.data(), first.size()), &decimals,
                                   &trailing_zeros) *
                       scale;
  // Not a number, or more digits than a double holds: no figure a source gives.
  if (!std::isfinite(value)) return std::nullopt;
  const std::string phrase = text(approximator);
  if (const auto found = index.approximators.find(phrase); found != index.approximators.end()) {
    bound = found->second;
  }
  // The unit written, and what the frame wants.
  Unit written;
  const re2::StringPiece unit_word = !before_unit.empty() ? before_unit : after_unit;
  if (!unit_word.empty()) {
    const auto found = index.units.find(text(unit_word));
    if (found == index.units.end()) return std::nullopt;
    written = found->second;
  }
  if (unit == "currency") {
    if (written.unit != "USD" && written.unit != "EUR" && written.unit != "GBP")
      return std::nullopt;
  } else if (written.unit.empty() && !unit.empty() && !index.written_units.contains(unit)) {
    written.unit = std::string(unit);  // a bare figure measured in the frame's unit: "magnitude"
  } else if (written.unit != unit) {
    return std::nullopt;
  }
  quantity.set_value(value);
  quantity.set_unit(written.unit);
  quantity.set_approximation(phrase);
  const bool measurement = !written.unit.empty();
  if (!second.empty()) {
    // "between 10 and 12", "10-12 million": both ends, scale applied to each.
    int second_decimals = 0, second_zeros = 0;
    const double high = ParseNumber(index, absl::string_view(second.data(), second.size()),
                                    &second_decimals, &second_zeros) *
                        scale;
    if (!std::isfinite(high) || high <= value) return std::nullopt;
    SetBounds(value, true, high, true, &quantity);
  } else if (second.empty() && bound == QuantityLexicon::BETWEEN) {
    return std::nullopt;  // "from 10" is not a range
  } else {
    // The unit of the last digit written: "1.5 million" is in 100,000s,
    // "5,300" and "200bn" in their last non-zero digit, "12" in ones.
    const double digit =
        decimals > 0 ? std::pow(10.0, -decimals) * scale : std::pow(10.0, trailing_zeros) * scale;
    const double half = std::min(digit / 2, kMaxRoundingShare * value);
    const bool exact = !measurement && phrase.empty() && scale == 1 && decimals == 0 &&
                       (value < kExactBelow || trailing_zeros == 0);
    Bound(bound, value, exact ? 0 : half, &quantity);
  }
  Scale(written.factor, &quantity);
  return quantity;
}

void QuantitiesModule::Extract(const Document& document, const DocumentMentions& mentions,
                               std::vector<Claim>* claims) const {
  const Index& index = *index_;
  const std::vector<PersonMention>& people = mentions.people;
  const std::vector<PlaceMention>& places = mentions.places;
  // The level of place a mention is at, as its sentence or else its
  // document declares it: "Darvan province", "Darvan, a city".
  const auto level_of = [&](const PlaceMention& place) {
    return index.places->Level(place.kind.empty() ? place.kind_in_document : place.kind);
  };
  const NumericDateOrder order = document.numeric_date_order();
  const bool dated = IsCompleteDate(document.dateline());

  for (int sentence = 0; sentence < document.sentences_size(); ++sentence) {
    const absl::string_view text = SentenceText(document, sentence);
    const MeasuredText measured(text);
    // A text with none of the words any_figure needs has no figure; one with
    // a word may have none ("often"), and then no frame matches. Asked of
    // the sentence, and of its rest after each frame's match (where the
    // words answer for a sentence, they answer for any part of it).
    const bool words_answer = index.figure_words->Answers(measured);
    auto may_hold_figure = [&index, words_answer](absl::string_view part) {
      return words_answer ? index.figure_words->FindsAny(part)
                          : RE2::PartialMatch(ToPiece(part), *index.any_figure);
    };
    if (!may_hold_figure(text)) continue;
    const PatternText pattern_text(measured);
    // Story figures and those that hold at one time (Frame::at_one_time) in
    // a sentence about another time, a wider scope than the event ("across
    // the country") or one of several incidents ("a strike on a house") are
    // about other events: "the tsunami in 2004, killing 170,000 people in
    // Sumatra" is no toll of this week's quake there. A figure that changes
    // over time asks the same of its clause alone. Finding dates is dear,
    // and only those figures ask: the sentence's answer is found once, when
    // asked.
    std::optional<bool> other_event;
    auto is_at_another_time = [&](absl::string_view part) {
      return (index.another_time != nullptr &&
              RE2::PartialMatch(ToPiece(part), *index.another_time)) ||
             (dated && MentionsOtherTime(part, document.dateline(), order));
    };
    auto is_about_other_event = [&] {
      if (!other_event.has_value()) {
        other_event = (index.other_event != nullptr &&
                       RE2::PartialMatch(ToPiece(text), *index.other_event)) ||
                      is_at_another_time(text) ||
                      (sentence > 0 && ContinuesPreviousSentence(text) &&
                       is_at_another_time(SentenceText(document, sentence - 1)));
      }
      return *other_event;
    };
    std::vector<std::pair<int, int>> claimed;  // figure spans already read
    const size_t first_claim = claims->size();
    const absl::Span<const PersonMention> sentence_people = MentionsIn(people, sentence, sentence);
    const bool names_someone = std::any_of(sentence_people.begin(), sentence_people.end(), IsKnown);
    for (const int id : index.frame_patterns.Candidates(pattern_text)) {
      const Frame& frame = index.frames[id];
      if (frame.needs_person && !names_someone) continue;
      if (frame.unless != nullptr && RE2::PartialMatch(ToPiece(text), *frame.unless)) continue;
      // Whether a figure of a place, at bytes `span`, is left out as another
      // event's or another time's.
      auto place_figure_left_out = [&](std::pair<int, int> span) {
        return (frame.at_one_time && is_about_other_event()) ||
               (frame.changes_over_time &&
                is_at_another_time(ClauseAround(text, span.first, span.second)));
      };
      auto claim_match = [&](const Match& match) {
        // A pattern may leave its figure out ("killed(?: {FIGURE})?"): no claim.
        if (!match.matched(frame.figure)) return;
        const std::pair<int, int> span(match.begin(frame.figure), match.end(frame.figure));
        if (EndsOtherText(text, span.first)) return;
        if (std::find(claimed.begin(), claimed.end(), span) != claimed.end()) return;
        std::optional<Quantity> quantity = ReadFigure(match.group(frame.figure), frame.unit);
        if (!quantity || (frame.max_value > 0 && (quantity->value() > frame.max_value ||
                                                  quantity->high() > frame.max_value))) {
          return;
        }
        Claim claim;
        claim.set_attribute(frame.attribute);
        const bool has = frame.counted != 0 && match.matched(frame.counted);
        const absl::string_view counted = has ? match.group(frame.counted) : "";
        if (has && HasWordBeforeItsNoun(counted, index.not_modifiers)) return;
        if (has) quantity->set_counted(std::string(counted));
        quantity->set_grows(frame.grows);
        quantity->set_revised_either_way(frame.revised_either_way);
        const std::string counted_noun =
            absl::AsciiStrToLower(counted.substr(counted.find_last_of(' ') + 1));
        if (frame.qualify_by_counted && has && !index.total_nouns.contains(counted_noun)) {
          // "killed six children" is not the death toll.
          claim.set_attribute(absl::StrCat(frame.attribute, " (", counted_noun, ")"));
        }
        if (frame.reference != 0) {
          if (!index.places->IsPlaceName(match.group(frame.reference))) return;
          claim.set_attribute(absl::StrCat(frame.attribute, " ", match.group(frame.reference)));
        }
        // The person it is about must be one the names module found.
        const PersonMention* person = nullptr;
        if (frame.person != 0 && match.matched(frame.person)) {
          person = PersonAt(sentence_people, match.begin(frame.person), match.end(frame.person));
          if (person == nullptr) return;
        } else if (frame.person_before > 0) {
          person = PersonBefore(sentence_people, text, match.begin(0), frame.person_before);
          if (person == nullptr) return;
        }
        if (person != nullptr) {
          claim.set_subject_type(Claim::PERSON);
          claim.set_subject(person->full_name());
          claim.set_subject_key(NormalizeName(person->full_name()));
        } else if (frame.place != 0 && match.matched(frame.place)) {
          const absl::string_view place = match.group(frame.place);
          if (!index.places->IsPlaceName(place) || place_figure_left_out(span)) return;
          const std::string key = index.places->Key(place);
          claim.set_subject_type(Claim::PLACE);
          claim.set_subject(std::string(place));
          claim.set_subject_key(key);
          const absl::Span<const PlaceMention> in_sentence = MentionsIn(places, sentence, sentence);
          const auto named = std::find_if(in_sentence.begin(), in_sentence.end(),
                                          [&](const PlaceMention& mention) {
                                            return mention.begin < match.end(frame.place) &&
                                                   match.begin(frame.place) < mention.end;
                                          });
          if (named != in_sentence.end()) quantity->set_place_level(std::string(level_of(*named)));
        } else if (frame.anaphor != 0 && match.matched(frame.anaphor)) {
          const absl::string_view anaphor = match.group(frame.anaphor);
          const absl::string_view noun = anaphor.substr(anaphor.rfind(' ') + 1);
          const PlaceMention* place = PlacesModule::Antecedent(
              places, sentence, match.begin(frame.anaphor), absl::AsciiStrToLower(noun));
          if (place == nullptr || place_figure_left_out(span)) return;
          claim.set_subject_type(Claim::PLACE);
          claim.set_subject(place->name);
          claim.set_subject_key(place->key);
          quantity->set_place_level(std::string(index.places->Level(noun)));
        } else if (const absl::Span<const PlaceMention> opening =
                       PlacesOpening(text, MentionsIn(places, sentence, sentence), span.first);
                   !opening.empty()) {
          // One place's figure; a figure of several ("In Athens and
          // Patras, ...") is no one's.
          if (opening.size() > 1 || place_figure_left_out(span)) return;
          claim.set_subject_type(Claim::PLACE);
          claim.set_subject(opening.front().name);
          claim.set_subject_key(opening.front().key);
          quantity->set_place_level(std::string(level_of(opening.front())));
        } else {
          // The story's totals: not a count about another time or a wider
          // scope ("floods have killed 45 across the country"), nor one that
          // adds to another ("another four people died").
          if (is_about_other_event() || AddsToAnotherCount(text, span.first)) return;
          claim.set_subject_type(Claim::STORY);
        }
        claimed.push_back(span);
        const int highlight_end = has ? match.end(frame.counted) : span.second;
        claim.set_kind(Claim::QUANTITY);
        claim.set_value_text(std::string(match.group(frame.figure)));
        *claim.mutable_quantity() = *std::move(quantity);
        *claim.mutable_evidence() = MakeEvidence(document, sentence, span.first, highlight_end);
        claim.set_rule(absl::StrCat("quantities/", frame.attribute));
        claim.set_confidence(claim.subject_type() == Claim::STORY ? 0.7f : 0.9f);
        claims->push_back(std::move(claim));
      };
      // Every frame holds a figure: a rest with none holds no more matches.
      index.frame_patterns.ForEachMatch(id, pattern_text, claim_match, may_hold_figure);
    }
    // In the order the sentence gives them.
    std::stable_sort(claims->begin() + first_claim, claims->end(),
                     [](const Claim& a, const Claim& b) {
                       return a.evidence().highlight_begin() < b.evidence().highlight_begin();
                     });
  }
}

}  // namespace factcheck
