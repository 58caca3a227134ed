#include "rules/regex.h"

#include <algorithm>
#include <string>
#include <vector>

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

// Each text, and the patterns of the set below that may match it. The set
// must name every pattern that matches; it may name one that does not.
struct CandidateCase {
  const char* text;
  std::vector<int> candidates;
};

TEST(PatternSetTest, NamesThePatternsThatMayMatchInOrder) {
  PatternSet set;
  ASSERT_TRUE(set.Add("(\\d+) people were killed").ok());              // 0
  ASSERT_TRUE(set.Add("(?i)home to (\\d+)").ok());                     // 1
  ASSERT_TRUE(set.Add("\\d+-year-old").ok());                          // 2
  ASSERT_TRUE(set.Add("(\\d+)%").ok());                                // 3: no word to look for
  ASSERT_TRUE(set.Add("(?:died|killed) in (?:Qeshm|Bandar Abbas)").ok());  // 4
  ASSERT_TRUE(set.Compile().ok());
  ASSERT_EQ(set.size(), 5);
  const CandidateCase cases[] = {
      {"Police said 12 people were killed", {0, 3}},
      {"Rafah, a city HOME TO 1.5 million", {1, 3}},
      {"a 61-year-old man", {2, 3}},
      {"Two died in Qeshm, 40 killed in Bandar Abbas", {3, 4}},
      {"nothing to see", {3}},
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

}  // namespace
}  // namespace factcheck
