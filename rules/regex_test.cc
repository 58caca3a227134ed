#include "rules/regex.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(CompilePatternTest, NamesTheInvalidPattern) {
  absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("(unclosed");
  ASSERT_FALSE(pattern.ok());
  EXPECT_NE(pattern.status().message().find("/(unclosed/"), std::string::npos);
}

TEST(CompilePatternTest, CaseInsensitiveOnRequest) {
  absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("leave a reply", false);
  ASSERT_TRUE(pattern.ok());
  EXPECT_TRUE(RE2::FullMatch("Leave a Reply", **pattern));
}

TEST(CompilePatternTest, APatternBeyondItsMemoryBudgetIsAnError) {
  absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("(?:\\pL{1000}){1000}");
  ASSERT_FALSE(pattern.ok());
  EXPECT_NE(pattern.status().message().find("invalid pattern"), std::string::npos);
}

TEST(ForEachMatchTest, VisitsEveryMatchWithOffsets) {
  absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("(\\d+) (people)?");
  ASSERT_TRUE(pattern.ok());
  std::vector<std::string> seen;
  ForEachMatch(**pattern, "12 people, 3 cats", [&](const Match& match) {
    seen.push_back(std::string(match.group(1)) + "@" + std::to_string(match.begin(1)) +
                   (match.matched(2) ? "+people" : ""));
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"12@0+people", "3@11"}));
}

TEST(ForEachMatchTest, EmptyMatchesDoNotLoopForever) {
  absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("x*");
  ASSERT_TRUE(pattern.ok());
  int count = 0;
  ForEachMatch(**pattern, "ab", [&](const Match&) { ++count; });
  EXPECT_EQ(count, 3);  // before a, before b, at the end
}

// The text after each match is asked whether another can be there; where
// not, the search ends. In a set's pattern run on a Latin-1 form, the rest
// asked is the text's own.
TEST(ForEachMatchTest, SearchesOnOnlyWhereAMatchMayFollow) {
  absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("\\d");
  ASSERT_TRUE(pattern.ok());
  PatternSet set;
  ASSERT_TRUE(set.Add("\\d").ok());
  ASSERT_TRUE(set.Compile().ok());
  for (const absl::string_view dash : {"-", "\xE2\x80\x94"}) {
    const std::string text = absl::StrCat("1 ", dash, " 2 ", dash, " 3");
    std::vector<std::string> seen;
    std::vector<std::string> asked;
    auto visit = [&](const Match& match) { seen.push_back(std::string(match.group(0))); };
    // After the "2" no "2" is left, and no match is looked for.
    auto may_match = [&](absl::string_view rest) {
      asked.push_back(std::string(rest));
      return absl::StrContains(rest, "2");
    };
    const std::vector<std::string> expected_asked = {absl::StrCat(" ", dash, " 2 ", dash, " 3"),
                                                     absl::StrCat(" ", dash, " 3")};
    ForEachMatch(**pattern, text, visit, may_match);
    EXPECT_EQ(seen, (std::vector<std::string>{"1", "2"})) << text;
    EXPECT_EQ(asked, expected_asked) << text;
    seen.clear();
    asked.clear();
    set.ForEachMatch(0, text, visit, may_match);
    EXPECT_EQ(seen, (std::vector<std::string>{"1", "2"})) << text;
    EXPECT_EQ(asked, expected_asked) << text;
  }
}

// Each text, and the patterns of the set below that may match it. The set
// must name every pattern that matches; it may name one that does not.
struct CandidateCase {
  const char* text;
  std::vector<int> candidates;
};

TEST(PatternSetTest, NamesThePatternsThatMayMatchInOrder) {
  PatternSet set;
  ASSERT_TRUE(set.Add("(\\d+) people were killed").ok());                  // 0
  ASSERT_TRUE(set.Add("(?i)home to (\\d+)").ok());                         // 1
  ASSERT_TRUE(set.Add("\\d+-year-old").ok());                              // 2
  ASSERT_TRUE(set.Add("(\\d+)%").ok());                                    // 3: no word to look for
  ASSERT_TRUE(set.Add("(?:died|killed) in (?:Qeshm|Bandar Abbas)").ok());  // 4
  ASSERT_TRUE(set.Compile().ok());
  ASSERT_EQ(set.size(), 5);
  // Text with a Latin-1 form is answered exactly: these patterns are small
  // enough to run as one set. In other text (a place with a letter past
  // Latin-1) the prefilter's words answer, and pattern 3, needing no word,
  // is always named.
  const CandidateCase cases[] = {
      {"Police said 12 people were killed", {0}},
      {"Rafah, a city HOME TO 1.5 million", {1}},
      {"a 61-year-old man", {2}},
      {"Two died in Qeshm, 40 killed in Bandar Abbas", {4}},
      {"nothing to see", {}},
      {"up 5% in a year", {3}},
      {"Police said 12 people were killed \xE2\x80\x94", {0}},
      {"nothing to see \xE2\x80\x94", {}},
      {"12 people were killed in \xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       {0, 3}},
      {"nothing to see in \xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       {3}},
  };
  for (const CandidateCase& test : cases) {
    std::vector<int> expected = test.candidates;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(set.Candidates(test.text), expected) << test.text;
  }
}

TEST(PatternSetTest, EveryMatchingPatternIsACandidate) {
  PatternSet set;
  const std::vector<std::string> patterns = {"(?i)killed", "k+illed", "kil{1,2}ed", "(?i)KILL"};
  for (const std::string& pattern : patterns) ASSERT_TRUE(set.Add(pattern).ok());
  ASSERT_TRUE(set.Compile().ok());
  for (const char* text : {"Killed", "kkkilled", "kiled", "KILLED"}) {
    const std::vector<int> candidates = set.Candidates(text);
    for (int id = 0; id < set.size(); ++id) {
      if (RE2::PartialMatch(text, set.pattern(id))) {
        EXPECT_TRUE(std::binary_search(candidates.begin(), candidates.end(), id))
            << patterns[id] << " on " << text;
      }
    }
  }
}

// Patterns whose words are common but that match rarely, as a module's are,
// and random texts over their words: on text with a Latin-1 form the
// candidates are exactly the patterns that match; on other text ("\xC5\x81",
// a letter past Latin-1), at least those.
TEST(PatternSetTest, NamesExactlyThePatternsThatMatchLatin1Text) {
  const std::vector<std::string> patterns = {
      "\\b(?i:in|at)\\s+(\\p{Lu}\\pL+)",  // no word of three letters
      "(?i)killed (\\d+)",
      "(\\p{Lu}\\pL+) (?:city|town)\\b",
      "(\\d+)%",
  };
  PatternSet set;
  for (const std::string& pattern : patterns) ASSERT_TRUE(set.Add(pattern).ok()) << pattern;
  ASSERT_TRUE(set.Compile().ok());
  const std::vector<std::string> words = {"in",     "IN",       "at",           "Oslo",    "oslo",
                                          "killed", "KILLED",   "city",         "town",    "12",
                                          "%",      "\xC3\xA9", "\xE2\x80\x99", "\xC5\x81"};
  std::mt19937 random(11);
  for (int trial = 0; trial < 2000; ++trial) {
    std::string text;
    for (int word = random() % 6; word > 0; --word) {
      absl::StrAppend(&text, words[random() % words.size()], random() % 4 == 0 ? "" : " ");
    }
    std::vector<int> matching;
    for (int id = 0; id < set.size(); ++id) {
      if (RE2::PartialMatch(text, set.pattern(id))) matching.push_back(id);
    }
    const std::vector<int> candidates = set.Candidates(text);
    if (text.find('\xC5') == std::string::npos) {
      EXPECT_EQ(candidates, matching) << text;
    } else {
      EXPECT_TRUE(
          std::includes(candidates.begin(), candidates.end(), matching.begin(), matching.end()))
          << text;
    }
  }
}

// Patterns too large to run as one set (eight of over 600 instructions)
// are still each named when they match, and, needing no word, when they do not.
TEST(PatternSetTest, PatternsTooLargeForOneSetAreNamedByTheirWords) {
  PatternSet set;
  for (int id = 0; id < 8; ++id) {
    ASSERT_TRUE(set.Add(absl::StrCat("(?:[a-z]+ ){0,150}(\\d{", id + 1, "})%")).ok());
    ASSERT_GT(set.pattern(id).ProgramSize(), 600);
  }
  ASSERT_TRUE(set.Compile().ok());
  EXPECT_EQ(set.Candidates("nothing to see"), (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(set.Candidates("up 123% in a year"), (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));
}

// The prefilter's words are found in ASCII text by a table of bytes and in
// other text by RE2, alike. A word past ASCII is never found in ASCII text:
// a letter that folds to ASCII ("\x{17F}", the long s) is written in it.
TEST(PatternSetTest, WordsPastAsciiAreFoundAsRe2FindsThem) {
  PatternSet set;
  ASSERT_TRUE(set.Add("Oslo\\x{2019}s port").ok());     // 0
  ASSERT_TRUE(set.Add("(?i)\\x{17F}ome people").ok());  // 1: "some people", in any case
  ASSERT_TRUE(set.Compile().ok());
  const CandidateCase cases[] = {
      {"Oslo's port", {}},
      {"Oslo\xE2\x80\x99s port", {0}},
      {"SOME PEOPLE", {1}},
      {"\xC5\xBFome people in Oslo\xE2\x80\x99s port", {0, 1}},
  };
  for (const CandidateCase& test : cases) {
    EXPECT_EQ(set.Candidates(test.text), test.candidates) << test.text;
    for (int id = 0; id < set.size(); ++id) {
      if (RE2::PartialMatch(test.text, set.pattern(id))) {
        EXPECT_TRUE(absl::c_linear_search(test.candidates, id)) << id << " on " << test.text;
      }
    }
  }
}

TEST(PatternSetTest, AnEmptySetHasNoCandidates) {
  PatternSet set;
  ASSERT_TRUE(set.Compile().ok());
  EXPECT_TRUE(set.Candidates("12 people were killed").empty());
}

TEST(PatternSetTest, AnInvalidPatternIsNamed) {
  PatternSet set;
  const absl::Status added = set.Add("(unclosed");
  ASSERT_FALSE(added.ok());
  EXPECT_NE(added.message().find("/(unclosed/"), std::string::npos);
  EXPECT_EQ(set.size(), 0);
}

// Each match of pattern `id` as "whole@begin|group|group...", run by the set
// or, when `utf8`, by the pattern as compiled for any text.
std::vector<std::string> Matches(const PatternSet& set, int id, absl::string_view text, bool utf8) {
  std::vector<std::string> found;
  auto describe = [&](const Match& match) {
    std::string described = absl::StrCat(match.group(0), "@", match.begin(0));
    for (int group = 1; group <= set.pattern(id).NumberOfCapturingGroups(); ++group) {
      absl::StrAppend(&described, "|", match.matched(group) ? match.group(group) : "-");
    }
    found.push_back(described);
  };
  if (utf8) {
    ForEachMatch(set.pattern(id), text, describe);
  } else {
    set.ForEachMatch(id, text, describe);
  }
  return found;
}

struct SetMatchCase {
  const char* pattern;
  bool case_sensitive;
  const char* text;
  std::vector<std::string> expected;
};

// ASCII text runs the patterns compiled for Latin-1, other text those for
// UTF-8; a pattern that cannot be Latin-1 always runs as UTF-8.
TEST(PatternSetTest, MatchesOnAnyText) {
  const SetMatchCase cases[] = {
      {"(\\p{Lu}[\\pL-]*)\\s+(city|town)",
       true,
       "Bergen city and Oslo town",
       {"Bergen city@0|Bergen|city", "Oslo town@16|Oslo|town"}},
      {"(\\p{Lu}[\\pL-]*)\\s+(city|town)",
       true,
       "\xC3\x86r\xC3\xB8 town and Troms\xC3\xB8 city",
       {"\xC3\x86r\xC3\xB8 town@0|\xC3\x86r\xC3\xB8|town",
        "Troms\xC3\xB8 city@15|Troms\xC3\xB8|city"}},
      {"kelvin (\\d+)", false, "KELVIN 5 and Kelvin 7", {"KELVIN 5@0|5", "Kelvin 7@13|7"}},
      {"[\\x{2019}']s\\b", true, "Oslo's port", {"'s@4"}},
      {"[\\x{2019}']s\\b", true, "Oslo\xE2\x80\x99s port", {"\xE2\x80\x99s@4"}},
      {"\xE2\x80\x99s|'s", true, "Oslo's port", {"'s@4"}},
      {"\\pN+", true, "12 and 7", {"12@0", "7@7"}},
  };
  for (const SetMatchCase& example : cases) {
    PatternSet set;
    ASSERT_TRUE(set.Add(example.pattern, example.case_sensitive).ok()) << example.pattern;
    ASSERT_TRUE(set.Compile().ok());
    EXPECT_EQ(Matches(set, 0, example.text, /*utf8=*/false), example.expected)
        << example.pattern << " on " << example.text;
  }
}

// On ASCII text and the Latin-1 form of other text, whatever the pattern,
// a pattern compiled for Latin-1 reads the text as compiled for UTF-8:
// random texts over letters that fold past Latin-1 (k, s, \xC3\xBF) or have
// no byte (\xC5\xB8, \xE2\x84\xAA, \xC5\xBF, \xC5\x81), marks given bytes, a C1 control
// (U+0085), digits, spaces and punctuation. A pattern that matches is
// always a candidate.
TEST(PatternSetTest, TextMatchesAsInUtf8) {
  const char* patterns[] = {
      "(\\p{Lu}[\\pL'.-]*\\pL)(?:\\s+(\\p{Lu}[\\pL-]*)){0,2}",
      "(\\p{Lu}[\\pL'\xE2\x80\x99.-]*\\pL)",
      "(?i)(\\pL+)\\s+(\\pN+)",
      "\\b(\\p{Ll}+)\\b",
      "[^\\pL\\s]+",
      ".(\\p{Lu})",
      "(?i)(s\\w*k)|(k+)",
      "(?i:sk)(?-i:[Kk]+)?",
      "(?i)\xC3\xBF+|\xC3\xA9",
      "[\xC3\xA0-\xC3\xBF]+",
      "[a\xE2\x80\x99-]+",
      "\\pP+",
      "[^\\PP]",
      "\\x{2019}|\\x{85}",
      "a\xE2\x80\x99?s",
      "(\\d+)\\s*(?:-|\xE2\x80\x93)\\s*(\\d+)",
      "\xE2\x82\xAC\\s?(\\d+)",
      ".{2}\xE2\x80\x9D",
  };
  const std::vector<std::string> with_bytes = {"a",
                                               "A",
                                               "k",
                                               "K",
                                               "s",
                                               "S",
                                               "z",
                                               "Z",
                                               " ",
                                               "0",
                                               "9",
                                               "-",
                                               "'",
                                               ".",
                                               ",",
                                               "\t",
                                               "\xC3\xA9",
                                               "\xC3\xBF",
                                               "\xC2\xB5",
                                               "\xE2\x80\x99",
                                               "\xE2\x80\x9C",
                                               "\xE2\x80\x9D",
                                               "\xE2\x80\x93",
                                               "\xE2\x82\xAC"};
  std::vector<std::string> any = with_bytes;
  for (const char* character : {"\xC5\xB8", "\xE2\x84\xAA", "\xC5\xBF", "\xC5\x81", "\xC2\x85"}) {
    any.push_back(character);
  }
  std::mt19937 random(7);
  for (const char* pattern : patterns) {
    PatternSet set;
    ASSERT_TRUE(set.Add(pattern).ok()) << pattern;
    ASSERT_TRUE(set.Compile().ok());
    for (int trial = 0; trial < 1000; ++trial) {
      // Most texts have a Latin-1 form, as most news does.
      const std::vector<std::string>& alphabet = trial % 4 == 0 ? any : with_bytes;
      std::string text;
      for (int length = random() % 40; length > 0; --length) {
        text += alphabet[random() % alphabet.size()];
      }
      EXPECT_EQ(Matches(set, 0, text, /*utf8=*/false), Matches(set, 0, text, /*utf8=*/true))
          << pattern << " on \"" << text << "\"";
      if (RE2::PartialMatch(text, set.pattern(0))) {
        EXPECT_EQ(set.Candidates(text), std::vector<int>{0}) << pattern << " on " << text;
      }
    }
  }
}

}  // namespace
}  // namespace factcheck
