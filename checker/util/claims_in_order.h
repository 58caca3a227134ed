// File: checker/util/claims_in_order.h
//
// The one order in which comparison reads a corpus's claims, whatever order
// extraction or a reducer's input gave them: grouped by document, then by
// line and place in the sentence, then by what they claim. Entity resolution
// and the discrepancy finders take claims in this order, so their results
// are the same for the same claims in any order, and the claims are sorted
// once. Each kind's claims are also listed apart, in the same order: most
// readers want one kind, and millions of claims of the others need not be
// fetched from memory again to be skipped.
//
//   std::deque<Claim> claims = ...;
//   const ClaimsInOrder ordered(claims);  // views: `claims` must outlive it
//   for (const Claim* claim : ordered) { ... }
//   for (const Claim* name : ordered.OfKind(Claim::PERSON_NAME)) { ... }

#ifndef FACTCHECK_CHECKER_UTIL_CLAIMS_IN_ORDER_H_
#define FACTCHECK_CHECKER_UTIL_CLAIMS_IN_ORDER_H_

#include <array>
#include <cstddef>
#include <vector>

#include "proto/claim.pb.h"

namespace factcheck {

class ClaimsInOrder {
 public:
  using const_iterator = std::vector<const Claim*>::const_iterator;

  // Orders the claims of any container of Claim; they are not copied.
  template <typename Claims>
  explicit ClaimsInOrder(const Claims& claims) {
    claims_.reserve(claims.size());
    for (const Claim& claim : claims) claims_.push_back(&claim);
    Sort();
  }

  const_iterator begin() const { return claims_.begin(); }
  const_iterator end() const { return claims_.end(); }
  size_t size() const { return claims_.size(); }

  // The claims of `kind`, in the same order; none for a kind this build
  // does not know (a record may carry any number).
  const std::vector<const Claim*>& OfKind(Claim::Kind kind) const;

 private:
  // Sorts claims_ and lists each kind's claims.
  void Sort();

  std::vector<const Claim*> claims_;
  std::array<std::vector<const Claim*>, Claim::Kind_ARRAYSIZE> of_kind_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_CLAIMS_IN_ORDER_H_
