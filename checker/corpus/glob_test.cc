#include "checker/corpus/glob.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(GlobMatchTest, StarsAndQuestionMarks) {
  EXPECT_TRUE(GlobMatch("articles/**", "articles/2024/a.txt"));
  EXPECT_TRUE(GlobMatch("articles/**", "articles/a.txt"));
  EXPECT_FALSE(GlobMatch("articles/**", "notes/a.txt"));
  EXPECT_TRUE(GlobMatch("*.md", "a.md"));
  EXPECT_FALSE(GlobMatch("*.md", "notes/a.md"));
  EXPECT_TRUE(GlobMatch("**/*.md", "notes/a.md"));
  EXPECT_TRUE(GlobMatch("**/*.md", "a.md"));
  EXPECT_TRUE(GlobMatch("drafts/?.txt", "drafts/a.txt"));
  EXPECT_FALSE(GlobMatch("drafts/?.txt", "drafts/ab.txt"));
  EXPECT_TRUE(GlobMatch("a+b (1).txt", "a+b (1).txt"));  // other characters are literal
}

}  // namespace
}  // namespace factcheck
