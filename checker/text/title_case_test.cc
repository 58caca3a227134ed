// Lines in, whether they are in title case out.
#include "checker/text/title_case.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Example {
  const char* text;
  bool title_case;
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class TitleCaseTest : public testing::TestWithParam<Example> {};

TEST_P(TitleCaseTest, TellsTitleCase) {
  EXPECT_EQ(IsTitleCase(GetParam().text), GetParam().title_case);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, TitleCaseTest,
    testing::Values(Example{"Woman Killed In Queens Hit-And-Run, Driver Charged", true},
                    Example{"Braddock Out, Disanto In", true},
                    // Short words may stay small.
                    Example{"Hawks Turn to Marco Disanto as Coach", true},
                    Example{"A woman was killed in Queens", false},
                    Example{"Braddock is out, and Disanto takes over", false},
                    // One capitalised word says nothing.
                    Example{"Disanto", false}, Example{"", false}));

}  // namespace
}  // namespace factcheck
