#include "checker/util/most_common.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(MostCommonTest, PicksTheMostFrequentAndBreaksTiesByKey) {
  EXPECT_EQ(MostCommon(std::map<std::string, int>{{"Hefner", 6}, {"Heffner", 2}}), "Hefner");
  EXPECT_EQ(MostCommon(std::map<std::string, int>{{"b", 2}, {"a", 2}}), "a");
  EXPECT_EQ(MostCommon(std::map<std::string, int>{}), "");
}

}  // namespace
}  // namespace factcheck
