// File: checker/util/sort_by_key.h
//
// Sorting millions of protobuf claims, whose fields sit behind pointers:
// a comparator that reads them waits on memory at every comparison. These
// sorts read keys from the elements once. SortByKeys sorts the keys, then
// swaps the elements into place with no buffer of elements; SortByGroup
// sorts runs of elements of one group. Both are stable: equal keys keep
// their order. SortUnique, for the small lists built beside them, keeps one
// of each value.
//
//   std::vector<Claim> claims = ...;
//   std::vector<int> lines;  // one per claim
//   for (const Claim& claim : claims) lines.push_back(claim.evidence().line());
//   SortByKeys(&claims, &lines);
//
//   // By document id, then by line within a document.
//   SortByGroup(
//       &claims, [](const Claim& claim) { return absl::string_view(claim.evidence().document()); },
//       [](const Claim& a, const Claim& b) { return a.evidence().line() < b.evidence().line(); });

#ifndef FACTCHECK_CHECKER_UTIL_SORT_BY_KEY_H_
#define FACTCHECK_CHECKER_UTIL_SORT_BY_KEY_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace factcheck {

// Sorts `elements` by `keys`, one per element in the same order, values
// ordered by operator< (small, such as numbers or tuples of them); `keys` end
// up sorted alongside.
template <typename T, typename Key>
void SortByKeys(std::vector<T>* elements, std::vector<Key>* keys) {
  // source[k]: the index of the element that belongs at k.
  std::vector<size_t> source(elements->size());
  {
    std::vector<std::pair<Key, size_t>> keyed;
    keyed.reserve(elements->size());
    for (size_t i = 0; i < keys->size(); ++i) keyed.emplace_back(std::move((*keys)[i]), i);
    std::sort(keyed.begin(), keyed.end());  // the index breaks ties: stable
    for (size_t k = 0; k < keyed.size(); ++k) {
      source[k] = keyed[k].second;
      (*keys)[k] = std::move(keyed[k].first);
    }
  }
  // Each cycle of the permutation is walked once, swapping its elements into place.
  for (size_t start = 0; start < source.size(); ++start) {
    size_t at = start;
    while (source[at] != start) {
      using std::swap;
      swap((*elements)[at], (*elements)[source[at]]);
      const size_t next = source[at];
      source[at] = at;
      at = next;
    }
    source[at] = at;
  }
}

// Sorts by `group_of(element)`, a string_view of the element, then within a
// group by `less`. Elements mostly come in runs of one group (a document's
// claims): the runs are ordered, not the elements, each group numbered once,
// and the elements moved run by run into place. `less` compares only
// elements of one group, which sit together.
template <typename T, typename GroupOf, typename Less>
void SortByGroup(std::vector<T>* elements, GroupOf group_of, Less less) {
  struct Run {
    int group;
    size_t begin;
    size_t end;
  };
  std::vector<Run> runs;
  {
    // Views of the elements: read only before any element moves.
    std::vector<absl::string_view> groups;
    absl::flat_hash_map<absl::string_view, int> number_of;
    for (size_t i = 0; i < elements->size(); ++i) {
      const absl::string_view group = group_of((*elements)[i]);
      if (!runs.empty() && group == groups[runs.back().group]) {
        runs.back().end = i + 1;
        continue;
      }
      const auto [found, added] = number_of.emplace(group, static_cast<int>(groups.size()));
      if (added) groups.push_back(group);
      runs.push_back({found->second, i, i + 1});
    }
    // Renumbered in the order of the groups.
    std::vector<int> in_order(groups.size());
    std::iota(in_order.begin(), in_order.end(), 0);
    std::sort(in_order.begin(), in_order.end(),
              [&groups](int a, int b) { return groups[a] < groups[b]; });
    std::vector<int> place(groups.size());
    for (size_t k = 0; k < in_order.size(); ++k) place[in_order[k]] = static_cast<int>(k);
    for (Run& run : runs) run.group = place[run.group];
  }
  // A group's runs keep their order: stable.
  std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
    return std::tie(a.group, a.begin) < std::tie(b.group, b.begin);
  });
  std::vector<T> sorted;
  sorted.reserve(elements->size());
  for (auto run = runs.begin(); run != runs.end();) {
    const size_t group_begin = sorted.size();
    const int group = run->group;
    for (; run != runs.end() && run->group == group; ++run) {
      for (size_t i = run->begin; i < run->end; ++i) sorted.push_back(std::move((*elements)[i]));
    }
    std::stable_sort(sorted.begin() + group_begin, sorted.end(), less);
  }
  *elements = std::move(sorted);
}

// Sorts `items` and keeps one of each value.
template <typename T>
void SortUnique(std::vector<T>* items) {
  std::sort(items->begin(), items->end());
  items->erase(std::unique(items->begin(), items->end()), items->end());
}

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_SORT_BY_KEY_H_
