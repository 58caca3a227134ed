#include "rules/regex.h"

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

}  // namespace
}  // namespace factcheck
