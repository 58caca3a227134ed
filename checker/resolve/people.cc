#include "checker/resolve/people.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "boost/graph/adjacency_list.hpp"
#include "boost/graph/connected_components.hpp"
#include "checker/resolve/similarity.h"
#include "checker/util/most_common.h"
#include "checker/util/sort_by_key.h"
#include "rules/names/names.h"

namespace factcheck {
namespace {

// A blocking key shared by more spellings than this gives no pairs: it is
// too common to tell anything (another key still pairs true variants).
constexpr size_t kMaxBlockSize = 64;

// One way of spelling a person's name, over the whole corpus.
struct Spelling {
  std::string key;  // SpellingKey
  std::string given;
  std::string surname;
  std::string given_key;                     // the lexicon's variant group, or ""
  std::string accepted;                      // as the vocabulary writes it, if it does
  std::vector<absl::string_view> documents;  // views of the claims' ids, sorted at the end
  std::map<std::string, int> titles;         // as written -> mentions
  std::map<std::string, int> texts;          // full name as written -> mentions
  std::map<std::string, int> surnames;       // surname as written -> mentions
};

enum class Likeness { kSame, kVariant, kSimilar, kDifferent };

bool StartsWithVowel(absl::string_view name) {
  return !name.empty() && absl::string_view("aeiou").find(name[0]) != absl::string_view::npos;
}

// Whether two folded names are a slight misspelling or transliteration of
// each other: "blinken"/"bliken", "shoukry"/"shukri", "osama"/"usama".
bool SlightlyDifferent(absl::string_view a, absl::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a[0] != b[0] && !(StartsWithVowel(a) && StartsWithVowel(b))) return false;
  const size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4) return false;
  const int distance = EditDistance(a, b, /*at_most=*/2);
  if (distance <= 1) return true;
  if (distance <= 2 && (shorter >= 7 || ConsonantSkeleton(a) == ConsonantSkeleton(b))) return true;
  return false;
}

Likeness CompareGiven(const Spelling& a, const Spelling& b) {
  if (a.given == b.given) return Likeness::kSame;
  // Two names the lexicon knows are the same name only if it says so.
  if (!a.given_key.empty() && !b.given_key.empty()) {
    return a.given_key == b.given_key ? Likeness::kVariant : Likeness::kDifferent;
  }
  return SlightlyDifferent(a.given, b.given) ? Likeness::kSimilar : Likeness::kDifferent;
}

Likeness CompareSurname(const Spelling& a, const Spelling& b) {
  if (a.surname == b.surname) return Likeness::kSame;
  return SlightlyDifferent(a.surname, b.surname) ? Likeness::kSimilar : Likeness::kDifferent;
}

bool SamePerson(const Spelling& a, const Spelling& b) {
  const Likeness given = CompareGiven(a, b);
  const Likeness surname = CompareSurname(a, b);
  const bool given_same = given == Likeness::kSame || given == Likeness::kVariant;
  return (given_same && surname != Likeness::kDifferent) ||
         (given == Likeness::kSimilar && surname == Likeness::kSame);
}

// Looser than SamePerson: what every pair in one person must be.
bool Alike(const Spelling& a, const Spelling& b) {
  return CompareGiven(a, b) != Likeness::kDifferent && CompareSurname(a, b) != Likeness::kDifferent;
}

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Connected components of `edges` over `size` vertices, as lists of vertices.
std::vector<std::vector<int>> Components(int size, const std::vector<std::pair<int, int>>& edges) {
  Graph graph(size);
  for (const auto& [a, b] : edges) boost::add_edge(a, b, graph);
  std::vector<int> component(size);
  const int count = size == 0 ? 0 : boost::connected_components(graph, component.data());
  std::vector<std::vector<int>> members(count);
  for (int vertex = 0; vertex < size; ++vertex) members[component[vertex]].push_back(vertex);
  return members;
}

// The people among `spellings`: components of the SamePerson graph, each
// split by exact surname when its members are not all alike.
std::vector<std::vector<int>> GroupSpellings(const std::vector<const Spelling*>& spellings) {
  // In any order: the pairs are sorted.
  absl::flat_hash_map<std::string, std::vector<int>> blocks;
  for (int i = 0; i < static_cast<int>(spellings.size()); ++i) {
    const Spelling& spelling = *spellings[i];
    blocks[absl::StrCat("skeleton:", ConsonantSkeleton(spelling.surname))].push_back(i);
    blocks[absl::StrCat("initials:", spelling.given.substr(0, 1), spelling.surname.substr(0, 1))]
        .push_back(i);
  }
  std::vector<std::pair<int, int>> pairs;
  for (const auto& [key, members] : blocks) {
    if (members.size() > kMaxBlockSize) continue;
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) pairs.emplace_back(members[x], members[y]);
    }
  }
  SortUnique(&pairs);
  std::vector<std::pair<int, int>> edges;
  for (const auto& [a, b] : pairs) {
    if (SamePerson(*spellings[a], *spellings[b])) edges.emplace_back(a, b);
  }
  std::vector<std::vector<int>> people;
  for (const std::vector<int>& component : Components(spellings.size(), edges)) {
    bool all_alike = true;
    for (size_t x = 0; x < component.size() && all_alike; ++x) {
      for (size_t y = x + 1; y < component.size() && all_alike; ++y) {
        all_alike = Alike(*spellings[component[x]], *spellings[component[y]]);
      }
    }
    if (all_alike) {
      people.push_back(component);
      continue;
    }
    // A chain of small differences: keep only what shares a surname.
    std::map<std::string, std::vector<int>> by_surname;
    for (int member : component) by_surname[spellings[member]->surname].push_back(member);
    for (auto& [surname, members] : by_surname) people.push_back(std::move(members));
  }
  return people;
}

// A name's first given name and surname, folded: what SpellingKey joins.
struct FoldedName {
  explicit FoldedName(const PersonName& name)
      : given(NormalizeName(absl::string_view(name.given()).substr(0, name.given().find(' ')))),
        surname(NormalizeName(name.surname())) {}
  std::string Key() const { return absl::StrCat(given, " ", surname); }

  std::string given;
  std::string surname;
};

// The spelling `name` is compared by, with nothing counted yet.
Spelling& SpellingOf(const PersonName& name, absl::flat_hash_map<std::string, Spelling>* by_key) {
  FoldedName folded(name);
  std::string key = folded.Key();
  Spelling& spelling = (*by_key)[key];
  spelling.key = std::move(key);
  spelling.given = std::move(folded.given);
  spelling.surname = std::move(folded.surname);
  if (spelling.given_key.empty()) spelling.given_key = name.given_key();
  return spelling;
}

}  // namespace

std::string SpellingKey(const PersonName& name) { return FoldedName(name).Key(); }

People::People(const ClaimsInOrder& claims, const std::vector<PersonName>& accepted) {
  absl::flat_hash_map<std::string, Spelling> by_key;
  std::vector<const KeptClaim*> full_names;  // walked again below
  for (const KeptClaim* claim : claims.OfKind(Claim::PERSON_NAME)) {
    if (claim->name().given().empty()) continue;
    full_names.push_back(claim);
    const PersonName& name = claim->name();
    Spelling& spelling = SpellingOf(name, &by_key);
    const absl::string_view document = claim->evidence().document();
    // A document's claims come together: a repeat is the last one.
    if (spelling.documents.empty() || spelling.documents.back() != document) {
      spelling.documents.push_back(document);
    }
    if (!name.title().empty()) ++spelling.titles[name.title()];
    ++spelling.texts[claim->value_text()];
    ++spelling.surnames[name.surname()];
  }
  for (const PersonName& name : accepted) {
    SpellingOf(name, &by_key).accepted = absl::StrCat(name.given(), " ", name.surname());
  }
  // In key order, one order whatever the hash: the keys are sorted, not the spellings.
  std::vector<std::pair<absl::string_view, Spelling*>> sorted;
  for (auto& [key, spelling] : by_key) sorted.emplace_back(key, &spelling);
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Spelling*> spellings;  // in by_key, which is not changed again
  spellings.reserve(sorted.size());
  for (const auto& [key, spelling] : sorted) {
    SortUnique(&spelling->documents);
    spellings.push_back(spelling);
  }

  for (const std::vector<int>& members : GroupSpellings(spellings)) {
    const bool named_in_corpus = std::any_of(
        members.begin(), members.end(), [&](int m) { return !spellings[m]->documents.empty(); });
    if (!named_in_corpus) continue;
    Entity entity;
    // Titles by folded form ("Interior Minister", "interior minister"), each
    // shown as most often written.
    std::map<std::string, std::map<std::string, int>> titles;
    std::map<std::string, int> surnames;
    std::set<std::string> folded_surnames;
    for (int member : members) {
      const Spelling& spelling = *spellings[member];
      Entity::Spelling* out = entity.add_spellings();
      out->set_text(spelling.texts.empty() ? spelling.accepted : MostCommon(spelling.texts));
      out->set_normalized(spelling.key);
      out->set_accepted(!spelling.accepted.empty());
      if (spelling.documents.empty()) continue;
      for (const absl::string_view document : spelling.documents) {
        out->add_documents(std::string(document));
      }
      for (const auto& [title, count] : spelling.titles) {
        titles[absl::AsciiStrToLower(title)][title] += count;
      }
      for (const auto& [surname, count] : spelling.surnames) surnames[surname] += count;
      folded_surnames.insert(spelling.surname);
      // Named after its first spelling in the corpus, so the vocabulary does
      // not change who is who.
      if (entity.id().empty()) {
        entity.set_id(absl::StrCat("person:", absl::StrReplaceAll(spelling.key, {{" ", "-"}})));
      }
    }
    if (folded_surnames.size() == 1) {
      entity.set_label(MostCommon(surnames));
    } else {
      std::vector<std::string> written;
      for (const auto& [surname, count] : surnames) written.push_back(surname);
      entity.set_label(absl::StrJoin(written, " / "));
    }
    for (const auto& [folded, written] : titles) {
      // "minister" says nothing "Interior Minister" does not.
      const std::string suffix = absl::StrCat(" ", folded);
      const bool shorter_form = std::any_of(titles.begin(), titles.end(), [&](const auto& other) {
        return absl::EndsWith(other.first, suffix);
      });
      if (!shorter_form) entity.add_titles(MostCommon(written));
    }
    entities_.push_back(std::move(entity));
  }
  std::sort(entities_.begin(), entities_.end(),
            [](const Entity& a, const Entity& b) { return a.id() < b.id(); });

  absl::flat_hash_map<std::string, int> entity_of_key;
  for (int i = 0; i < static_cast<int>(entities_.size()); ++i) {
    for (const Entity::Spelling& spelling : entities_[i].spellings()) {
      entity_of_key[spelling.normalized()] = i;
    }
  }
  for (const KeptClaim* claim : full_names) {
    FoldedName folded(claim->name());
    const int entity = entity_of_key.at(folded.Key());
    by_document_name_[claim->evidence().document()].emplace_back(NormalizeName(claim->value_text()),
                                                                 entity);
    const auto [found, inserted] = by_surname_.emplace(std::move(folded.surname), entity);
    if (!inserted && found->second != entity) found->second = -1;
  }
  // A name written twice in a document names one person: the same entry.
  for (auto& [document, names] : by_document_name_) SortUnique(&names);
}

int People::EntityOfClaim(const KeptClaim& claim) const {
  if (claim.kind() != Claim::PERSON_NAME) return -1;
  const std::string& name =
      claim.name().refers_to().empty() ? claim.value_text() : claim.name().refers_to();
  return EntityOfName(claim.evidence().document(), name);
}

int People::EntityOfName(absl::string_view document, absl::string_view name) const {
  const std::string folded = NormalizeName(name);
  if (const auto in_document = by_document_name_.find(document);
      in_document != by_document_name_.end()) {
    const std::vector<std::pair<std::string, int>>& names = in_document->second;
    const auto found = std::lower_bound(names.begin(), names.end(), folded,
                                        [](const std::pair<std::string, int>& entry,
                                           const std::string& key) { return entry.first < key; });
    if (found != names.end() && found->first == folded) return found->second;
  }
  const auto by_surname = by_surname_.find(folded);
  return by_surname == by_surname_.end() ? -1 : by_surname->second;
}

}  // namespace factcheck
