#include "checker/util/kept_claims.h"

#include <utility>
#include <vector>

namespace factcheck {

void ClaimKeeper::Keep(Claim claim) {
  // Released, not cleared: a cleared string keeps its memory.
  claim.set_allocated_rule(nullptr);
  Claim& kept = claims_->emplace_back(std::move(claim));
  if (!kept.has_evidence()) return;
  Evidence& evidence = *kept.mutable_evidence();
  if (evidence.document() != document_) {
    document_ = evidence.document();  // held by `kept`, which never moves
    quoted_.clear();
  }
  const auto [first, inserted] = quoted_.emplace(evidence.sentence(), &evidence.excerpt());
  if (!inserted && *first->second == evidence.excerpt()) evidence.set_allocated_excerpt(nullptr);
}

void RestoreExcerpts(const ClaimsInOrder& claims, Report* report) {
  using Wanting = absl::flat_hash_map<int, std::vector<Evidence*>>;  // sentence -> evidence
  absl::flat_hash_map<absl::string_view, Wanting> wanted;            // by document
  for (Discrepancy& discrepancy : *report->mutable_discrepancies()) {
    for (Variant& variant : *discrepancy.mutable_variants()) {
      for (Evidence& evidence : *variant.mutable_evidence()) {
        if (evidence.excerpt().empty()) {
          wanted[evidence.document()][evidence.sentence()].push_back(&evidence);
        }
      }
    }
  }
  if (wanted.empty()) return;
  // The claims come grouped by document: each document is looked up once.
  bool first = true;
  absl::string_view document;
  Wanting* in_document = nullptr;
  for (const Claim* claim : claims) {
    const Evidence& quoting = claim->evidence();
    if (quoting.excerpt().empty()) continue;
    if (first || quoting.document() != document) {
      first = false;
      document = quoting.document();
      const auto found = wanted.find(document);
      in_document = found == wanted.end() ? nullptr : &found->second;
    }
    if (in_document == nullptr) continue;
    const auto sentence = in_document->find(quoting.sentence());
    if (sentence == in_document->end()) continue;
    for (Evidence* evidence : sentence->second) evidence->set_excerpt(quoting.excerpt());
    in_document->erase(sentence);
  }
}

}  // namespace factcheck
