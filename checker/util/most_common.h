// File: checker/util/most_common.h
//
// The most frequent of counted things, the same one on every run: ties go to
// the smallest key.
//
//   std::map<std::string, int> spellings = {{"Hefner", 6}, {"Heffner", 2}};
//   MostCommon(spellings) == "Hefner"

#ifndef FACTCHECK_CHECKER_UTIL_MOST_COMMON_H_
#define FACTCHECK_CHECKER_UTIL_MOST_COMMON_H_

#include <map>

namespace factcheck {

// The key with the highest count; a default Key when `counts` is empty.
template <typename Key>
Key MostCommon(const std::map<Key, int>& counts) {
  Key best{};
  int best_count = 0;
  for (const auto& [key, count] : counts) {  // in key order, so ties keep the smallest
    if (count > best_count) {
      best = key;
      best_count = count;
    }
  }
  return best;
}

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_MOST_COMMON_H_
