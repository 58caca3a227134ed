#include "rules/ascii_words.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "checker/corpus/utf8.h"
#include "gtest/gtest.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace factcheck {
namespace {

// A text, and the ids of the words below found in it.
struct FindCase {
  const char* text;
  std::vector<int> found;
};

TEST(AsciiWordsTest, FindsEveryWordInAnyCase) {
  const AsciiWords words({"he", "she", "his", "hers", "home to", "killed", "he"});
  const FindCase cases[] = {
      {"", {}},
      {"ushers", {0, 1, 3, 6}},  // overlapping, and one inside another
      {"Twelve were KILLED", {5}},
      {"a city Home To 1.5 million", {4}},
      {"THE home to", {0, 4, 6}},
      {"hi s", {}},
      {"this", {2}},
      {"KiLlEd", {5}},
      {"kill ed", {}},
  };
  for (const FindCase& test : cases) {
    EXPECT_EQ(words.Find(test.text), test.found) << test.text;
    EXPECT_EQ(words.FindsAny(test.text), !test.found.empty()) << test.text;
  }
}

// A list of thousands of words, as a lexicon of place names may be.
TEST(AsciiWordsTest, FindsAmongThousandsOfWords) {
  std::mt19937 random(5);
  std::vector<std::string> list;
  for (int i = 0; i < 3000; ++i) {
    std::string word(4 + random() % 6, 'a');
    for (char& c : word) c = static_cast<char>('a' + random() % 26);
    list.push_back(word);
  }
  const AsciiWords words(list);
  for (int id : {0, 1234, 2999}) {
    const std::string text = "In " + list[id] + ", 12 people";
    const std::vector<int> found = words.Find(text);
    EXPECT_TRUE(std::binary_search(found.begin(), found.end(), id)) << text;
    for (int other : found) EXPECT_NE(text.find(list[other]), std::string::npos) << list[other];
  }
  EXPECT_FALSE(words.FindsAny("1, 2, 3"));
}

TEST(AsciiWordsTest, NonAsciiWordsAreNeverFoundAndEmptyOnesAlways) {
  const AsciiWords words({"\xE2\x80\x99s", "", "'s"});
  EXPECT_EQ(words.Find("Gaza's"), (std::vector<int>{1, 2}));
  EXPECT_EQ(words.Find("Gazas"), (std::vector<int>{1}));
  EXPECT_TRUE(words.FindsAny(""));
}

TEST(AsciiWordsTest, NoWords) {
  const AsciiWords words({});
  EXPECT_TRUE(words.Find("anything at all").empty());
  EXPECT_FALSE(words.FindsAny("anything at all"));
}

TEST(AsciiWordsTest, AnswersWhereRe2FoldsNothingToAscii) {
  const AsciiWords ascii({"some", "kelvin"});
  EXPECT_TRUE(ascii.Answers("some people"));
  EXPECT_TRUE(ascii.Answers("Oslo\xE2\x80\x99s port, \xC3\x89mile"));
  EXPECT_FALSE(ascii.Answers("\xC5\xBFome people"));  // the long s
  EXPECT_FALSE(ascii.Answers("300 \xE2\x84\xAA"));    // the Kelvin sign
  const AsciiWords past_ascii({"caf\xC3\xA9"});
  EXPECT_TRUE(past_ascii.Answers("cafe"));
  EXPECT_FALSE(past_ascii.Answers("CAF\xC3\x89"));  // RE2 finds it; the table would not
  const AsciiWords folding({"\xC5\xBFome"});
  EXPECT_FALSE(folding.Answers("some"));  // RE2 finds it; the table would not
}

// The two characters Answers looks for are all that RE2 folds to ASCII
// letters, of every character past ASCII.
TEST(AsciiWordsTest, Re2FoldsOnlyTheLongSAndTheKelvinSignToAsciiLetters) {
  const RE2 ascii_letter("(?i)[a-z]");
  std::vector<int> folding;
  for (int code = 0x80; code <= 0x10FFFF; ++code) {
    if (code >= 0xD800 && code <= 0xDFFF) continue;  // surrogates: no UTF-8
    char utf8[4];
    int length = 0;
    if (code < 0x800) {
      utf8[length++] = static_cast<char>(0xC0 | code >> 6);
    } else if (code < 0x10000) {
      utf8[length++] = static_cast<char>(0xE0 | code >> 12);
      utf8[length++] = static_cast<char>(0x80 | (code >> 6 & 0x3F));
    } else {
      utf8[length++] = static_cast<char>(0xF0 | code >> 18);
      utf8[length++] = static_cast<char>(0x80 | (code >> 12 & 0x3F));
      utf8[length++] = static_cast<char>(0x80 | (code >> 6 & 0x3F));
    }
    utf8[length++] = static_cast<char>(0x80 | (code & 0x3F));
    if (RE2::FullMatch(re2::StringPiece(utf8, length), ascii_letter)) folding.push_back(code);
  }
  EXPECT_EQ(folding, (std::vector<int>{0x17F, 0x212A}));
}

// Where it answers, it answers as RE2::Set, case-insensitive, does for the
// quoted words: random words and texts over a small alphabet (letters that
// fold to others, within ASCII and past it), so that words overlap and share
// prefixes and suffixes often.
TEST(AsciiWordsTest, AgreesWithACaseInsensitiveRe2Set) {
  std::mt19937 random(7);
  const std::vector<std::string> ascii = {"a", "b", "s", "A", "B", "S", " ", "-", "'"};
  const std::vector<std::string> past_ascii = {"\xC3\xA9", "\xC3\x89", "\xE2\x80\x99", "\xC5\xBF",
                                               "\xE2\x84\xAA"};
  auto random_string = [&](int max_length, bool ascii_only) {
    std::string text;
    for (int i = random() % (max_length + 1); i > 0; --i) {
      text += ascii_only || random() % 4 != 0 ? ascii[random() % ascii.size()]
                                              : past_ascii[random() % past_ascii.size()];
    }
    return text;
  };
  int answered_past_ascii = 0;
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> list;
    RE2::Options options;
    options.set_case_sensitive(false);
    RE2::Set set(options, RE2::UNANCHORED);
    const bool ascii_words = round % 2 == 0;
    for (int i = 0, n = 1 + static_cast<int>(random() % 12); i < n; ++i) {
      std::string word = random_string(5, ascii_words);
      if (word.empty()) word = "a";
      list.push_back(word);
      ASSERT_EQ(set.Add(RE2::QuoteMeta(word), nullptr), i);
    }
    ASSERT_TRUE(set.Compile());
    const AsciiWords words(list);
    for (int text_round = 0; text_round < 50; ++text_round) {
      const std::string text = random_string(30, text_round % 2 == 0);
      if (!words.Answers(text)) continue;
      if (text.size() != AsciiLength(text)) ++answered_past_ascii;
      std::vector<int> expected;
      set.Match(text, &expected);
      std::sort(expected.begin(), expected.end());
      EXPECT_EQ(words.Find(text), expected) << "text \"" << text << "\", round " << round;
      EXPECT_EQ(words.FindsAny(text), !expected.empty()) << text;
    }
  }
  EXPECT_GT(answered_past_ascii, 100);  // the test tries what it means to
}

}  // namespace
}  // namespace factcheck
