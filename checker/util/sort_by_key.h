// File: checker/util/sort_by_key.h
//
// Sorting millions of protobuf claims, whose fields sit behind pointers:
// a comparator that reads them waits on memory at every comparison. These
// sorts read each element once for its key, sort the keys, and swap the
// elements into place, with no buffer of elements. Both are stable: equal
// keys keep their order.
//
//   std::vector<Claim> claims = ...;
//   SortByKey(&claims, [](const Claim& claim) { return claim.evidence().line(); });
//
//   // By document id, then by line within a document.
//   SortByGroup(
//       &claims, [](const Claim& claim) { return absl::string_view(claim.evidence().document()); },
//       [](const Claim& a, const Claim& b) { return a.evidence().line() < b.evidence().line(); });

#ifndef FACTCHECK_CHECKER_UTIL_SORT_BY_KEY_H_
#define FACTCHECK_CHECKER_UTIL_SORT_BY_KEY_H_

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace factcheck {

// Sorts by `key_of(element)`, a value ordered by operator< (small, such as a
// number or a tuple of them: the keys are sorted by value).
template <typename T, typename KeyOf>
void SortByKey(std::vector<T>* elements, KeyOf key_of) {
  // source[k]: the index of the element that belongs at k.
  std::vector<size_t> source(elements->size());
  {
    using Key = decltype(key_of(elements->front()));
    std::vector<std::pair<Key, size_t>> keyed;
    keyed.reserve(elements->size());
    for (size_t i = 0; i < elements->size(); ++i) keyed.emplace_back(key_of((*elements)[i]), i);
    std::sort(keyed.begin(), keyed.end());  // the index breaks ties: stable
    for (size_t k = 0; k < keyed.size(); ++k) source[k] = keyed[k].second;
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
// group by `less`. The groups are numbered once, so that most comparisons are
// of numbers; `less` compares only elements of one group, which sit together.
template <typename T, typename GroupOf, typename Less>
void SortByGroup(std::vector<T>* elements, GroupOf group_of, Less less) {
  {
    // Views of the elements: read only before any element moves.
    absl::flat_hash_map<absl::string_view, int> numbers;  // group -> its place in group order
    std::vector<absl::string_view> groups;
    for (const T& element : *elements) {
      if (numbers.emplace(group_of(element), 0).second) groups.push_back(group_of(element));
    }
    std::sort(groups.begin(), groups.end());
    for (size_t i = 0; i < groups.size(); ++i) numbers[groups[i]] = static_cast<int>(i);
    SortByKey(elements, [&](const T& element) { return numbers.at(group_of(element)); });
  }
  for (auto begin = elements->begin(); begin != elements->end();) {
    const absl::string_view group = group_of(*begin);
    auto end = std::find_if(begin, elements->end(),
                            [&](const T& element) { return group_of(element) != group; });
    std::stable_sort(begin, end, less);
    begin = end;
  }
}

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_SORT_BY_KEY_H_
