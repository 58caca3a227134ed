// Sentences in, the clause around a span (marked [like this]) out.
#include "rules/clause.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Example {
  std::string marked;    // the span between [ and ]
  const char* expected;  // the clause around it
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.marked; }

class ClauseTest : public testing::TestWithParam<Example> {};

TEST_P(ClauseTest, BoundsTheClauseByPunctuation) {
  std::string text = GetParam().marked;
  const size_t begin = text.find('[');
  text.erase(begin, 1);
  const size_t end = text.find(']');
  text.erase(end, 1);
  EXPECT_EQ(ClauseAround(text, static_cast<int>(begin), static_cast<int>(end)),
            GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, ClauseTest,
    testing::Values(
        Example{"They met on [Monday].", "They met on Monday."},
        Example{"They met on [Monday], after Israel canceled a visit.", "They met on Monday"},
        Example{"Talks, due on [Tuesday], begin on Thursday.", " due on Tuesday"},
        Example{"Home to [1.4 million]; it was 1 million (in 2010).", "Home to 1.4 million"},
        Example{"It was 1 million ([in 2010]).", "in 2010"}, Example{"[Alone]", "Alone"},
        Example{"Before: [after]", " after"}));

TEST(WordBeforeTest, TakesTheLettersBeforeTheSpaces) {
  EXPECT_EQ(WordBefore("said to AFP", 8), "to");
  EXPECT_EQ(WordBefore("arrested in  Beverly Hills", 13), "in");
  EXPECT_EQ(WordBefore("(AFP", 1), "");
  EXPECT_EQ(WordBefore("AFP", 0), "");
}

}  // namespace
}  // namespace factcheck
