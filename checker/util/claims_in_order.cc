#include "checker/util/claims_in_order.h"

#include <tuple>
#include <utility>

#include "absl/strings/string_view.h"
#include "checker/util/sort_by_key.h"

namespace factcheck {

ClaimsInOrder::ClaimsInOrder(KeptClaims claims) : kept_(std::move(claims)) {
  claims_.reserve(kept_.size());
  for (const KeptClaim& claim : kept_) claims_.push_back(&claim);
  SortByGroup(
      &claims_,
      [](const KeptClaim* claim) { return absl::string_view(claim->evidence().document()); },
      [](const KeptClaim* a, const KeptClaim* b) {
        // Where the claim is, then what it says.
        const auto key = [](const KeptClaim* claim) {
          const KeptEvidence& evidence = claim->evidence();
          return std::make_tuple(evidence.line(), evidence.highlight_begin(), claim->kind(),
                                 absl::string_view(claim->value_text()), evidence.sentence(),
                                 evidence.highlight_end(), absl::string_view(claim->attribute()),
                                 absl::string_view(claim->subject_key()));
        };
        const auto key_a = key(a);
        const auto key_b = key(b);
        if (key_a != key_b) return key_a < key_b;
        // Claims alike in all that (two rules reading one span) are rare: by
        // all they hold, so that no input order decides.
        return a->ToProto().SerializeAsString() < b->ToProto().SerializeAsString();
      });
  for (const KeptClaim* claim : claims_) {
    if (claim->kind() >= 0 && claim->kind() < Claim::Kind_ARRAYSIZE) {
      of_kind_[claim->kind()].push_back(claim);
    }
  }
}

const std::vector<const KeptClaim*>& ClaimsInOrder::OfKind(Claim::Kind kind) const {
  static const std::vector<const KeptClaim*>* const kNone = new std::vector<const KeptClaim*>();
  return kind >= 0 && kind < Claim::Kind_ARRAYSIZE ? of_kind_[kind] : *kNone;
}

}  // namespace factcheck
