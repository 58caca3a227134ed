#include "checker/resolve/people.h"

#include <algorithm>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/types/span.h"
#include "checker/resolve/similarity.h"
#include "checker/util/components.h"
#include "checker/util/most_common.h"
#include "checker/util/sort_by_key.h"
#include "checker/util/threads.h"
#include "rules/names/names.h"

namespace factcheck {
namespace {

// A blocking key shared by more spellings than this gives no pairs: it is
// too common to tell anything (another key still pairs true variants).
constexpr size_t kMaxBlockSize = 64;

// One way of spelling a person's name, over the whole corpus.
struct Spelling {
  std::string key;            // SpellingKey
  absl::string_view given;    // of key, as the last name with this key divides it
  absl::string_view surname;  // the rest of key
  // `given` and `surname` without diacritics, as spellings are blocked and
  // compared, which some outlets drop: "alvarez" for "álvarez".
  std::string plain_given;
  std::string plain_surname;
  absl::string_view given_key;  // the lexicon's variant group, or "": of a claim's name
  std::string accepted;         // as the vocabulary writes it, if it does
  // Its full-name claims, in the order of the corpus: a run of them sorted by spelling.
  absl::Span<const KeptClaim* const> claims;
};

enum class Likeness { kSame, kVariant, kSimilar, kDifferent };

bool StartsWithVowel(absl::string_view name) {
  return !name.empty() && absl::string_view("aeiou").find(name[0]) != absl::string_view::npos;
}

// Whether two different initials may begin one name transliterated two
// ways: "karolos"/"carolos", "yiannis"/"giannis", "yusuf"/"jusuf".
bool InitialsOfOneSound(char a, char b) {
  if (a > b) std::swap(a, b);
  return (a == 'c' && b == 'k') || (a == 'g' && b == 'y') || (a == 'j' && b == 'y');
}

// Whether `longer` is `shorter` with one of its consonants doubled:
// "vell"/"vel", a misspelling even of a name too short to tell others by
// letters ("lee" and "le" are two names, as "li" and "lin" are).
bool DoubledConsonant(absl::string_view longer, absl::string_view shorter) {
  if (longer.size() != shorter.size() + 1) return false;
  const size_t differ =
      std::mismatch(shorter.begin(), shorter.end(), longer.begin()).first - shorter.begin();
  // Where they first differ, or at the end, `longer` repeats the letter before.
  if (differ == 0 || longer[differ] != longer[differ - 1]) return false;
  const char doubled = longer[differ];
  return absl::ascii_isalpha(doubled) &&
         absl::string_view("aeiouy").find(doubled) == absl::string_view::npos &&
         longer.substr(differ + 1) == shorter.substr(differ);
}

// Whether two folded names without diacritics are a slight misspelling or
// transliteration of each other: "blinken"/"bliken", "shoukry"/"shukri",
// "osama"/"usama", "vell"/"vel".
bool SlightlyDifferent(absl::string_view a, absl::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (DoubledConsonant(a, b) || DoubledConsonant(b, a)) return true;
  if (a[0] != b[0] && !(StartsWithVowel(a) && StartsWithVowel(b))) {
    // Only the initial differs, in a name too long to be another ("yong" and
    // "gong" are two names).
    return std::min(a.size(), b.size()) >= 5 && InitialsOfOneSound(a[0], b[0]) &&
           a.substr(1) == b.substr(1);
  }
  const size_t shorter = std::min(a.size(), b.size());
  if (shorter < 4) return false;
  const int distance = EditDistance(a, b, /*at_most=*/2);
  if (distance <= 1) return true;
  if (distance <= 2 && (shorter >= 7 || ConsonantSkeleton(a) == ConsonantSkeleton(b))) return true;
  return false;
}

// Whether two different folded given names are a man's and a woman's form
// of one name, which differ only in a final vowel or by one added:
// "daniel"/"daniela", "louis"/"louise", "mario"/"maria". Two people, often
// of one family, rather than one misspelled.
bool GenderedForms(absl::string_view a, absl::string_view b) {
  const size_t shorter = std::min(a.size(), b.size());
  const size_t common = std::mismatch(a.begin(), a.begin() + shorter, b.begin()).first - a.begin();
  const auto vowel_or_nothing = [](absl::string_view ending) {
    return ending.empty() || (ending.size() == 1 &&
                              absl::string_view("aeio").find(ending[0]) != absl::string_view::npos);
  };
  return vowel_or_nothing(a.substr(common)) && vowel_or_nothing(b.substr(common));
}

// Names that differ in diacritics alone ("rené"/"rene") are the same.
Likeness CompareGiven(const Spelling& a, const Spelling& b) {
  if (a.plain_given == b.plain_given) return Likeness::kSame;
  // Two names the lexicon knows are the same name only if it says so.
  if (!a.given_key.empty() && !b.given_key.empty()) {
    return a.given_key == b.given_key ? Likeness::kVariant : Likeness::kDifferent;
  }
  return SlightlyDifferent(a.plain_given, b.plain_given) && !GenderedForms(a.given, b.given)
             ? Likeness::kSimilar
             : Likeness::kDifferent;
}

Likeness CompareSurname(const Spelling& a, const Spelling& b) {
  if (a.plain_surname == b.plain_surname) return Likeness::kSame;
  return SlightlyDifferent(a.plain_surname, b.plain_surname) ? Likeness::kSimilar
                                                             : Likeness::kDifferent;
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

// The people among `spellings`: components of the SamePerson graph, each
// split by exact surname when its members are not all alike.
std::vector<std::vector<int>> GroupSpellings(const std::vector<const Spelling*>& spellings) {
  // In any order: the pairs are sorted.
  absl::flat_hash_map<std::string, std::vector<int>> blocks;
  for (int i = 0; i < static_cast<int>(spellings.size()); ++i) {
    const Spelling& spelling = *spellings[i];
    // "Álvarez" blocks with "Alvarez".
    const absl::string_view given = spelling.plain_given;
    const absl::string_view surname = spelling.plain_surname;
    blocks[absl::StrCat("skeleton:", ConsonantSkeleton(surname))].push_back(i);
    blocks[absl::StrCat("initials:", given.substr(0, 1), surname.substr(0, 1))].push_back(i);
  }
  std::vector<std::pair<int, int>> pairs;
  for (const auto& [key, members] : blocks) {
    if (members.size() > kMaxBlockSize) continue;
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) pairs.emplace_back(members[x], members[y]);
    }
  }
  SortUnique(&pairs);
  Components same_person(static_cast<int>(spellings.size()));
  for (const auto& [a, b] : pairs) {
    if (SamePerson(*spellings[a], *spellings[b])) same_person.Join(a, b);
  }
  std::vector<std::vector<int>> people;
  for (const std::vector<int>& component : same_person.Groups()) {
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
    std::map<absl::string_view, std::vector<int>> by_surname;
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

// Every spelling of the corpus, numbered as first met. Spellings never move:
// the numbers are found by views of their keys.
class SpellingList {
 public:
  // The number of the spelling `name` is compared by, added if new.
  int Of(const PersonName& name) {
    const FoldedName folded(name);
    std::string key = folded.Key();
    int number;
    if (const auto found = number_.find(key); found != number_.end()) {
      number = found->second;
    } else {
      number = size();
      spellings_.emplace_back().key = std::move(key);
      number_.emplace(spellings_.back().key, number);
    }
    Spelling& spelling = spellings_[number];
    const absl::string_view whole = spelling.key;
    spelling.given = whole.substr(0, folded.given.size());
    spelling.surname = whole.substr(folded.given.size() + 1);
    spelling.plain_given = WithoutDiacritics(spelling.given);
    spelling.plain_surname = WithoutDiacritics(spelling.surname);
    if (spelling.given_key.empty()) spelling.given_key = name.given_key();
    return number;
  }

  // The number of the spelling whose key is `key`; it must be one.
  int Find(absl::string_view key) const { return number_.at(key); }

  Spelling& operator[](int number) { return spellings_[number]; }
  int size() const { return static_cast<int>(spellings_.size()); }

 private:
  std::deque<Spelling> spellings_;
  absl::flat_hash_map<absl::string_view, int> number_;  // views of spellings_' keys
};

// The person `members` (of `spellings`) are, some of them named in the corpus:
// their spellings, their label and their titles.
Entity PersonOf(const std::vector<int>& members, const std::vector<const Spelling*>& spellings) {
  Entity entity;
  // Titles by folded form ("Interior Minister", "interior minister"), each
  // shown as most often written.
  std::map<std::string, std::map<absl::string_view, int>> titles;
  std::map<absl::string_view, int> surnames;
  std::set<absl::string_view> folded_surnames;
  for (int member : members) {
    const Spelling& spelling = *spellings[member];
    std::map<absl::string_view, int> texts;  // full name as written -> mentions
    for (const KeptClaim* claim : spelling.claims) {
      const PersonName& name = claim->name();
      ++texts[claim->value_text()];
      if (!name.title().empty()) ++titles[absl::AsciiStrToLower(name.title())][name.title()];
      ++surnames[name.surname()];
    }
    Entity::Spelling* out = entity.add_spellings();
    out->set_text(texts.empty() ? spelling.accepted : std::string(MostCommon(texts)));
    out->set_normalized(spelling.key);
    out->set_accepted(!spelling.accepted.empty());
    if (spelling.claims.empty()) continue;
    folded_surnames.insert(spelling.surname);
    // Named after its first spelling in the corpus, so the vocabulary does
    // not change who is who.
    if (entity.id().empty()) {
      entity.set_id(absl::StrCat("person:", absl::StrReplaceAll(spelling.key, {{" ", "-"}})));
    }
  }
  if (folded_surnames.size() == 1) {
    entity.set_label(std::string(MostCommon(surnames)));
  } else {
    std::vector<absl::string_view> written;
    for (const auto& [surname, count] : surnames) written.push_back(surname);
    entity.set_label(absl::StrJoin(written, " / "));
  }
  for (const auto& [folded, written] : titles) {
    // "minister" says nothing "Interior Minister" does not.
    const std::string suffix = absl::StrCat(" ", folded);
    const bool shorter_form = std::any_of(titles.begin(), titles.end(), [&](const auto& other) {
      return absl::EndsWith(other.first, suffix);
    });
    if (!shorter_form) entity.add_titles(std::string(MostCommon(written)));
  }
  return entity;
}

// `list`'s spellings in key order, one order whatever the hash, each given
// its full-name claims: a run of `by_spelling`, set to `full_names` (the
// corpus's, in its order, with `number_of` each one's spelling number)
// sorted by that order and otherwise as they came.
std::vector<const Spelling*> InKeyOrder(const std::vector<const KeptClaim*>& full_names,
                                        const std::vector<int>& number_of, SpellingList* list,
                                        std::vector<const KeptClaim*>* by_spelling) {
  std::vector<int> in_key_order(list->size());
  std::iota(in_key_order.begin(), in_key_order.end(), 0);
  std::sort(in_key_order.begin(), in_key_order.end(),
            [list](int a, int b) { return (*list)[a].key < (*list)[b].key; });
  std::vector<int> rank(list->size());
  for (int k = 0; k < list->size(); ++k) rank[in_key_order[k]] = k;
  *by_spelling = full_names;
  std::vector<int> spelling_of;  // by full name of `by_spelling`: its spelling's rank
  for (const int number : number_of) spelling_of.push_back(rank[number]);
  SortByKeys(by_spelling, &spelling_of);
  for (size_t begin = 0; begin < by_spelling->size();) {
    const size_t end =
        std::upper_bound(spelling_of.begin() + begin, spelling_of.end(), spelling_of[begin]) -
        spelling_of.begin();
    (*list)[in_key_order[spelling_of[begin]]].claims =
        absl::MakeConstSpan(&(*by_spelling)[begin], end - begin);
    begin = end;
  }
  std::vector<const Spelling*> spellings;
  for (const int number : in_key_order) spellings.push_back(&(*list)[number]);
  return spellings;
}

}  // namespace

std::string SpellingKey(const PersonName& name) { return FoldedName(name).Key(); }

People::People(const ClaimsInOrder& claims, const std::vector<PersonName>& accepted, int threads) {
  SpellingList list;
  std::vector<const KeptClaim*> full_names;  // in the corpus's order
  std::vector<int> number_of;                // by full name: its spelling's number in `list`
  // Claims that write a name alike share one PersonName (KeptClaims keeps
  // each value once): its spelling is folded and found once, by address.
  absl::flat_hash_map<const PersonName*, int> number_of_name;
  for (const KeptClaim* claim : claims.OfKind(Claim::PERSON_NAME)) {
    if (claim->name().given().empty()) continue;
    full_names.push_back(claim);
    const auto [found, added] = number_of_name.try_emplace(&claim->name());
    if (added) found->second = list.Of(claim->name());
    number_of.push_back(found->second);
  }
  for (const PersonName& name : accepted) {
    list[list.Of(name)].accepted = absl::StrCat(name.given(), " ", name.surname());
  }
  // Who is who, and where each full name is written, are found side by
  // side: the documents' names are indexed by spelling number, turned into
  // people once both are done.
  std::vector<const KeptClaim*> by_spelling;  // full_names, each spelling's a run
  std::vector<const Spelling*> spellings;     // by key
  std::vector<std::vector<int>> groups;       // of `spellings`, one for each person
  absl::flat_hash_map<std::string, std::vector<int>> spellings_of_surname;
  RunTasks(threads, {[&] {
                       spellings = InKeyOrder(full_names, number_of, &list, &by_spelling);
                       groups = GroupSpellings(spellings);
                     },
                     [&] { spellings_of_surname = IndexNames(full_names, number_of); }});
  entities_.resize(groups.size());
  ForEachIndex(threads, groups.size(),
               [&](size_t i) { entities_[i] = PersonOf(groups[i], spellings); });
  // A person only the vocabulary names has no id: dropped.
  entities_.erase(std::remove_if(entities_.begin(), entities_.end(),
                                 [](const Entity& person) { return person.id().empty(); }),
                  entities_.end());
  std::sort(entities_.begin(), entities_.end(),
            [](const Entity& a, const Entity& b) { return a.id() < b.id(); });
  std::vector<int> entity_of(list.size(), -1);  // by spelling number
  for (int i = 0; i < static_cast<int>(entities_.size()); ++i) {
    for (const Entity::Spelling& spelling : entities_[i].spellings()) {
      entity_of[list.Find(spelling.normalized())] = i;
    }
  }
  for (auto& [document, names] : by_document_name_) {
    for (auto& [name, number] : names) number = entity_of[number];
    // A name written twice in a document names one person: the same entry.
    SortUnique(&names);
  }
  // A surname alone names the person all its spellings are, if only one.
  namesakes_.assign(entities_.size(), {});
  for (const auto& [surname, numbers] : spellings_of_surname) {
    int entity = entity_of[numbers.front()];
    for (const int number : numbers) {
      if (entity_of[number] != entity) entity = -1;
    }
    by_surname_.emplace(surname, entity);
    if (entity >= 0) continue;
    std::vector<int> bearers;
    for (const int number : numbers) {
      if (entity_of[number] >= 0) bearers.push_back(entity_of[number]);
    }
    SortUnique(&bearers);
    // A surname borne by so many says nothing of who a short form means.
    if (bearers.size() > kMaxBlockSize) continue;
    for (const int bearer : bearers) {
      for (const int other : bearers) {
        if (other != bearer) namesakes_[bearer].push_back(other);
      }
    }
  }
  for (std::vector<int>& namesakes : namesakes_) SortUnique(&namesakes);
  const std::vector<const KeptClaim*>& name_claims = claims.OfKind(Claim::PERSON_NAME);
  entity_of_name_claims_.resize(name_claims.size());
  ForEachIndex(threads, name_claims.size(),
               [&](size_t i) { entity_of_name_claims_[i] = EntityOfClaim(*name_claims[i]); });
}

absl::flat_hash_map<std::string, std::vector<int>> People::IndexNames(
    const std::vector<const KeptClaim*>& full_names, const std::vector<int>& number_of) {
  // In the corpus's order a document's full names come together: its entry
  // is found once. Claims that write a name alike share its strings and
  // values (KeptClaims keeps each once): each is folded once, found by its
  // address.
  absl::flat_hash_map<const char*, absl::string_view> folded_text_of;
  absl::flat_hash_map<std::string, std::vector<int>> spellings_of_surname;
  absl::flat_hash_set<const PersonName*> surname_added;
  std::vector<std::pair<absl::string_view, int>>* in_document = nullptr;
  for (size_t i = 0; i < full_names.size(); ++i) {
    const KeptClaim& claim = *full_names[i];
    const absl::string_view document = claim.evidence().document();
    if (i == 0 || document != full_names[i - 1]->evidence().document()) {
      in_document = &by_document_name_[document];
    }
    const auto [folded_text, added] = folded_text_of.try_emplace(claim.value_text().data());
    if (added) folded_text->second = *folded_names_.insert(NormalizeName(claim.value_text())).first;
    in_document->emplace_back(folded_text->second, number_of[i]);
    if (!surname_added.insert(&claim.name()).second) continue;
    spellings_of_surname[NormalizeName(claim.name().surname())].push_back(number_of[i]);
  }
  return spellings_of_surname;
}

int People::EntityOfClaim(const KeptClaim& claim) const {
  if (claim.kind() != Claim::PERSON_NAME) return -1;
  const absl::string_view name =
      claim.name().refers_to().empty() ? claim.value_text() : claim.name().refers_to();
  return EntityOfName(claim.evidence().document(), name);
}

int People::EntityOfName(absl::string_view document, absl::string_view name) const {
  const std::string folded = NormalizeName(name);
  if (const auto in_document = by_document_name_.find(document);
      in_document != by_document_name_.end()) {
    const std::vector<std::pair<absl::string_view, int>>& names = in_document->second;
    const auto found = std::lower_bound(names.begin(), names.end(), folded,
                                        [](const std::pair<absl::string_view, int>& entry,
                                           absl::string_view key) { return entry.first < key; });
    if (found != names.end() && found->first == folded) return found->second;
  }
  const auto by_surname = by_surname_.find(folded);
  return by_surname == by_surname_.end() ? -1 : by_surname->second;
}

}  // namespace factcheck
