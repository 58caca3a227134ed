#include "checker/corpus/glob.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

bool Matches(const std::string& pattern, absl::string_view path) {
  return GlobSet({pattern}).MatchesAny(path);
}

TEST(GlobSetTest, StarsAndQuestionMarks) {
  EXPECT_TRUE(Matches("articles/**", "articles/2024/a.txt"));
  EXPECT_TRUE(Matches("articles/**", "articles/a.txt"));
  EXPECT_FALSE(Matches("articles/**", "notes/a.txt"));
  EXPECT_TRUE(Matches("*.md", "a.md"));
  EXPECT_FALSE(Matches("*.md", "notes/a.md"));
  EXPECT_TRUE(Matches("**/*.md", "notes/a.md"));
  EXPECT_TRUE(Matches("**/*.md", "a.md"));
  EXPECT_TRUE(Matches("drafts/?.txt", "drafts/a.txt"));
  EXPECT_FALSE(Matches("drafts/?.txt", "drafts/ab.txt"));
  EXPECT_TRUE(Matches("a+b (1).txt", "a+b (1).txt"));  // other characters are literal
}

TEST(GlobSetTest, AnyOfSeveralAndNoneOfNone) {
  const GlobSet drafts({"drafts/**", "**/*.md"});
  EXPECT_FALSE(drafts.empty());
  EXPECT_TRUE(drafts.MatchesAny("drafts/2024/a.txt"));
  EXPECT_TRUE(drafts.MatchesAny("notes/a.md"));
  EXPECT_FALSE(drafts.MatchesAny("notes/a.txt"));
  const GlobSet none({});
  EXPECT_TRUE(none.empty());
  EXPECT_FALSE(none.MatchesAny("a.txt"));
}

}  // namespace
}  // namespace factcheck
