#include "checker/resolve/similarity.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(EditDistanceTest, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(EditDistance("blinken", "blinken"), 0);
  EXPECT_EQ(EditDistance("blinken", "bliken"), 1);
  EXPECT_EQ(EditDistance("antony", "anthony"), 1);
  EXPECT_EQ(EditDistance("sergey", "sergei"), 1);
  EXPECT_EQ(EditDistance("blinken", "bilnken"), 1);  // neighbours swapped
  EXPECT_EQ(EditDistance("", "abc"), 3);
}

TEST(ConsonantSkeletonTest, TransliterationsShareASkeleton) {
  EXPECT_EQ(ConsonantSkeleton("shoukry"), ConsonantSkeleton("shukri"));
  EXPECT_EQ(ConsonantSkeleton("osama"), ConsonantSkeleton("usama"));
  EXPECT_EQ(ConsonantSkeleton("philip"), ConsonantSkeleton("filip"));
  EXPECT_EQ(ConsonantSkeleton("zelensky"), ConsonantSkeleton("zelenskyy"));
  EXPECT_NE(ConsonantSkeleton("miller"), ConsonantSkeleton("mills"));
}

}  // namespace
}  // namespace factcheck
