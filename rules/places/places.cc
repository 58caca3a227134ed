#include "rules/places/places.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/corpus/utf8.h"
#include "checker/text/title_case.h"
#include "rules/clause.h"
#include "rules/evidence.h"
#include "rules/names/names.h"
#include "rules/regex.h"
#include "rules/word_list.h"

namespace factcheck {

// "The city" looks this many sentences back for the place it refers to.
constexpr int kAntecedentSentences = 2;

namespace places_internal {

struct Index {
  PatternSet sentence_patterns;    // by SentencePattern, below
  std::unique_ptr<RE2> list_item;  // 1 name: ", Patras" or " and Heraklion" after a place
  absl::flat_hash_set<std::string> place_nouns;
  absl::flat_hash_set<std::string> generic_suffixes;
  absl::flat_hash_map<std::string, std::string> alias_keys;  // folded name -> key
  absl::flat_hash_set<std::string> not_a_place;
  absl::flat_hash_set<std::string> attribution;     // lower case: "according"
  absl::flat_hash_set<std::string> alone_no_place;  // as written: "Greek"
  absl::flat_hash_set<std::string> modifier_nouns;  // lower case: "magazine"
  absl::flat_hash_set<std::string> sources;         // folded: "associated press"
  absl::flat_hash_set<std::string> labels;          // dateline_label, lower case: "exclusive"
  absl::flat_hash_set<std::string> introducers;     // lower case: "in"
  absl::flat_hash_map<std::string, std::string> levels;  // kind -> its level's first kind
};

}  // namespace places_internal

namespace {

using places_internal::Index;

// The patterns run on each sentence, by their ids in Index::sentence_patterns,
// in the order they run: declared places first, as they say what kind of
// place it is.
enum SentencePattern {
  kDeclared,     // 1 name, 2 nouns: "Rafah, Gaza's most southern city"
  kNameNoun,     // 1 name, 2 noun: "Qeshm island"
  kNounOf,       // 1 noun, 2 name: "the city of Bam"
  kDirectionOf,  // 1 direction, 2 name: "north of Santa Rosa"
  kIntroduced,   // 1 introducer, 2 "the", 3 name: "in southern Iran"
};

// A capitalised name of one to four words: "Qeshm", "Bandar Abbas".
constexpr absl::string_view kName = "\\p{Lu}[\\pL-]*\\pL(?:\\s+\\p{Lu}[\\pL-]*\\pL){0,3}";

// The possessive ending, with a straight or a curly apostrophe.
constexpr absl::string_view kPossessives[] = {"'s", "\xE2\x80\x99s"};

// A place name as written, without a possessive: "Gaza's" -> "Gaza".
absl::string_view WithoutPossessive(absl::string_view name) {
  if (!absl::ConsumeSuffix(&name, kPossessives[0])) absl::ConsumeSuffix(&name, kPossessives[1]);
  return name;
}

// Whether `rest`, the text after a name, makes it a possessive: "'s centre".
bool BeginsWithPossessive(absl::string_view rest) {
  return std::any_of(
      std::begin(kPossessives), std::end(kPossessives),
      [rest](absl::string_view possessive) { return absl::StartsWith(rest, possessive); });
}

// Whether `text` may hold a capital letter: an ASCII one, or any byte past
// ASCII, which may begin one ("\xC3\x89mile").
bool MayHoldCapital(absl::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return absl::ascii_isupper(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

// Whether a sentence may name a place, as the sentence patterns read it;
// most that name none are told at a glance, without running them. Every
// name starts with a capital, and all but kDeclared's and kNameNoun's after
// a space; a sentence with no capital past its first character ("The toll
// rose to 12.") can name a place only at its start, with its first word
// then followed by a comma or an apostrophe (kDeclared: "Rafah, a city") or
// by a place noun (kNameNoun: "Qeshm island").
bool MayNamePlace(const PlacesModule& places, absl::string_view text) {
  if (text.empty()) return false;
  if (MayHoldCapital(text.substr(1))) return true;
  if (!absl::ascii_isupper(text[0])) return false;
  size_t name_end = 1;
  while (name_end < text.size() && (absl::ascii_isalpha(text[name_end]) || text[name_end] == '-')) {
    ++name_end;
  }
  // A name ends with a letter, and has two at least.
  if (name_end < 2 || name_end == text.size() || text[name_end - 1] == '-') return false;
  if (text[name_end] == ',' || text[name_end] == '\'') return true;
  size_t noun_begin = name_end;
  while (noun_begin < text.size() &&
         absl::string_view(" \t\n\f\r").find(text[noun_begin]) != absl::string_view::npos) {
    ++noun_begin;  // as RE2 reads \s
  }
  size_t noun_end = noun_begin;
  while (noun_end < text.size() && (absl::ascii_isalnum(text[noun_end]) || text[noun_end] == '_')) {
    ++noun_end;  // to a word boundary
  }
  return noun_begin > name_end &&
         places.IsPlaceNoun(text.substr(noun_begin, noun_end - noun_begin));
}

// A name in capitals as a name is written: "NEW YORK" -> "New York". Only
// ASCII letters change; a name in mixed case stays as written.
std::string AsWrittenInText(absl::string_view name) {
  std::string written(name);
  if (std::any_of(name.begin(), name.end(), absl::ascii_islower)) return written;
  for (size_t i = 1; i < written.size(); ++i) {
    if (absl::ascii_isalpha(written[i - 1])) written[i] = absl::ascii_tolower(written[i]);
  }
  return written;
}

// A PLACE_MENTION claim of the place `name`, matched by `key` and written
// `written`; its evidence, rule and confidence are the caller's.
Claim PlaceClaim(absl::string_view name, absl::string_view key, absl::string_view written,
                 absl::string_view attribute) {
  Claim claim;
  claim.set_kind(Claim::PLACE_MENTION);
  claim.set_subject(std::string(name));
  claim.set_subject_type(Claim::PLACE);
  claim.set_subject_key(std::string(key));
  claim.set_attribute(std::string(attribute));
  claim.set_value_text(std::string(written));
  return claim;
}

}  // namespace

PlacesModule::PlacesModule(std::unique_ptr<const Index> index) : index_(std::move(index)) {}
PlacesModule::~PlacesModule() = default;

absl::StatusOr<std::unique_ptr<PlacesModule>> PlacesModule::Create(const PlaceLexicon& lexicon) {
  auto index = std::make_unique<Index>();
  index->introducers = WordSet(lexicon.introducer());
  const absl::flat_hash_set<std::string>& introducers = index->introducers;
  if (introducers.empty()) return absl::InvalidArgumentError("place lexicon has no introducers");
  index->place_nouns = WordSet(lexicon.place_noun());
  index->generic_suffixes = WordSet(lexicon.generic_suffix());
  index->not_a_place = WordSet(lexicon.not_a_place());
  index->attribution = WordSet(lexicon.attribution());
  index->alone_no_place = WordSet(lexicon.not_a_place_alone());
  index->modifier_nouns = WordSet(lexicon.modifier_noun());
  index->labels = WordSet(lexicon.dateline_label());
  const absl::flat_hash_set<std::string> directions = WordSet(lexicon.direction());
  for (const std::string& entry : lexicon.level()) {
    const std::vector<std::string> kinds = absl::StrSplit(entry, ' ', absl::SkipEmpty());
    for (const std::string& kind : kinds) index->levels.emplace(kind, kinds.front());
  }
  for (const std::string& entry : lexicon.aliases()) {
    const std::vector<std::string> names = absl::StrSplit(entry, ", ", absl::SkipEmpty());
    if (names.empty()) continue;
    const std::string key = NormalizeName(names[0]);
    for (const std::string& name : names) index->alias_keys[NormalizeName(name)] = key;
  }
  for (const std::string& entry : lexicon.source()) {
    for (absl::string_view name : absl::StrSplit(entry, ", ", absl::SkipEmpty())) {
      index->sources.insert(NormalizeName(name));
    }
  }
  const std::string nouns = WordAlternation({index->place_nouns.begin(), index->place_nouns.end()});
  const std::string direction_words = WordAlternation({directions.begin(), directions.end()});
  const std::string sentence_patterns[] = {
      // kDeclared
      absl::StrCat("(", kName,
                   ")(?:'s|\xE2\x80\x99s)?,\\s+(?:a|an|the|\\pL+(?:'s|\xE2\x80\x99s))\\s+",
                   "(?:[\\pL\\pN,.-]+\\s+){0,4}?((?:", nouns, "\\s+)*", nouns, ")\\b"),
      // kNameNoun
      absl::StrCat("(", kName, ")\\s+(", nouns, ")\\b"),
      // kNounOf
      absl::StrCat("\\b(", nouns, ")\\s+of\\s+(", kName, ")"),
      // kDirectionOf
      absl::StrCat("\\b((?i:", direction_words, "))\\s+of\\s+(?:the\\s+)?(", kName, ")"),
      // kIntroduced: "in southern Iran", not "in North Bay"
      absl::StrCat("\\b((?i:", WordAlternation({introducers.begin(), introducers.end()}),
                   "))\\s+(?:((?i:the))\\s+)?(?:", direction_words, "\\s+)?(", kName, ")"),
  };
  for (const std::string& pattern : sentence_patterns) {
    if (absl::Status added = index->sentence_patterns.Add(pattern); !added.ok()) return added;
  }
  if (absl::Status compiled = index->sentence_patterns.Compile(); !compiled.ok()) return compiled;
  absl::StatusOr<std::unique_ptr<RE2>> list_item =
      CompilePattern(absl::StrCat("(?:,\\s*|\\s+(?:and|or)\\s+)(", kName, ")"));
  if (!list_item.ok()) return list_item.status();
  index->list_item = *std::move(list_item);
  return std::unique_ptr<PlacesModule>(new PlacesModule(std::move(index)));
}

std::string PlacesModule::Key(absl::string_view name) const {
  std::string folded = NormalizeName(WithoutPossessive(name));
  if (const auto alias = index_->alias_keys.find(folded); alias != index_->alias_keys.end()) {
    return alias->second;
  }
  const size_t space = folded.rfind(' ');
  if (space != std::string::npos && index_->generic_suffixes.contains(folded.substr(space + 1))) {
    folded.resize(space);
  }
  return folded;
}

bool PlacesModule::IsPlaceName(absl::string_view name) const {
  return !name.empty() &&
         !index_->not_a_place.contains(std::string(name.substr(0, name.find(' ')))) &&
         !index_->alone_no_place.contains(name);
}

bool PlacesModule::IsPlaceNoun(absl::string_view noun) const {
  return index_->place_nouns.contains(absl::AsciiStrToLower(noun));
}

absl::string_view PlacesModule::Level(absl::string_view kind) const {
  const auto found = index_->levels.find(absl::AsciiStrToLower(kind));
  return found == index_->levels.end() ? absl::string_view() : found->second;
}

std::vector<std::string> PlacesModule::PlaceNouns() const {
  std::vector<std::string> nouns(index_->place_nouns.begin(), index_->place_nouns.end());
  std::sort(nouns.begin(), nouns.end());
  return nouns;
}

std::vector<PlaceMention> PlacesModule::FindInSentence(absl::string_view text, int sentence) const {
  const Index& index = *index_;
  std::vector<PlaceMention> found;
  auto add = [&](const Match& match, int name_group, absl::string_view kind,
                 absl::string_view introducer = "") {
    absl::string_view name = WithoutPossessive(match.group(name_group));
    // "The Tamar camp": the article is not part of the name, nor is the
    // introducer a sentence opens with ("In Dalvik district, ...").
    if (!absl::ConsumePrefix(&name, "The ")) absl::ConsumePrefix(&name, "the ");
    if (name.data() == text.data()) {
      const size_t space = name.find(' ');
      if (space != absl::string_view::npos &&
          index.introducers.contains(absl::AsciiStrToLower(name.substr(0, space)))) {
        name = absl::StripLeadingAsciiWhitespace(name.substr(space));
      }
    }
    // "the North Bay Thursday": a weekday or month ends no name.
    for (size_t space = name.rfind(' ');
         space != absl::string_view::npos &&
         index.not_a_place.contains(std::string(name.substr(space + 1)));
         space = name.rfind(' ')) {
      name = name.substr(0, space);
    }
    if (!IsPlaceName(name)) return false;
    PlaceMention mention;
    mention.sentence = sentence;
    mention.begin = static_cast<int>(name.data() - text.data());
    mention.end = mention.begin + static_cast<int>(name.size());
    mention.name = std::string(name);
    mention.key = Key(name);
    if (index.sources.contains(mention.key)) return false;
    // "a port city" is a city: the last of the nouns.
    mention.kind = absl::AsciiStrToLower(kind.substr(kind.find_last_of(' ') + 1));
    mention.introducer = absl::AsciiStrToLower(introducer);
    found.push_back(std::move(mention));
    return true;
  };
  // Only the patterns whose words the sentence has, in SentencePattern order.
  const PatternText pattern_text(text);
  const std::vector<int> candidates = MayNamePlace(*this, text)
                                          ? index.sentence_patterns.Candidates(pattern_text)
                                          : std::vector<int>();
  auto for_each_match = [&](SentencePattern id, absl::FunctionRef<void(const Match&)> visit) {
    if (std::binary_search(candidates.begin(), candidates.end(), id)) {
      // Every match holds a capital: a text with none left holds no more.
      index.sentence_patterns.ForEachMatch(id, pattern_text, visit, MayHoldCapital);
    }
  };
  for_each_match(kDeclared, [&](const Match& match) { add(match, 1, match.group(2)); });
  for_each_match(kNameNoun, [&](const Match& match) { add(match, 1, match.group(2)); });
  for_each_match(kNounOf, [&](const Match& match) { add(match, 2, match.group(1)); });
  for_each_match(kDirectionOf, [&](const Match& match) { add(match, 2, "", "of"); });
  for_each_match(kIntroduced, [&](const Match& match) {
    const absl::string_view name = match.group(3);
    const absl::string_view rest = text.substr(match.end(3));
    // "according to AFP": a source of what is said, not a place; but
    // "according to Iran's seismologic centre" names one.
    if (absl::EqualsIgnoreCase(match.group(1), "to") &&
        index.attribution.contains(absl::AsciiStrToLower(WordBefore(text, match.begin(1)))) &&
        !BeginsWithPossessive(rest)) {
      return;
    }
    // A name right before a lower-case word may modify it. "In the
    // Israel-Hamas conflict": one word after "the" that modifies a noun is
    // not a place, as "in the Gaza Strip" is; nor is a name before a noun
    // only modifiers come before ("to People magazine").
    const absl::string_view next_word =
        rest.size() > 1 && rest[0] == ' ' && absl::ascii_islower(rest[1])
            ? rest.substr(1, rest.find_first_of(" ,.;:", 1) - 1)
            : absl::string_view();
    const bool modifier =
        !next_word.empty() && ((match.matched(2) && name.find(' ') == absl::string_view::npos &&
                                !IsPlaceNoun(next_word)) ||
                               index.modifier_nouns.contains(next_word));
    if (modifier || !add(match, 3, "", match.group(1))) return;
    // "in Athens, Patras and Heraklion": the places listed with it.
    std::vector<re2::StringPiece> groups;
    int at = match.end(3);
    while (FindMatch(*index.list_item, text, at, /*anchored=*/true, &groups)) {
      if (!add(Match(text, groups), 1, "", match.group(1))) break;
      at = static_cast<int>(groups[0].data() - text.data() + groups[0].size());
    }
  });
  // Keep the first (declared) of overlapping mentions, in text order.
  std::vector<PlaceMention> kept;
  for (PlaceMention& mention : found) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const PlaceMention& other) {
      return mention.begin < other.end && other.begin < mention.end;
    });
    if (!overlaps) kept.push_back(std::move(mention));
  }
  std::sort(kept.begin(), kept.end(),
            [](const PlaceMention& a, const PlaceMention& b) { return a.begin < b.begin; });
  return kept;
}

std::vector<PlaceMention> PlacesModule::Find(const Document& document) const {
  std::vector<PlaceMention> places;
  for (int sentence = 0; sentence < document.sentences_size(); ++sentence) {
    for (PlaceMention& mention : FindInSentence(SentenceText(document, sentence), sentence)) {
      places.push_back(std::move(mention));
    }
  }
  // In a heading in title case, capitals do not tell where a name ends
  // ("Woman Killed In Queens Hit-And-Run, Driver Charged"): a name of
  // several words found there is kept only where the article's other
  // sentences name it too.
  const auto unsure = [&document](const PlaceMention& place) {
    return place.name.find(' ') != std::string::npos &&
           document.sentences(place.sentence).heading() &&
           IsTitleCase(SentenceText(document, place.sentence));
  };
  if (std::any_of(places.begin(), places.end(), unsure)) {
    // Copies, as erasing moves the mentions' strings.
    absl::flat_hash_set<std::string> named_elsewhere;
    for (const PlaceMention& place : places) {
      if (!unsure(place)) named_elsewhere.insert(place.key);
    }
    places.erase(std::remove_if(places.begin(), places.end(),
                                [&](const PlaceMention& place) {
                                  return unsure(place) && !named_elsewhere.contains(place.key);
                                }),
                 places.end());
  }
  // Views of the mentions' own strings, which setting kind_in_document leaves in place.
  absl::flat_hash_map<absl::string_view, absl::string_view> first_kinds;  // key -> kind
  for (const PlaceMention& place : places) {
    if (!place.kind.empty()) first_kinds.try_emplace(place.key, place.kind);
  }
  if (first_kinds.empty()) return places;
  for (PlaceMention& place : places) {
    if (const auto kind = first_kinds.find(place.key); kind != first_kinds.end()) {
      place.kind_in_document = std::string(kind->second);
    }
  }
  return places;
}

const PlaceMention* PlacesModule::Antecedent(const std::vector<PlaceMention>& places, int sentence,
                                             int offset, absl::string_view noun) {
  const PlaceMention* declared = nullptr;
  const PlaceMention* undeclared = nullptr;
  for (const PlaceMention& place : MentionsIn(places, sentence - kAntecedentSentences, sentence)) {
    if (place.sentence == sentence && place.end > offset) continue;  // after the reference
    if (place.kind == noun) declared = &place;
    if (place.kind.empty() && (place.kind_in_document.empty() || place.kind_in_document == noun)) {
      undeclared = &place;
    }
  }
  return declared != nullptr ? declared : undeclared;
}

void PlacesModule::Extract(const Document& document, const DocumentMentions& mentions,
                           std::vector<Claim>* claims) const {
  for (const PlaceMention& place : mentions.places) {
    Claim& claim = claims->emplace_back(PlaceClaim(place.name, place.key, place.name, "mention"));
    *claim.mutable_evidence() = MakeEvidence(document, place.sentence, place.begin, place.end);
    claim.set_rule(place.kind.empty() ? "places/introduced" : "places/declared");
    claim.set_confidence(place.kind.empty() ? 0.7f : 0.9f);
  }
  if (std::optional<Claim> dateline = DatelinePlace(document)) {
    claims->push_back(*std::move(dateline));
  }
}

std::optional<Claim> PlacesModule::DatelinePlace(const Document& document) const {
  const int begin = document.dateline_place_begin(), end = document.dateline_place_end();
  if (begin >= end || end > static_cast<int>(document.text().size())) return std::nullopt;
  const absl::string_view text = document.text();
  const std::string name = AsWrittenInText(text.substr(begin, end - begin));
  const std::string key = Key(name);
  if (!IsPlaceName(name) || index_->sources.contains(key) ||
      index_->labels.contains(absl::AsciiStrToLower(name.substr(0, name.find(' '))))) {
    return std::nullopt;
  }
  // Cited with the sentence it opens: "SARAI - Typhoon Lume killed 12 ...".
  const auto opened = std::find_if(
      document.sentences().begin(), document.sentences().end(),
      [end](const Sentence& sentence) { return !sentence.heading() && sentence.begin() >= end; });
  if (opened == document.sentences().end()) return std::nullopt;
  const int sentence = static_cast<int>(opened - document.sentences().begin());
  Claim claim = PlaceClaim(name, key, text.substr(begin, end - begin), kDatelineAttribute);
  Evidence* evidence = claim.mutable_evidence();
  *evidence = MakeEvidence(document, sentence, 0, end - begin);
  evidence->set_excerpt(std::string(text.substr(begin, opened->end() - begin)));
  claim.set_rule("places/dateline");
  claim.set_confidence(0.7f);
  return claim;
}

}  // namespace factcheck
