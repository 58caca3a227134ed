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
                                 absl::string_view(claim->rule()),
                                 absl::string_view(claim->subject_key()));
        };
        return key(a) < key(b);
      });
}

}  // namespace factcheck
