#include "rules/quantities/quantities.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "rules/evidence.h"
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
// A place referred back to ("the city") is looked for this many sentences back.
constexpr int kAnaphorSentences = 2;

namespace quantities_internal {

struct Frame {
  std::string attribute;
  std::unique_ptr<RE2> re;
  int figure = 0;  // capture group indices; 0 when the frame has no such slot
  int counted = 0;
  int place = 0;
  int anaphor = 0;
};

struct Index {
  std::vector<Frame> frames;
  std::unique_ptr<RE2> figure;          // approximator, number, scale, anchored
  std::unique_ptr<RE2> declared_place;  // "Rafah, Gaza's most southern city"
  std::unique_ptr<RE2> plain_place;     // "in Rafah"
  absl::flat_hash_map<std::string, QuantityLexicon::Bound> approximators;
  absl::flat_hash_map<std::string, double> number_words;
  absl::flat_hash_map<std::string, double> scales;
  absl::flat_hash_set<std::string> not_a_place;
};

}  // namespace quantities_internal

namespace {

using quantities_internal::Frame;
using quantities_internal::Index;

// Alternation of `words`, longest first so "more than" wins over "more".
std::string Alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  for (std::string& word : words) word = RE2::QuoteMeta(word);
  return absl::StrCat("(?:", absl::StrJoin(words, "|"), ")");
}

template <typename Map>
std::vector<std::string> Keys(const Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

// The regular-expression pieces the frames are written with.
struct Pieces {
  std::string approximator, number, scale, counted, place_noun, place_word;
};

Pieces MakePieces(const Index& index, const QuantityLexicon& lexicon) {
  Pieces pieces;
  pieces.approximator = Alternation(Keys(index.approximators));
  std::vector<std::string> tens, units;
  for (const auto& [word, value] : index.number_words) {
    if (value >= 20 && value < 100) tens.push_back(word);
    if (value >= 1 && value < 10) units.push_back(word);
  }
  pieces.number = absl::StrCat("(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|",
                               Alternation(tens), "-", Alternation(units), "|",
                               Alternation(Keys(index.number_words)), ")");
  std::vector<std::string> spaced, attached;
  for (const auto& [word, value] : index.scales) {
    (word.size() <= 2 ? attached : spaced).push_back(word);
  }
  pieces.scale = absl::StrCat("(?:\\s", Alternation(spaced), "|", Alternation(attached), ")\\b");
  pieces.counted = Alternation({lexicon.counted_noun().begin(), lexicon.counted_noun().end()});
  pieces.place_noun = Alternation({lexicon.place_noun().begin(), lexicon.place_noun().end()});
  pieces.place_word = "\\p{Lu}[\\pL-]*\\pL";
  return pieces;
}

std::string FigurePattern(const Pieces& pieces) {
  return absl::StrCat("(?:", pieces.approximator, "\\s+)?\\b", pieces.number, "(?:", pieces.scale,
                      ")?");
}

// A capitalised name of one to three words, case-sensitive inside a
// case-insensitive pattern.
std::string PlaceNamePattern(const Pieces& pieces, absl::string_view group) {
  return absl::StrCat("(?-i:(?P<", group, ">", pieces.place_word, "(?:\\s+", pieces.place_word,
                      "){0,2}))");
}

absl::StatusOr<Frame> CompileFrame(const QuantityLexicon::Frame& frame, const Pieces& pieces) {
  const std::string figure = absl::StrCat("(?P<figure>", FigurePattern(pieces), ")");
  const std::string people = absl::StrCat(
      figure, "\\s+(?P<counted>(?:[\\pL-]+\\s+){0,2}?(?:", pieces.counted,
      "|(?-i:\\p{Lu}\\p{Ll}+s)))\\b");
  const std::string place =
      absl::StrCat(PlaceNamePattern(pieces, "place"), "(?:\\s+", pieces.place_noun, "\\b)?");
  const std::string anaphor =
      absl::StrCat("(?P<anaphor>\\b(?:the|this|that)\\s+(?:[\\pL-]+\\s+)?", pieces.place_noun, ")\\b");
  const std::string pattern = absl::StrReplaceAll(
      frame.pattern(), {{"{FIGURE}", figure},
                        {"{PEOPLE}", people},
                        {"{PLACE}", place},
                        {"{ANAPHOR}", anaphor},
                        {"PLACE_NOUN", pieces.place_noun}});
  absl::StatusOr<std::unique_ptr<RE2>> re = CompilePattern(absl::StrCat("(?i:", pattern, ")"));
  if (!re.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("quantity frame for \"", frame.attribute(), "\": ", re.status().message()));
  }
  Frame compiled;
  compiled.attribute = frame.attribute();
  const std::map<std::string, int>& groups = (*re)->NamedCapturingGroups();
  auto group = [&groups](const char* name) {
    const auto found = groups.find(name);
    return found == groups.end() ? 0 : found->second;
  };
  compiled.figure = group("figure");
  compiled.counted = group("counted");
  compiled.place = group("place");
  compiled.anaphor = group("anaphor");
  if (compiled.figure == 0 || (compiled.place == 0 && compiled.anaphor == 0)) {
    return absl::InvalidArgumentError(absl::StrCat("quantity frame for \"", frame.attribute(),
                                                   "\" needs a figure and a place"));
  }
  compiled.re = *std::move(re);
  return compiled;
}

// A place name as a subject: no possessive, not a sentence opener.
std::string CleanPlace(const Index& index, absl::string_view place) {
  if (!absl::ConsumeSuffix(&place, "'s")) absl::ConsumeSuffix(&place, "\xE2\x80\x99s");
  const absl::string_view first = place.substr(0, place.find(' '));
  if (index.not_a_place.contains(std::string(first))) return "";
  return std::string(place);
}

// The place "the city" (`noun`) refers to: the nearest place declared a
// city in the window, else the nearest place after "in", "of", ... in it.
std::string ResolveAnaphor(const Index& index, absl::string_view window, absl::string_view noun) {
  std::string declared, plain;
  ForEachMatch(*index.declared_place, window, [&](const Match& match) {
    const std::string place = CleanPlace(index, match.group(1));
    if (!place.empty() && absl::AsciiStrToLower(match.group(2)) == noun) declared = place;
  });
  if (!declared.empty()) return declared;
  ForEachMatch(*index.plain_place, window, [&](const Match& match) {
    const std::string place = CleanPlace(index, match.group(1));
    if (!place.empty()) plain = place;
  });
  return plain;
}

double ParseNumber(const Index& index, absl::string_view text, int* decimals, int* trailing_zeros) {
  *decimals = 0;
  *trailing_zeros = 0;
  const std::string lower = absl::AsciiStrToLower(text);
  if (const auto word = index.number_words.find(lower); word != index.number_words.end()) {
    return word->second;
  }
  if (const size_t hyphen = lower.find('-'); hyphen != std::string::npos) {
    const auto tens = index.number_words.find(lower.substr(0, hyphen));
    const auto units = index.number_words.find(lower.substr(hyphen + 1));
    if (tens != index.number_words.end() && units != index.number_words.end()) {
      return tens->second + units->second;
    }
    return NAN;
  }
  const std::string digits = absl::StrReplaceAll(text, {{",", ""}});
  const size_t point = digits.find('.');
  if (point != std::string::npos) {
    *decimals = static_cast<int>(digits.size() - point - 1);
  } else {
    for (auto c = digits.rbegin(); c != digits.rend() - 1 && *c == '0'; ++c) ++*trailing_zeros;
  }
  double value = 0;
  return absl::SimpleAtod(digits, &value) ? value : NAN;
}

}  // namespace

std::string FormatFigure(double value) {
  if (value != std::floor(value) || std::fabs(value) >= 1e15) {
    return absl::StrFormat("%.6g", value);
  }
  std::string digits = absl::StrFormat("%.0f", std::fabs(value));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return value < 0 ? "-" + digits : digits;
}

std::string FormatInterval(const Quantity& quantity) {
  if (quantity.has_low() && quantity.has_high() && quantity.low() == quantity.high()) {
    return FormatFigure(quantity.low());
  }
  return absl::StrCat(quantity.low_inclusive() ? "[" : "(",
                      quantity.has_low() ? FormatFigure(quantity.low()) : "-\xE2\x88\x9E", ", ",
                      quantity.has_high() ? FormatFigure(quantity.high()) : "\xE2\x88\x9E",
                      quantity.high_inclusive() ? "]" : ")");
}

QuantitiesModule::QuantitiesModule(std::unique_ptr<const Index> index) : index_(std::move(index)) {}
QuantitiesModule::~QuantitiesModule() = default;

absl::StatusOr<std::unique_ptr<QuantitiesModule>> QuantitiesModule::Create(
    const QuantityLexicon& lexicon) {
  auto index = std::make_unique<Index>();
  for (const QuantityLexicon::Approximator& approximator : lexicon.approximator()) {
    index->approximators[absl::AsciiStrToLower(approximator.phrase())] = approximator.bound();
  }
  for (const QuantityLexicon::Word& word : lexicon.number_word()) {
    index->number_words[absl::AsciiStrToLower(word.word())] = word.value();
  }
  for (const QuantityLexicon::Word& scale : lexicon.scale()) {
    index->scales[absl::AsciiStrToLower(scale.word())] = scale.value();
  }
  index->not_a_place = WordSet(lexicon.not_a_place());
  const Pieces pieces = MakePieces(*index, lexicon);
  for (const QuantityLexicon::Frame& frame : lexicon.frame()) {
    absl::StatusOr<Frame> compiled = CompileFrame(frame, pieces);
    if (!compiled.ok()) return compiled.status();
    index->frames.push_back(*std::move(compiled));
  }
  auto compile = [](const std::string& pattern) { return CompilePattern(pattern); };
  absl::StatusOr<std::unique_ptr<RE2>> figure = compile(absl::StrCat(
      "(?i)(?:(", pieces.approximator, ")\\s+)?(", pieces.number, ")(?:\\s?(\\pL+))?"));
  absl::StatusOr<std::unique_ptr<RE2>> declared = compile(absl::StrCat(
      "(", pieces.place_word, "(?:\\s+", pieces.place_word, "){0,2})(?:'s|\xE2\x80\x99s)?,\\s+",
      "(?:a|an|the|\\pL+(?:'s|\xE2\x80\x99s))\\s+(?:[\\pL-]+\\s+){0,3}?(?i:(",
      pieces.place_noun, "))\\b"));
  absl::StatusOr<std::unique_ptr<RE2>> plain = compile(absl::StrCat(
      "\\b(?i:in|of|near|from|into|to|at)\\s+(?i:the\\s+)?(", pieces.place_word, "(?:\\s+",
      pieces.place_word, "){0,2})"));
  for (auto* compiled : {&figure, &declared, &plain}) {
    if (!compiled->ok()) return compiled->status();
  }
  index->figure = *std::move(figure);
  index->declared_place = *std::move(declared);
  index->plain_place = *std::move(plain);
  return std::unique_ptr<QuantitiesModule>(new QuantitiesModule(std::move(index)));
}

std::optional<Quantity> QuantitiesModule::ReadFigure(absl::string_view figure) const {
  const Index& index = *index_;
  re2::StringPiece approximator, number, scale_word;
  if (!RE2::FullMatch(ToPiece(figure), *index.figure, &approximator, &number, &scale_word)) {
    return std::nullopt;
  }
  double scale = 1;
  if (!scale_word.empty()) {
    const auto found = index.scales.find(absl::AsciiStrToLower(
        absl::string_view(scale_word.data(), scale_word.size())));
    if (found == index.scales.end()) return std::nullopt;
    scale = found->second;
  }
  int decimals = 0, trailing_zeros = 0;
  const double stated =
      ParseNumber(index, absl::string_view(number.data(), number.size()), &decimals, &trailing_zeros);
  if (std::isnan(stated)) return std::nullopt;
  const double value = stated * scale;

  // The unit of the last digit written: "1.5 million" is in 100,000s,
  // "5,300" in 100s, "12" in ones.
  const double unit = decimals > 0 ? std::pow(10.0, -decimals) * scale
                      : scale > 1  ? scale
                                   : std::pow(10.0, trailing_zeros);
  const double half = std::min(unit / 2, kMaxRoundingShare * value);
  const std::string phrase =
      absl::AsciiStrToLower(absl::string_view(approximator.data(), approximator.size()));
  const auto bound = index.approximators.find(phrase);

  Quantity quantity;
  quantity.set_value(value);
  quantity.set_approximation(phrase);
  auto set = [&quantity](std::optional<double> low, bool low_inclusive, std::optional<double> high,
                         bool high_inclusive) {
    if (low) quantity.set_low(*low);
    if (high) quantity.set_high(*high);
    quantity.set_low_inclusive(low_inclusive);
    quantity.set_high_inclusive(high_inclusive);
  };
  switch (bound == index.approximators.end() ? QuantityLexicon::ROUNDED : bound->second) {
    case QuantityLexicon::ABOVE: set(value, false, std::nullopt, false); break;
    case QuantityLexicon::AT_LEAST: set(value, true, std::nullopt, false); break;
    case QuantityLexicon::BELOW: set(0, true, value, false); break;
    case QuantityLexicon::AT_MOST: set(0, true, value, true); break;
    case QuantityLexicon::NEARLY: set(value * kNearlyShare, true, value, false); break;
    default: {
      const bool exact = phrase.empty() && scale == 1 && decimals == 0 &&
                         (value < kExactBelow || trailing_zeros == 0);
      if (exact) {
        set(value, true, value, true);
      } else {
        set(value - half, true, value + half, false);
      }
    }
  }
  return quantity;
}

void QuantitiesModule::Extract(const Document& document, std::vector<Claim>* claims) const {
  const Index& index = *index_;
  for (int sentence = 0; sentence < document.sentences_size(); ++sentence) {
    const absl::string_view text = SentenceText(document, sentence);
    std::vector<std::pair<int, int>> claimed;  // figure spans already read
    for (const Frame& frame : index.frames) {
      ForEachMatch(*frame.re, text, [&](const Match& match) {
        const std::pair<int, int> span(match.begin(frame.figure), match.end(frame.figure));
        if (std::find(claimed.begin(), claimed.end(), span) != claimed.end()) return;
        std::optional<Quantity> quantity = ReadFigure(match.group(frame.figure));
        if (!quantity) return;
        std::string place;
        if (frame.place != 0 && match.matched(frame.place)) {
          place = CleanPlace(index, match.group(frame.place));
        } else {
          // The window: a few sentences back, up to the anaphor itself.
          const int first = std::max(0, sentence - kAnaphorSentences);
          const int window_begin = document.sentences(first).begin();
          const int window_end = document.sentences(sentence).begin() + match.begin(frame.anaphor);
          const absl::string_view anaphor = match.group(frame.anaphor);
          place = ResolveAnaphor(
              index, absl::string_view(document.text()).substr(window_begin, window_end - window_begin),
              absl::AsciiStrToLower(anaphor.substr(anaphor.rfind(' ') + 1)));
        }
        if (place.empty()) return;
        claimed.push_back(span);
        const int highlight_end = frame.counted != 0 && match.matched(frame.counted)
                                      ? match.end(frame.counted)
                                      : span.second;
        if (frame.counted != 0 && match.matched(frame.counted)) {
          quantity->set_counted(std::string(match.group(frame.counted)));
        }
        Claim& claim = claims->emplace_back();
        claim.set_kind(Claim::QUANTITY);
        claim.set_subject(place);
        claim.set_attribute(frame.attribute);
        claim.set_value_text(std::string(match.group(frame.figure)));
        *claim.mutable_quantity() = *std::move(quantity);
        *claim.mutable_evidence() = MakeEvidence(document, sentence, span.first, highlight_end);
        claim.set_rule(absl::StrCat("quantities/", frame.attribute));
        claim.set_confidence(frame.place != 0 ? 0.9f : 0.7f);
      });
    }
  }
}

}  // namespace factcheck
