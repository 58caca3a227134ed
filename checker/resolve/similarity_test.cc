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
  EXPECT_EQ(EditDistance("abc", ""), 3);
  EXPECT_EQ(EditDistance("ab", "ba"), 1);
  EXPECT_EQ(EditDistance("abcd", "badc"), 2);
  EXPECT_EQ(EditDistance("ca", "abc"), 3);  // a swapped pair is not edited again
  // Longer than the rows kept on the stack.
  EXPECT_EQ(EditDistance("abdel-fattah-el-sissi-of-the-republic-of-egypt",
                         "abdel-fatah-el-sisi-of-the-republic-of-egypt"),
            2);
}

// A limit gives the distance up to it, and one more beyond it.
TEST(EditDistanceTest, StopsPastALimit) {
  EXPECT_EQ(EditDistance("blinken", "bliken", 2), 1);
  EXPECT_EQ(EditDistance("blinken", "bilnkne", 2), 2);
  EXPECT_EQ(EditDistance("blinken", "mills", 2), 3);
  EXPECT_EQ(EditDistance("blinken", "mills", 0), 1);
  EXPECT_EQ(EditDistance("blinken", "blinken", 0), 0);
  EXPECT_EQ(EditDistance("", "abc", 1), 2);
  EXPECT_EQ(EditDistance("antony", "an", 3), 4);  // the lengths alone differ by more
  EXPECT_EQ(EditDistance("abcdef", "badcfe", 2), 3);
  EXPECT_EQ(EditDistance("abcdef", "badcfe", 3), 3);
  EXPECT_EQ(EditDistance("ca", "abc", 2), 3);
  EXPECT_EQ(EditDistance("ca", "abc", 5), 3);
}

TEST(ConsonantSkeletonTest, TransliterationsShareASkeleton) {
  EXPECT_EQ(ConsonantSkeleton("shoukry"), ConsonantSkeleton("shukri"));
  EXPECT_EQ(ConsonantSkeleton("osama"), ConsonantSkeleton("usama"));
  EXPECT_EQ(ConsonantSkeleton("philip"), ConsonantSkeleton("filip"));
  EXPECT_EQ(ConsonantSkeleton("zelensky"), ConsonantSkeleton("zelenskyy"));
  EXPECT_NE(ConsonantSkeleton("miller"), ConsonantSkeleton("mills"));
}

TEST(WithoutDiacriticsTest, WritesLatinLettersAsTheirBaseLetters) {
  EXPECT_EQ(WithoutDiacritics("jos\xC3\xA9 \xC3\x81lvarez"), "jose alvarez");
  EXPECT_EQ(WithoutDiacritics("\xC5\x81\xC3\xB3"
                              "d\xC5\xBA"),
            "lodz");  // Łódź
  EXPECT_EQ(WithoutDiacritics("Stra\xC3\x9F"
                              "e"),
            "Strasse");
  EXPECT_EQ(WithoutDiacritics("Erdo\xC4\x9F"
                              "an"),
            "Erdogan");
  // Other text is left as it is: ASCII, signs, other scripts, broken UTF-8.
  EXPECT_EQ(WithoutDiacritics("Blinken"), "Blinken");
  EXPECT_EQ(WithoutDiacritics("3\xC3\x97"
                              "4"),
            "3\xC3\x97"
            "4");  // ×
  EXPECT_EQ(WithoutDiacritics("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"),
            "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD");  // Путин
  EXPECT_EQ(WithoutDiacritics("\xC3"), "\xC3");
}

}  // namespace
}  // namespace factcheck
