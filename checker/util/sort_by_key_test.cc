#include "checker/util/sort_by_key.h"

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

using Words = std::vector<std::string>;

// Sorts `words` by length with SortByKeys; the lengths must end up sorted alongside.
void SortByLength(Words* words) {
  std::vector<size_t> lengths;
  for (const std::string& word : *words) lengths.push_back(word.size());
  SortByKeys(words, &lengths);
  for (size_t i = 0; i < words->size(); ++i) EXPECT_EQ(lengths[i], (*words)[i].size()) << i;
}

TEST(SortByKeysTest, SortsByTheKeysAndKeepsTheOrderOfEqualKeys) {
  struct Example {
    Words input;
    Words by_length;
  };
  const Example examples[] = {
      {{}, {}},
      {{"one"}, {"one"}},
      {{"three", "two", "a"}, {"a", "two", "three"}},
      {{"bb", "aa", "c", "dd"}, {"c", "bb", "aa", "dd"}},        // equal lengths keep their order
      {{"dddd", "ccc", "bb", "a"}, {"a", "bb", "ccc", "dddd"}},  // one cycle of swaps
      {{"bb", "a", "dddd", "ccc"}, {"a", "bb", "ccc", "dddd"}},  // two cycles
  };
  for (const Example& example : examples) {
    Words words = example.input;
    SortByLength(&words);
    EXPECT_EQ(words, example.by_length) << ::testing::PrintToString(example.input);
  }
}

TEST(SortByKeysTest, AgreesWithStableSortOnShuffledInput) {
  std::mt19937 random(7);
  Words words;
  for (int i = 0; i < 2000; ++i) {
    words.push_back(std::string(random() % 12, 'x') + std::to_string(i));
  }
  std::shuffle(words.begin(), words.end(), random);
  Words expected = words;
  std::stable_sort(expected.begin(), expected.end(),
                   [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  SortByLength(&words);
  EXPECT_EQ(words, expected);
}

using Claim = std::pair<std::string, int>;  // document, line

absl::string_view DocumentOf(const Claim& claim) { return claim.first; }
bool ByLine(const Claim& a, const Claim& b) { return a.second < b.second; }

TEST(SortByGroupTest, SortsByGroupThenWithinEachGroup) {
  struct Example {
    std::vector<Claim> input;
    std::vector<Claim> sorted;
  };
  const Example examples[] = {
      {{}, {}},
      {{{"b.txt", 2}, {"a.txt", 9}, {"b.txt", 1}}, {{"a.txt", 9}, {"b.txt", 1}, {"b.txt", 2}}},
      // Equal lines keep their order; a long id is not stored in the string.
      {{{"a-document-with-a-long-name.txt", 3},
        {"a.txt", 1},
        {"a.txt", 1},
        {"a-document-with-a-long-name.txt", 1}},
       {{"a-document-with-a-long-name.txt", 1},
        {"a-document-with-a-long-name.txt", 3},
        {"a.txt", 1},
        {"a.txt", 1}}},
  };
  for (const Example& example : examples) {
    std::vector<Claim> claims = example.input;
    SortByGroup(&claims, DocumentOf, ByLine);
    EXPECT_EQ(claims, example.sorted);
  }
}

TEST(SortByGroupTest, AgreesWithStableSortOnShuffledInput) {
  std::mt19937 random(11);
  std::vector<Claim> claims;
  for (int i = 0; i < 3000; ++i) {
    claims.emplace_back(absl::StrCat("doc-", random() % 97, ".txt"),
                        static_cast<int>(random() % 40));
  }
  std::vector<Claim> expected = claims;
  std::stable_sort(expected.begin(), expected.end(), [](const Claim& a, const Claim& b) {
    return a.first != b.first ? a.first < b.first : a.second < b.second;
  });
  SortByGroup(&claims, DocumentOf, ByLine);
  EXPECT_EQ(claims, expected);
}

TEST(SortUniqueTest, SortsAndKeepsOneOfEach) {
  struct Example {
    Words input;
    Words sorted_unique;
  };
  for (const Example& example : std::vector<Example>{
           {{}, {}},
           {{"kessra"}, {"kessra"}},
           {{"varnholm", "kessra", "varnholm"}, {"kessra", "varnholm"}},
           {{"b", "a", "b", "a", "c", "a"}, {"a", "b", "c"}},
       }) {
    Words items = example.input;
    SortUnique(&items);
    EXPECT_EQ(items, example.sorted_unique);
  }
}

}  // namespace
}  // namespace factcheck
