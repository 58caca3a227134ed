#include "checker/util/claims_in_order.h"

#include <tuple>

#include "absl/strings/string_view.h"
#include "checker/util/sort_by_key.h"

namespace factcheck {

void ClaimsInOrder::Sort() {
  SortByGroup(
      &claims_, [](const Claim* claim) { return absl::string_view(claim->evidence().document()); },
      [](const Claim* a, const Claim* b) {
        // Where the claim is, then what it says.
        const auto key = [](const Claim* claim) {
          const Evidence& evidence = claim->evidence();
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
        return a->SerializeAsString() < b->SerializeAsString();
      });
  for (const Claim* claim : claims_) {
    if (claim->kind() >= 0 && claim->kind() < Claim::Kind_ARRAYSIZE) {
      of_kind_[claim->kind()].push_back(claim);
    }
  }
}

const std::vector<const Claim*>& ClaimsInOrder::OfKind(Claim::Kind kind) const {
  static const std::vector<const Claim*>* const kNone = new std::vector<const Claim*>();
  return kind >= 0 && kind < Claim::Kind_ARRAYSIZE ? of_kind_[kind] : *kNone;
}

}  // namespace factcheck
