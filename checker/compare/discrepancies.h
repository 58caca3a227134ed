// File: checker/compare/discrepancies.h
//
// The claim graph: joins the claims that are about the same fact across
// documents and reports the facts on which the sources disagree, each with
// the sentences every version comes from.
//
//   NAME_SPELLING  one person (checker/resolve) spelled two or more ways
//                  across documents, or with letters inside a word in two
//                  cases ("DiSanto", "Disanto").
//   QUANTITY       figures for the same attribute of the same subject, in the
//                  same unit, whose intervals cannot all be true. The subject
//                  is a place (by its key), a person (by entity resolution),
//                  or the story: figures whose sentence names no subject are
//                  compared only between documents of one story — dated
//                  within two days of each other and naming two places or
//                  people in common, each in the first sentences (the lead)
//                  of one of them at least.
//   DATE           reports of one event — joined when they share a
//                  participant and the place, or two participants — that
//                  date it differently. Full dates more than a week apart
//                  are taken to be different events.
//
// Each document first settles on one value per fact (a document that
// contradicts itself is left out of that fact); documents whose values can
// all be true together form one variant (variants.h); two or more variants
// make a discrepancy. The result is sorted and byte-for-byte the same for the
// same claims in any order.
//
//   const ClaimsInOrder ordered(std::move(kept_claims));
//   const People people(ordered);
//   for (const Discrepancy& found : FindDiscrepancies(ordered, people)) { ... }

#ifndef FACTCHECK_CHECKER_COMPARE_DISCREPANCIES_H_
#define FACTCHECK_CHECKER_COMPARE_DISCREPANCIES_H_

#include <map>
#include <string>
#include <vector>

#include "checker/resolve/people.h"
#include "checker/util/claims_in_order.h"
#include "proto/claim.pb.h"
#include "proto/discrepancy.pb.h"
#include "proto/values.pb.h"

namespace factcheck {

// Most severe first, then by kind, subject and id. `datelines` gives each
// document's dateline, by document id; documents without one are in no story.
// Each kind is a WARNING unless `severity` says otherwise. The kinds are
// found on up to `threads` threads, with the same result.
std::vector<Discrepancy> FindDiscrepancies(const ClaimsInOrder& claims, const People& people,
                                           const std::map<std::string, PartialDate>& datelines,
                                           const std::map<DiscrepancyKind, Severity>& severity = {},
                                           int threads = 1);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_COMPARE_DISCREPANCIES_H_
