// File: checker/compare/variants.h
//
// Groups the values sources give for one fact into variants: values that can
// all be true together. Values are taken most specific first; each joins the
// first variant it agrees with (narrowing it) or starts a new one. Because a
// variant is narrowed as it grows, every member agrees with every other.
//
//   std::vector<Variant<Quantity>> variants = GroupIntoVariants(
//       figures,  // most specific first
//       [](const Quantity& a, const Quantity& b) { return Agree(a, b); },
//       [](const Quantity& a, const Quantity& b) { return Narrow(a, b); });
//   // "1.5 million", "over 1.5 million" -> one variant; "about 1.4 million" -> another

#ifndef FACTCHECK_CHECKER_COMPARE_VARIANTS_H_
#define FACTCHECK_CHECKER_COMPARE_VARIANTS_H_

#include <vector>

namespace factcheck {

template <typename Value>
struct VariantGroup {
  Value narrowed;            // what all members allow together
  std::vector<int> members;  // indices into the grouped values, in order
};

template <typename Value, typename AgreeFn, typename NarrowFn>
std::vector<VariantGroup<Value>> GroupIntoVariants(const std::vector<Value>& values, AgreeFn agree,
                                                   NarrowFn narrow) {
  std::vector<VariantGroup<Value>> groups;
  for (int i = 0; i < static_cast<int>(values.size()); ++i) {
    bool joined = false;
    for (VariantGroup<Value>& group : groups) {
      if (agree(group.narrowed, values[i])) {
        group.narrowed = narrow(group.narrowed, values[i]);
        group.members.push_back(i);
        joined = true;
        break;
      }
    }
    if (!joined) groups.push_back({values[i], {i}});
  }
  return groups;
}

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_COMPARE_VARIANTS_H_
