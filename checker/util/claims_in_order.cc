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
        // Where the claim is, then what it says; its strings, which are
        // elsewhere in memory, read only when the rest is alike.
        const auto where = [](const KeptClaim* claim) {
          const KeptEvidence& evidence = claim->evidence();
          return std::make_tuple(evidence.line(), evidence.highlight_begin(), claim->kind());
        };
        const auto where_a = where(a);
        const auto where_b = where(b);
        if (where_a != where_b) return where_a < where_b;
        const auto what = [](const KeptClaim* claim) {
          const KeptEvidence& evidence = claim->evidence();
          return std::make_tuple(absl::string_view(claim->value_text()), evidence.sentence(),
                                 evidence.highlight_end(), absl::string_view(claim->attribute()),
                                 absl::string_view(claim->subject_key()));
        };
        const auto what_a = what(a);
        const auto what_b = what(b);
        if (what_a != what_b) return what_a < what_b;
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
