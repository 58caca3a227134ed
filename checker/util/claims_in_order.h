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
//   KeptClaims claims = ...;
//   const ClaimsInOrder ordered(std::move(claims));
//   for (const KeptClaim* claim : ordered) { ... }
//   for (const KeptClaim* name : ordered.OfKind(Claim::PERSON_NAME)) { ... }

#ifndef FACTCHECK_CHECKER_UTIL_CLAIMS_IN_ORDER_H_
#define FACTCHECK_CHECKER_UTIL_CLAIMS_IN_ORDER_H_

#include <array>
#include <cstddef>
#include <vector>

#include "checker/util/kept_claims.h"
#include "proto/claim.pb.h"

namespace factcheck {

class ClaimsInOrder {
 public:
  using const_iterator = std::vector<const KeptClaim*>::const_iterator;

  // Takes the claims and orders them.
  explicit ClaimsInOrder(KeptClaims claims);

  const_iterator begin() const { return claims_.begin(); }
  const_iterator end() const { return claims_.end(); }
  size_t size() const { return claims_.size(); }

  // The claims of `kind`, in the same order; none for a kind this build
  // does not know (a record may carry any number).
  const std::vector<const KeptClaim*>& OfKind(Claim::Kind kind) const;

 private:
  KeptClaims kept_;
  std::vector<const KeptClaim*> claims_;  // of kept_
  std::array<std::vector<const KeptClaim*>, Claim::Kind_ARRAYSIZE> of_kind_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_CLAIMS_IN_ORDER_H_
