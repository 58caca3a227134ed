#include "checker/util/components.h"

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

using Edges = std::vector<std::pair<int, int>>;
using Groups = std::vector<std::vector<int>>;

Groups GroupsOf(int vertices, const Edges& edges) {
  Components components(vertices);
  for (const auto& [a, b] : edges) components.Join(a, b);
  return components.Groups();
}

TEST(ComponentsTest, GroupsTheVerticesEdgesJoin) {
  struct Example {
    int vertices;
    Edges edges;
    Groups groups;
  };
  const Example examples[] = {
      {0, {}, {}},
      {1, {}, {{0}}},
      {3, {}, {{0}, {1}, {2}}},
      {4, {{0, 2}, {3, 2}}, {{0, 2, 3}, {1}}},
      {3, {{1, 1}}, {{0}, {1}, {2}}},                            // a loop joins nothing
      {4, {{0, 1}, {1, 0}, {0, 1}}, {{0, 1}, {2}, {3}}},         // an edge given thrice
      {5, {{4, 3}, {3, 2}, {2, 1}, {1, 0}}, {{0, 1, 2, 3, 4}}},  // a chain, from its end
      {6, {{5, 1}, {4, 0}}, {{0, 4}, {1, 5}, {2}, {3}}},         // ordered by first vertex
  };
  for (const Example& example : examples) {
    EXPECT_EQ(GroupsOf(example.vertices, example.edges), example.groups)
        << example.vertices << " vertices, " << example.edges.size() << " edges";
  }
}

TEST(ComponentsTest, FindNamesOneVertexForEachComponent) {
  Components components(4);
  components.Join(0, 2);
  EXPECT_EQ(components.Find(0), components.Find(2));
  EXPECT_NE(components.Find(0), components.Find(1));
  EXPECT_EQ(components.Find(3), 3);
  components.Join(3, 2);
  EXPECT_EQ(components.Find(3), components.Find(0));
}

TEST(ComponentsTest, TheSameGroupsForEdgesInAnyOrder) {
  constexpr int kVertices = 200;
  std::mt19937 random(7);
  Edges edges;
  for (int i = 0; i < 150; ++i) {
    edges.emplace_back(random() % kVertices, random() % kVertices);
  }
  const Groups expected = GroupsOf(kVertices, edges);
  for (int shuffle = 0; shuffle < 5; ++shuffle) {
    std::shuffle(edges.begin(), edges.end(), random);
    for (auto& [a, b] : edges) {
      if (random() % 2) std::swap(a, b);
    }
    EXPECT_EQ(GroupsOf(kVertices, edges), expected) << "shuffle " << shuffle;
  }
}

}  // namespace
}  // namespace factcheck
