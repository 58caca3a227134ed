#include "rules/word_list.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "re2/re2.h"

namespace factcheck {
namespace {

TEST(WordSetTest, SplitsEveryEntryAtSpaces) {
  google::protobuf::RepeatedPtrField<std::string> entries;
  *entries.Add() = "January February";
  *entries.Add() = " March  January ";
  EXPECT_EQ(WordSet(entries), (absl::flat_hash_set<std::string>{"January", "February", "March"}));
}

struct AlternationCase {
  std::vector<std::string> words;
  const char* pattern;
};

TEST(WordAlternationTest, PutsEachWordBeforeItsPrefixesAndBesideItsKin) {
  const AlternationCase cases[] = {
      {{"more", "more than", "over"}, "(?:over|more\\ than|more)"},
      {{"to", "toward", "towards", "into"}, "(?:towards|toward|to|into)"},
      {{"more", "More than"}, "(?:More\\ than|more)"},
      {{"north", "northern", "north-east"}, "(?:northern|north\\-east|north)"},
      {{"$", "US$"}, "(?:US\\$|\\$)"},
  };
  for (const AlternationCase& example : cases) {
    EXPECT_EQ(WordAlternation(example.words), example.pattern);
  }
}

// The words of a list matched alone, in any case: each is matched whole,
// never a shorter word it begins with.
TEST(WordAlternationTest, MatchesTheLongestWord) {
  const std::vector<std::string> words = {
      "north",     "north-east", "north-northeast", "northern",    "to", "toward",
      "towards",   "more",       "more than",       "More than a", "m",  "mid",
      "mid-",      "about",      "approx.",         "approx",      "a",  "an",
      "and a half"};
  const RE2 pattern("(?i)(" + WordAlternation(words) + ")");
  ASSERT_TRUE(pattern.ok()) << pattern.error();
  for (const std::string& word : words) {
    std::string matched;
    EXPECT_TRUE(RE2::PartialMatch(word, pattern, &matched)) << word;
    EXPECT_EQ(matched, word);
    std::string upper;
    for (const char c : word) upper.push_back(static_cast<char>(std::toupper(c)));
    EXPECT_TRUE(RE2::PartialMatch(upper, pattern, &matched)) << upper;
    EXPECT_EQ(matched, upper);
  }
}

// What a group matched in any case reads as the lexicon's word, even where
// RE2 matched an ASCII letter to a character past ASCII.
TEST(LowerAsLexiconWordTest, ReadsWhatAnyCaseMatchedAsTheWord) {
  const std::vector<std::pair<std::string, std::string>> examples = {
      {"Thousand", "thousand"},        // ASCII letters lowered
      {"THOU\u017FAND", "thousand"},   // the long s
      {"\u212Am", "km"},               // the Kelvin sign
      {"\u017Fix", "six"},             // the long s, first
      {"caf\xC3\xA9", "caf\xC3\xA9"},  // other characters as they are
  };
  const RE2 pattern("(?i)(" + WordAlternation({"thousand", "km", "six"}) + ")");
  for (const auto& [matched, word] : examples) {
    EXPECT_EQ(LowerAsLexiconWord(matched), word) << matched;
    if (word != "caf\xC3\xA9") EXPECT_TRUE(RE2::FullMatch(matched, pattern)) << matched;
  }
}

// Phrases match as whole words in any case, patterns as written; neither
// leaves no pattern at all.
TEST(CompileMarkersTest, MatchesPhrasesAsWordsAndPatterns) {
  const absl::StatusOr<std::unique_ptr<RE2>> markers =
      CompileMarkers({"years ago", "called off"}, {"\\bto\\s+$"});
  ASSERT_TRUE(markers.ok()) << markers.status();
  for (const char* text : {"Two YEARS AGO it flooded", "The talks were called off", "moved to "}) {
    EXPECT_TRUE(RE2::PartialMatch(text, **markers)) << text;
  }
  for (const char* text : {"years agony", "recalled offers", "to Friday"}) {
    EXPECT_FALSE(RE2::PartialMatch(text, **markers)) << text;
  }
  const absl::StatusOr<std::unique_ptr<RE2>> none = CompileMarkers({}, {});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, nullptr);
  EXPECT_FALSE(CompileMarkers({}, {"(unclosed"}).ok());
}

}  // namespace
}  // namespace factcheck
