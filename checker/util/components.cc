#include "checker/util/components.h"

#include <numeric>

#include "boost/pending/disjoint_sets.hpp"

namespace factcheck {
namespace {

using Sets = boost::disjoint_sets<int*, int*>;

}  // namespace

Components::Components(int vertices) : rank_(vertices, 0), parent_(vertices) {
  std::iota(parent_.begin(), parent_.end(), 0);  // each vertex its own set, as make_set does
}

void Components::Join(int a, int b) { Sets(rank_.data(), parent_.data()).union_set(a, b); }

int Components::Find(int vertex) { return Sets(rank_.data(), parent_.data()).find_set(vertex); }

std::vector<std::vector<int>> Components::Groups() {
  Sets sets(rank_.data(), parent_.data());
  // A component is numbered when its first vertex is reached.
  std::vector<int> number(parent_.size(), -1);  // by representative
  std::vector<std::vector<int>> groups;
  for (int vertex = 0; vertex < static_cast<int>(parent_.size()); ++vertex) {
    int& group = number[sets.find_set(vertex)];
    if (group < 0) {
      group = static_cast<int>(groups.size());
      groups.emplace_back();
    }
    groups[group].push_back(vertex);
  }
  return groups;
}

}  // namespace factcheck
