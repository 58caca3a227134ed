// File: checker/resolve/people.h
//
// Entity resolution for people: decides which full-name mentions across the
// corpus name the same person, however spelled ("Antony Blinken", "Anthony
// Blinken"), and which short forms and event participants refer to whom.
//
// Mentions are compared by their spelling (first given name and surname,
// folded, so middle initials and hyphens do not count). Candidate pairs come
// from blocking keys, never all pairs: the surname's consonant skeleton and
// the initials. Two spellings are joined when their surnames are equal or a
// slight misspelling of each other and their given names are the same name
// (equal, or variants in the names lexicon such as Antony/Anthony), or when
// the surnames are equal and the given names a slight misspelling (an
// initial transliterated two ways, Karolos/Carolos, counts as one). The
// connected components of the graph of joined spellings (Components, Boost's
// union-find) are the people, split again by surname if a chain of small
// differences joined spellings that are not alike end to end.
//
//   const ClaimsInOrder claims(std::move(kept));
//   const People people(claims, {}, /*threads=*/2);  // views: `claims` must outlive it
//   for (const Entity& person : people.entities()) { ... }
//   int who = people.EntityOfName("004.txt", "Anthony Blinken");
//   int named = people.entity_of_name_claims()[i];  // of claims.OfKind(PERSON_NAME)[i]

#ifndef FACTCHECK_CHECKER_RESOLVE_PEOPLE_H_
#define FACTCHECK_CHECKER_RESOLVE_PEOPLE_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_set.h"
#include "absl/strings/string_view.h"
#include "checker/util/claims_in_order.h"
#include "checker/util/kept_claims.h"
#include "proto/claim.pb.h"
#include "proto/entity.pb.h"

namespace factcheck {

// What a full name is compared by: "antony blinken" for "Antony J. Blinken".
std::string SpellingKey(const PersonName& name);

class People {
 public:
  // Resolves the PERSON_NAME claims among `claims`; other claims are ignored.
  // The claims must outlive it: it keeps views of their document ids.
  // `accepted` are the vocabulary's spellings: each joins the person it
  // names, as a spelling marked accepted; people no claim names are dropped.
  // The work is shared by up to `threads` threads.
  explicit People(const ClaimsInOrder& claims, const std::vector<PersonName>& accepted = {},
                  int threads = 1);

  // Sorted by id.
  const std::vector<Entity>& entities() const { return entities_; }

  // The index in entities() of the person a PERSON_NAME claim names (a full
  // name, or a short form that refers to one), or -1.
  int EntityOfClaim(const KeptClaim& claim) const;

  // EntityOfClaim of each of claims.OfKind(PERSON_NAME), in that order:
  // found once, on all the threads, for the readers of every claim.
  const std::vector<int>& entity_of_name_claims() const { return entity_of_name_claims_; }

  // The person `name` refers to in `document`: a full name as written there,
  // or a surname that one person alone in the corpus bears. -1 otherwise.
  int EntityOfName(absl::string_view document, absl::string_view name) const;

  // The other people of the corpus, as indices in entities(), who bear a
  // surname person `entity` is spelled with: Laci Peterson for Scott
  // Peterson. A short form ("Peterson") may mean any of them, whichever
  // full name its document gives.
  const std::vector<int>& Namesakes(int entity) const { return namesakes_[entity]; }

 private:
  // Indexes the documents' full names (`full_names`, in the corpus's order)
  // in by_document_name_, each with the number of its spelling
  // (`number_of`, by full name), and returns the numbers of each folded
  // surname's spellings.
  absl::flat_hash_map<std::string, std::vector<int>> IndexNames(
      const std::vector<const KeptClaim*>& full_names, const std::vector<int>& number_of);

  std::vector<Entity> entities_;
  // Each folded full name of the corpus, kept once: the views below are of these.
  absl::node_hash_set<std::string> folded_names_;
  // document -> (folded full name, entity) for each full name written there,
  // sorted by name: a few per document, found without building a key.
  absl::flat_hash_map<absl::string_view, std::vector<std::pair<absl::string_view, int>>>
      by_document_name_;
  // folded surname -> entity, or -1 when several people share it
  absl::flat_hash_map<std::string, int> by_surname_;
  std::vector<std::vector<int>> namesakes_;  // by entity, sorted
  std::vector<int> entity_of_name_claims_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_RESOLVE_PEOPLE_H_
