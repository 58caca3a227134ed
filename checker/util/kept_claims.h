// File: checker/util/kept_claims.h
//
// Claims as comparison keeps them, by the million, without what it never
// reads. A claim's rule names the rule that read it, for the records of
// --stage=extract; no finder reads it. A sentence yields about 1.7 claims,
// and each quotes the whole sentence as its evidence's excerpt: of the claims
// of one document kept one after another, only the first from each sentence
// keeps the quote. Together that is a sixth of a kept claim's memory.
// RestoreExcerpts puts the quotes back into the evidence a report cites.
//
//   std::deque<Claim> claims;
//   ClaimKeeper keeper(&claims);
//   for (Claim& claim : ExtractedClaims()) keeper.Keep(std::move(claim));
//   Report report = ...;  // findings whose evidence was copied from `claims`
//   RestoreExcerpts(ClaimsInOrder(claims), &report);

#ifndef FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_
#define FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_

#include <deque>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "checker/util/claims_in_order.h"
#include "proto/claim.pb.h"
#include "proto/report.pb.h"

namespace factcheck {

class ClaimKeeper {
 public:
  // Appends to `claims`, which must outlive the keeper.
  explicit ClaimKeeper(std::deque<Claim>* claims) : claims_(claims) {}

  // Appends `claim` without its rule, and without its excerpt when a claim
  // of the same document kept since the last claim of another one quoted
  // the same sentence alike.
  void Keep(Claim claim);

 private:
  std::deque<Claim>* claims_;
  // The document of the last claim kept, and the sentences quoted since it
  // began: sentence -> the excerpt kept for it.
  absl::string_view document_;
  absl::flat_hash_map<int, const std::string*> quoted_;
};

// Fills each empty excerpt among the evidence of `report`'s findings with
// the sentence another claim of the same document and sentence quotes.
void RestoreExcerpts(const ClaimsInOrder& claims, Report* report);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_
