#include "checker/compare/discrepancies.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/compare/values.h"
#include "checker/compare/variants.h"
#include "checker/text/title_case.h"
#include "checker/util/components.h"
#include "checker/util/kept_claims.h"
#include "checker/util/most_common.h"
#include "checker/util/sort_by_key.h"
#include "checker/util/threads.h"
#include "rules/dates/dates.h"
#include "rules/places/places.h"
#include "rules/quantities/quantities.h"
#include "rules/rule_module.h"

namespace factcheck {
namespace {

// Reports of one event whose full dates lie further apart than this are
// taken to be about different events, not to disagree.
constexpr int kMaxDaysApartForOneEvent = 7;

// ---------------------------------------------------------------------------
// What every kind of discrepancy shares.

// A stable fingerprint of what a discrepancy is about: its kind, the fact,
// and the set of variant values. Line numbers play no part, so editing other
// lines of an article leaves it unchanged.
std::string Fingerprint(DiscrepancyKind kind, absl::string_view fact,
                        std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  const std::string text =
      absl::StrCat(DiscrepancyKind_Name(kind), "\n", fact, "\n", absl::StrJoin(values, "\n"));
  uint64_t hash = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return absl::StrFormat("%016x", hash);
}

void SetFingerprint(absl::string_view fact, Discrepancy* discrepancy) {
  std::vector<std::string> values;
  for (const Variant& variant : discrepancy->variants()) values.push_back(variant.normalized());
  discrepancy->set_id(Fingerprint(discrepancy->kind(), fact, values));
}

// Adds the evidence of `claims` to `variant`, ordered by document, line and
// place in the sentence.
void AddEvidence(std::vector<const KeptClaim*> claims, Variant* variant) {
  const auto position = [](const KeptClaim* claim) {
    const KeptEvidence& evidence = claim->evidence();
    return std::make_tuple(absl::string_view(evidence.document()), evidence.line(),
                           evidence.highlight_begin());
  };
  std::sort(claims.begin(), claims.end(),
            [&](const KeptClaim* a, const KeptClaim* b) { return position(a) < position(b); });
  for (const KeptClaim* claim : claims) *variant->add_evidence() = claim->evidence().ToProto();
}

std::string CountDocuments(size_t count) {
  return absl::StrCat(count, count == 1 ? " document" : " documents");
}

// Curly quotes around a value as written, for explanations.
std::string Quoted(absl::string_view text) {
  return absl::StrCat("\xE2\x80\x9C", text, "\xE2\x80\x9D");
}

// "a, b and c"
std::string Enumerate(const std::vector<std::string>& items) {
  if (items.size() <= 1) return absl::StrJoin(items, "");
  return absl::StrCat(absl::StrJoin(items.begin(), items.end() - 1, ", "), " and ", items.back());
}

// What a person is called in an explanation: their one spelling, or their label.
std::string DisplayName(const Entity& person) {
  return person.spellings_size() == 1 ? person.spellings(0).text() : person.label();
}

// ---------------------------------------------------------------------------
// One value per document, then variants across documents.

// A document's settled value for one fact and the claims behind it.
template <typename Value>
struct DocumentValue {
  absl::string_view document;
  Value value;
  std::vector<const KeptClaim*> claims;
};

// What CompareAcrossDocuments does with a document whose value more than
// one variant allows.
enum class FitsSeveral {
  // Figures: "more than 100,000" beside 120,000 and 200,000 is as true of
  // either, and grouped with one would read as a source for it.
  kTakesNoSide,
  // Dates: grouped with the most specific it fits, which it shares the
  // known parts of ("March 21" with "Thursday 2024-03-21"), and does not
  // only lack another's ("Tuesday").
  kJoinsTheFirst,
};

// The documents' values for one fact, grouped into variants.
template <typename Value>
struct Comparison {
  // Each variant's documents, the most specific first.
  std::vector<std::vector<DocumentValue<Value>>> variants;
  std::vector<Value> allowed;  // by variant: what all its documents allow
  // Documents whose value more than one variant allows, with kTakesNoSide.
  std::vector<DocumentValue<Value>> taking_no_side;
};

// Settles each document on one value (documents that contradict themselves
// are left out) and groups the documents into variants. With kTakesNoSide, a
// document whose value more than one variant allows is set aside and the
// rest grouped again, until each value left fits one variant alone.
// `claims` are in document order (ClaimsInOrder's). `more_specific` orders
// values so the most specific are grouped first.
template <typename Value, typename ValueOf, typename AgreeFn, typename NarrowFn, typename Order>
Comparison<Value> CompareAcrossDocuments(const std::vector<const KeptClaim*>& claims,
                                         ValueOf value_of, AgreeFn agree, NarrowFn narrow,
                                         Order more_specific, FitsSeveral fits_several_variants) {
  std::vector<DocumentValue<Value>> settled;
  for (auto begin = claims.begin(); begin != claims.end();) {
    const absl::string_view document = (*begin)->evidence().document();
    const auto end = std::find_if(begin, claims.end(), [&](const KeptClaim* claim) {
      return claim->evidence().document() != document;
    });
    std::vector<Value> values;
    for (auto claim = begin; claim != end; ++claim) values.push_back(value_of(**claim));
    const auto groups = GroupIntoVariants(values, agree, narrow);
    if (groups.size() == 1) settled.push_back({document, groups[0].narrowed, {begin, end}});
    begin = end;
  }
  std::stable_sort(settled.begin(), settled.end(),
                   [&](const DocumentValue<Value>& a, const DocumentValue<Value>& b) {
                     return more_specific(a.value, b.value);
                   });
  Comparison<Value> comparison;
  for (;;) {
    std::vector<Value> values;
    for (const DocumentValue<Value>& document : settled) values.push_back(document.value);
    const auto groups = GroupIntoVariants(values, agree, narrow);
    std::vector<bool> fits_several(settled.size(), false);
    if (fits_several_variants == FitsSeveral::kTakesNoSide) {
      for (size_t own = 0; own < groups.size(); ++own) {
        for (const int member : groups[own].members) {
          for (size_t other = 0; other < groups.size(); ++other) {
            fits_several[member] = fits_several[member] ||
                                   (other != own && agree(values[member], groups[other].narrowed));
          }
        }
      }
    }
    if (std::find(fits_several.begin(), fits_several.end(), true) == fits_several.end()) {
      for (const auto& group : groups) {
        std::vector<DocumentValue<Value>>& variant = comparison.variants.emplace_back();
        for (const int member : group.members) variant.push_back(settled[member]);
        comparison.allowed.push_back(group.narrowed);
      }
      return comparison;
    }
    std::vector<DocumentValue<Value>> fitting_one;
    for (size_t document = 0; document < settled.size(); ++document) {
      (fits_several[document] ? comparison.taking_no_side : fitting_one)
          .push_back(std::move(settled[document]));
    }
    settled = std::move(fitting_one);
  }
}

// What the explanation says of the documents taking no side, with where each
// is: " “at least 12” (a.txt:6) fits more than one of these ranges and takes
// no side."
std::string TakingNoSideNote(const std::vector<DocumentValue<Quantity>>& taking_no_side) {
  if (taking_no_side.empty()) return "";
  std::vector<std::string> values;
  for (const DocumentValue<Quantity>& document : taking_no_side) {
    const KeptClaim& claim = *document.claims.front();
    values.push_back(absl::StrCat(Quoted(claim.value_text()), " (", claim.evidence().document(),
                                  ":", claim.evidence().line(), ")"));
  }
  const bool one = taking_no_side.size() == 1;
  return absl::StrCat(" ", Enumerate(values), one ? " fits" : " fit",
                      " more than one of these ranges and ",
                      one ? "takes no side." : "take no side.");
}

// The claim of a variant whose value is written most specifically: the first
// claim of its first (most specific) document.
template <typename Value>
const KeptClaim& Representative(const std::vector<DocumentValue<Value>>& variant) {
  return *variant.front().claims.front();
}

template <typename Value>
std::vector<const KeptClaim*> ClaimsOf(const std::vector<DocumentValue<Value>>& variant) {
  std::vector<const KeptClaim*> claims;
  for (const DocumentValue<Value>& document : variant) {
    claims.insert(claims.end(), document.claims.begin(), document.claims.end());
  }
  return claims;
}

// The distinct values as written in a variant, quoted: "“1.5 million” and “over 1.5 million”".
template <typename Value>
std::string WrittenValues(const std::vector<DocumentValue<Value>>& variant) {
  std::vector<std::string> written;
  for (const KeptClaim* claim : ClaimsOf(variant)) {
    const std::string quoted = Quoted(claim->value_text());
    if (std::find(written.begin(), written.end(), quoted) == written.end())
      written.push_back(quoted);
  }
  return Enumerate(written);
}

// ---------------------------------------------------------------------------
// NAME_SPELLING

// The documents of `claims`, in order, once each: `claims` are in document
// order (ClaimsInOrder's).
std::vector<std::string> DocumentsOf(const std::vector<const KeptClaim*>& claims) {
  std::vector<std::string> documents;
  for (const KeptClaim* claim : claims) {
    const absl::string_view document = claim->evidence().document();
    if (documents.empty() || documents.back() != document) documents.emplace_back(document);
  }
  return documents;
}

// "002.txt and 004.txt", or the first few and how many more.
std::string NameDocuments(std::vector<std::string> documents) {
  constexpr size_t kMaxNamed = 4;
  if (documents.size() > kMaxNamed) {
    const size_t more = documents.size() - kMaxNamed;
    documents.resize(kMaxNamed);
    documents.push_back(absl::StrCat(more, " more"));
  }
  return Enumerate(documents);
}

// Whether a place claim is a dateline's, not a sentence's (PlacesModule).
bool IsDatelinePlace(const KeptClaim& claim) {
  return claim.attribute() == PlacesModule::kDatelineAttribute;
}

// Whether a word of a name, as written, shows the case of its letters after
// the first: ASCII letters, some small, and every capital after the first
// letter followed by a small one ("DiLeo", "Dileo"). "DILEO" in capitals,
// and "McDONALD" as all-capital headlines write it, show nothing.
bool ShowsCase(absl::string_view word) {
  if (word.size() < 2) return false;
  bool small = false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (!absl::ascii_isalpha(word[i])) return false;
    if (absl::ascii_islower(word[i])) {
      small = true;
    } else if (i > 0 && (i + 1 == word.size() || !absl::ascii_islower(word[i + 1]))) {
      return false;
    }
  }
  return small;
}

// Whether a name's first given name or surname has a capital right after a
// small letter: "DiSanto", "McDonald".
bool HasCapitalInside(const PersonName& name) {
  const auto hump = [](absl::string_view word) {
    for (size_t i = 1; i < word.size(); ++i) {
      if (absl::ascii_isupper(word[i]) && absl::ascii_islower(word[i - 1])) return true;
    }
    return false;
  };
  const absl::string_view given = name.given();
  return hump(given.substr(0, given.find(' '))) || hump(name.surname());
}

// A full name's first given name and surname as written, its words apart
// by single spaces, as SpellingKey parts them, and each word's first letter
// small, which a sentence's start or a style may change ("tony diLeo");
// empty when a word shows no case (ShowsCase). Names of one spelling
// written with two such forms differ in the case of letters inside a word:
// "Tony DiLeo", "Tony Dileo".
std::string CaseForm(const PersonName& name) {
  const absl::string_view given = name.given();
  std::vector<std::string> words;
  for (absl::string_view part :
       {given.substr(0, given.find(' ')), absl::string_view(name.surname())}) {
    for (absl::string_view word : absl::StrSplit(part, absl::ByAnyChar(" -'"), absl::SkipEmpty())) {
      if (!ShowsCase(word)) return "";
      words.emplace_back(word);
      words.back()[0] = absl::ascii_tolower(word[0]);
    }
  }
  return absl::StrJoin(words, " ");
}

// One way a person's name is written, as a finding lists it.
struct WrittenSpelling {
  std::string text;        // as written most often
  std::string normalized;  // its spelling (SpellingKey), or its CaseForm within one spelling
  bool accepted = false;   // by the vocabulary
  std::vector<const KeptClaim*> claims;  // none for an accepted spelling no one uses
};

// The spellings of a person written in one spelling, told apart by the case
// of letters inside a word (CaseForm), when two or more are: "Tony DiLeo",
// "Tony Dileo". Names whose words show no case are left out, as are those in
// a line in title case, whose capitals a program may have set.
std::vector<WrittenSpelling> CaseSpellings(const std::vector<const KeptClaim*>& claims) {
  std::map<std::string, WrittenSpelling> by_form;
  for (const KeptClaim* claim : claims) {
    std::string form = CaseForm(claim->name());
    if (form.empty() || IsTitleCase(claim->evidence().excerpt())) continue;
    WrittenSpelling& spelling = by_form[form];
    spelling.normalized = std::move(form);
    spelling.claims.push_back(claim);
  }
  if (by_form.size() < 2) return {};
  std::vector<WrittenSpelling> spellings;
  for (auto& [form, spelling] : by_form) {
    std::map<absl::string_view, int> texts;
    for (const KeptClaim* claim : spelling.claims) ++texts[claim->value_text()];
    spelling.text = std::string(MostCommon(texts));
    spellings.push_back(std::move(spelling));
  }
  return spellings;
}

// The finding that `entity` is written as `spellings`, accepted ones first.
Discrepancy NameSpellingFinding(const Entity& entity,
                                const std::vector<WrittenSpelling>& spellings) {
  Discrepancy discrepancy;
  discrepancy.set_kind(NAME_SPELLING);
  discrepancy.set_severity(WARNING);
  discrepancy.set_confidence(0.8f);
  discrepancy.set_subject(entity.label());
  discrepancy.set_attribute("name");
  std::set<std::string> documents;
  std::vector<std::string> accepted_names, counted, deviations;
  for (const WrittenSpelling& spelling : spellings) {
    Variant* variant = discrepancy.add_variants();
    variant->set_value(spelling.text);
    variant->set_normalized(spelling.normalized);
    variant->set_accepted(spelling.accepted);
    AddEvidence(spelling.claims, variant);
    std::vector<std::string> spelling_documents = DocumentsOf(spelling.claims);
    documents.insert(spelling_documents.begin(), spelling_documents.end());
    counted.push_back(
        absl::StrCat(Quoted(spelling.text), " (", CountDocuments(spelling_documents.size()), ")"));
    if (spelling.accepted) {
      accepted_names.push_back(Quoted(spelling.text));
    } else {
      deviations.push_back(absl::StrCat(Quoted(spelling.text), " in ",
                                        NameDocuments(std::move(spelling_documents))));
    }
  }
  const std::string role =
      entity.titles().empty() ? "" : absl::StrCat(" (", absl::StrJoin(entity.titles(), ", "), ")");
  constexpr absl::string_view kMatched =
      ". Spellings are matched as one person by surname and given name, allowing known "
      "variants of a given name and slight misspellings";
  if (accepted_names.empty()) {
    discrepancy.set_explanation(absl::StrCat(
        "The same person", role, " is spelled ", spellings.size(), " ways across ",
        CountDocuments(documents.size()), ": ", Enumerate(counted), kMatched,
        ". No reference spelling is configured, so none of them is taken as correct."));
  } else {
    discrepancy.set_explanation(
        absl::StrCat("The vocabulary accepts ", Enumerate(accepted_names), " for this person", role,
                     "; sources deviate from it: ", Enumerate(deviations), kMatched, "."));
  }
  SetFingerprint(entity.id(), &discrepancy);
  return discrepancy;
}

// The places and people, by place key or entity id, that each of
// `documents` names.
using NamesByDocument = absl::flat_hash_map<absl::string_view, std::vector<absl::string_view>>;
NamesByDocument NamesIn(const ClaimsInOrder& claims, const People& people,
                        const absl::flat_hash_set<absl::string_view>& documents) {
  NamesByDocument names;
  const std::vector<const KeptClaim*>& name_claims = claims.OfKind(Claim::PERSON_NAME);
  for (size_t i = 0; i < name_claims.size(); ++i) {
    const int person = people.entity_of_name_claims()[i];
    const absl::string_view document = name_claims[i]->evidence().document();
    if (person >= 0 && documents.contains(document)) {
      names[document].push_back(people.entities()[person].id());
    }
  }
  for (const KeptClaim* claim : claims.OfKind(Claim::PLACE_MENTION)) {
    // Wire copy of one day is filed from the capital story after story.
    if (IsDatelinePlace(*claim)) continue;
    const absl::string_view document = claim->evidence().document();
    if (documents.contains(document)) names[document].push_back(claim->subject_key());
  }
  for (auto& [document, named] : names) SortUnique(&named);
  return names;
}

// `spellings` of the person `id`, each with only the claims of documents
// tied to a document that writes the person another way: two documents are
// tied when they name a place or person in common, or give the person one
// title ("Interior Minister"; not "Mr"), and so is whatever either is tied
// to. Near names in unrelated articles ("Mayor Daniel Fischer" opening a
// library, "Daniel Fisher, 23" joining a football club) are two people, not
// one misspelled. A spelling left with no claims is left out.
std::vector<WrittenSpelling> InSharedContext(std::vector<WrittenSpelling> spellings,
                                             absl::string_view id, const NamesByDocument& names) {
  // The documents, numbered in the order met, and the spellings each
  // writes, a bit each (few people are written more than 64 ways; the rest
  // share the last bit).
  absl::flat_hash_map<absl::string_view, int> number;
  std::vector<uint64_t> written;
  for (size_t i = 0; i < spellings.size(); ++i) {
    for (const KeptClaim* claim : spellings[i].claims) {
      const auto [at, added] =
          number.try_emplace(claim->evidence().document(), static_cast<int>(written.size()));
      if (added) written.push_back(0);
      written[at->second] |= uint64_t{1} << std::min<size_t>(i, 63);
    }
  }
  Components tied(static_cast<int>(written.size()));
  // Ties document `at` to the first that gave `key`, kept in `first`.
  const auto tie = [&tied](auto* first, auto key, int at) {
    const auto [earlier, added] = first->try_emplace(std::move(key), at);
    if (!added) tied.Join(earlier->second, at);
  };
  // An honorific ("Mr", "Mrs", "Dr", "Sir") tells no one apart.
  absl::flat_hash_map<std::string, int> first_titling;  // title, folded -> document number
  for (const WrittenSpelling& spelling : spellings) {
    for (const KeptClaim* claim : spelling.claims) {
      const PersonName& name = claim->name();
      if (!name.title().empty() && !name.honorific_title()) {
        tie(&first_titling, absl::AsciiStrToLower(name.title()),
            number.at(claim->evidence().document()));
      }
    }
  }
  absl::flat_hash_map<absl::string_view, int> first_naming;  // name -> document number
  for (const auto& [document, at] : number) {
    const auto found = names.find(document);
    if (found == names.end()) continue;
    for (const absl::string_view name : found->second) {
      if (name != id) tie(&first_naming, name, at);
    }
  }
  std::vector<uint64_t> written_in(written.size(), 0);  // by component
  for (int at = 0; at < static_cast<int>(written.size()); ++at) {
    written_in[tied.Find(at)] |= written[at];
  }
  const auto shared = [&](const KeptClaim* claim) {
    const uint64_t spelled = written_in[tied.Find(number.at(claim->evidence().document()))];
    return (spelled & (spelled - 1)) != 0;  // two spellings or more
  };
  std::vector<WrittenSpelling> kept;
  for (WrittenSpelling& spelling : spellings) {
    std::vector<const KeptClaim*>& claims = spelling.claims;
    claims.erase(std::remove_if(claims.begin(), claims.end(),
                                [&](const KeptClaim* claim) { return !shared(claim); }),
                 claims.end());
    if (!claims.empty()) kept.push_back(std::move(spelling));
  }
  return kept;
}

// Without a vocabulary: every spelling is a variant and none is preferred.
// With one: the accepted spellings come first and the rest deviate from them.
// A person spelled one way, but written in it with letters inside a word in
// two cases ("Tony DiLeo", "Tony Dileo"), is spelled two ways, unless the
// vocabulary accepts that spelling.
std::vector<Discrepancy> FindNameSpellings(const ClaimsInOrder& claims, const People& people) {
  const std::vector<const KeptClaim*>& name_claims = claims.OfKind(Claim::PERSON_NAME);
  // Those written with a capital inside a word ("DiSanto"), who alone may
  // be written in two cases: most people are not, and are not looked at
  // unless spelled two ways.
  std::vector<bool> capital_inside(people.entities().size());
  for (size_t i = 0; i < name_claims.size(); ++i) {
    const int person = people.entity_of_name_claims()[i];
    if (person >= 0 && HasCapitalInside(name_claims[i]->name())) capital_inside[person] = true;
  }
  // Full-name claims by person and spelling, of those people and of the
  // people spelled more than one way (accepted spellings included).
  std::map<int, std::map<std::string, std::vector<const KeptClaim*>>> spellings;
  for (size_t i = 0; i < name_claims.size(); ++i) {
    const KeptClaim* claim = name_claims[i];
    if (claim->name().given().empty()) continue;
    const int person = people.entity_of_name_claims()[i];
    if (person >= 0 && (capital_inside[person] || people.entities()[person].spellings_size() > 1)) {
      spellings[person][SpellingKey(claim->name())].push_back(claim);
    }
  }
  // What the documents that write those people name besides.
  absl::flat_hash_set<absl::string_view> writing;
  for (const auto& [person, by_spelling] : spellings) {
    for (const auto& [spelling, spelled] : by_spelling) {
      for (const KeptClaim* claim : spelled) writing.insert(claim->evidence().document());
    }
  }
  const NamesByDocument names = NamesIn(claims, people, writing);
  std::vector<Discrepancy> found;
  for (auto& [person, by_spelling] : spellings) {
    const Entity& entity = people.entities()[person];
    std::vector<WrittenSpelling> accepted, deviating;
    for (const Entity::Spelling& spelling : entity.spellings()) {
      const auto claims_of_spelling = by_spelling.find(spelling.normalized());
      if (!spelling.accepted() && claims_of_spelling == by_spelling.end()) continue;
      WrittenSpelling written{spelling.text(), spelling.normalized(), spelling.accepted(), {}};
      if (claims_of_spelling != by_spelling.end()) {
        written.claims = std::move(claims_of_spelling->second);
      }
      (spelling.accepted() ? accepted : deviating).push_back(std::move(written));
    }
    if (accepted.empty() && deviating.size() == 1) deviating = CaseSpellings(deviating[0].claims);
    if (accepted.empty()) deviating = InSharedContext(std::move(deviating), entity.id(), names);
    if (accepted.empty()) {
      // One document spelling a name two ways is not a disagreement between sources.
      std::set<absl::string_view> documents;
      for (const WrittenSpelling& spelling : deviating) {
        for (const KeptClaim* claim : spelling.claims)
          documents.insert(claim->evidence().document());
      }
      if (deviating.size() < 2 || documents.size() < 2) continue;
    } else if (deviating.empty()) {
      continue;
    }
    accepted.insert(accepted.end(), std::make_move_iterator(deviating.begin()),
                    std::make_move_iterator(deviating.end()));
    found.push_back(NameSpellingFinding(entity, accepted));
  }
  return found;
}

// ---------------------------------------------------------------------------
// QUANTITY

// Documents of one story: dated within this many days of each other...
constexpr int kStoryDays = 2;
// ...and naming at least this many places or people in common.
constexpr size_t kStorySharedNames = 2;
// Documents within kStoryDays that one name may join into stories.
constexpr size_t kMaxDocumentsPerStoryName = 200;

// A place or person a document names: a place key, or a person's entity id.
using StoryName = std::pair<Claim::Kind, absl::string_view>;

// A place or person as a document names it: in its lead (kLeadSentences,
// rules/rule_module.h) or only later, in its text or only in its dateline
// (a wire dateline's place). A name two documents share joins them only
// where one of them names it in its lead: a name both mention in passing
// ("volunteers from St Luke's Hospital", a hospital of that name in two
// towns) tells two stories apart no better than a common word. Nor does a
// place both name only in their datelines: wire copy of one day is filed
// from the capital story after story. No larger than a StoryName alone (24
// bytes): there is one for each name claim of the corpus.
struct Naming {
  absl::string_view name;
  Claim::Kind kind;
  bool in_lead;
  bool in_text;

  StoryName story_name() const { return {kind, name}; }
};

Naming NamingOf(Claim::Kind kind, absl::string_view name, const KeptClaim& claim) {
  return {name, kind, claim.evidence().sentence() < kLeadSentences, !IsDatelinePlace(claim)};
}

// A document that names a place or person (Naming).
struct NamedIn {
  int day;
  int document;
  bool in_lead;
  bool in_text;
};

// For each place or person, the documents that name it, by (day, number).
// `names` are by document number, and each document's are freed once read.
std::vector<std::vector<NamedIn>> DocumentsNaming(const std::vector<int>& days,
                                                  std::vector<std::vector<Naming>> names) {
  absl::flat_hash_map<StoryName, std::vector<NamedIn>> naming;
  for (size_t document = 0; document < names.size(); ++document) {
    std::vector<Naming> named = std::move(names[document]);
    // Each name once: in the lead if it is there at all, in the text if it
    // is there at all.
    std::sort(named.begin(), named.end(),
              [](const Naming& a, const Naming& b) { return a.story_name() < b.story_name(); });
    for (auto begin = named.begin(); begin != named.end();) {
      NamedIn in{days[document], static_cast<int>(document), false, false};
      auto end = begin;
      for (; end != named.end() && end->story_name() == begin->story_name(); ++end) {
        in.in_lead = in.in_lead || end->in_lead;
        in.in_text = in.in_text || end->in_text;
      }
      naming[begin->story_name()].push_back(in);
      begin = end;
    }
  }
  std::vector<std::vector<NamedIn>> by_name;
  by_name.reserve(naming.size());
  for (auto& [name, documents] : naming) {
    std::sort(documents.begin(), documents.end(), [](const NamedIn& a, const NamedIn& b) {
      return std::tie(a.day, a.document) < std::tie(b.day, b.document);
    });
    by_name.push_back(std::move(documents));
  }
  return by_name;
}

// Whether two sorted lists share no entry.
bool Disjoint(const std::vector<absl::string_view>& a, const std::vector<absl::string_view>& b) {
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x == *y) return false;
    *x < *y ? ++x : ++y;
  }
  return true;
}

// The dated documents, by number, grouped into stories: documents that share
// kStorySharedNames places or people within kStoryDays are of one story,
// unless `apart` says they report different events, and so is whatever
// either shares as much with; but no two documents whose leads name kinds
// of incident, none the same (`incidents`), are ever of one story, even
// through a third that names both, as a report of a minister's day names
// a bus crash and a gas explosion. Joins are made in document order, so
// such a third joins the story it is first joined to. `days`, `names`
// and `incidents` are by document number.
// Candidate pairs come from blocking: documents that name one place or
// person, dated within kStoryDays of each other, one of them in its lead.
// Never all pairs, nor all candidates at once: a document's partners are
// counted and let go before the next document's. Each pair is counted by
// the one of its documents that comes first by (day, number), once for each
// name they share.
std::vector<std::vector<int>> GroupIntoStories(
    const std::vector<int>& days, std::vector<std::vector<Naming>> names,
    const std::vector<std::vector<absl::string_view>>& incidents,
    absl::FunctionRef<bool(int, int)> apart) {
  const std::vector<std::vector<NamedIn>> named = DocumentsNaming(days, std::move(names));
  // Where each document stands among the documents of each name it names,
  // (name, position), document after document: those of document d from
  // standing[first[d]] to standing[first[d + 1]].
  std::vector<int> first(days.size() + 1, 0);
  for (const std::vector<NamedIn>& documents : named) {
    for (const NamedIn& in : documents) ++first[in.document + 1];
  }
  std::partial_sum(first.begin(), first.end(), first.begin());
  std::vector<std::pair<int, int>> standing(first.back());
  std::vector<int> filled(first.begin(), first.end() - 1);
  for (size_t name = 0; name < named.size(); ++name) {
    const std::vector<NamedIn>& documents = named[name];
    for (size_t x = 0; x < documents.size(); ++x) {
      standing[filled[documents[x].document]++] = {static_cast<int>(name), static_cast<int>(x)};
    }
  }
  Components stories(static_cast<int>(days.size()));
  // The distinct sets of incident kinds each story's documents name, by the
  // story's representative (Components::Find): few, as the kinds are.
  std::vector<std::vector<const std::vector<absl::string_view>*>> kinds_in(days.size());
  for (size_t document = 0; document < days.size(); ++document) {
    if (!incidents[document].empty()) kinds_in[document].push_back(&incidents[document]);
  }
  const auto join = [&](int x, int y) {
    const int a = stories.Find(x), b = stories.Find(y);
    if (a == b) return;
    for (const auto* in_a : kinds_in[a]) {
      for (const auto* in_b : kinds_in[b]) {
        if (Disjoint(*in_a, *in_b)) return;
      }
    }
    stories.Join(a, b);
    const int root = stories.Find(a);
    std::vector<const std::vector<absl::string_view>*>& into = kinds_in[root];
    std::vector<const std::vector<absl::string_view>*>& from = kinds_in[root == a ? b : a];
    for (const auto* kinds : from) {
      if (std::none_of(into.begin(), into.end(), [&](const auto* in) { return *in == *kinds; })) {
        into.push_back(kinds);
      }
    }
    from = {};
  };
  std::vector<int> partners;  // of one document, once for each name shared
  for (size_t document = 0; document < days.size(); ++document) {
    partners.clear();
    for (int at = first[document]; at < first[document + 1]; ++at) {
      const auto [name, x] = standing[at];
      const std::vector<NamedIn>& documents = named[name];
      // Those dated within kStoryDays after it: found by halving, as each
      // is asked once, not by reading on, which for a name thousands of
      // documents of the same days share read them all for each.
      const int end = static_cast<int>(
          std::upper_bound(documents.begin() + x + 1, documents.end(),
                           documents[x].day + kStoryDays,
                           [](int day, const NamedIn& in) { return day < in.day; }) -
          documents.begin());
      // A name that many documents of the same days share tells no story
      // apart ("Washington" in a year of wire copy).
      if (static_cast<size_t>(end - x) > kMaxDocumentsPerStoryName) continue;
      for (int y = x + 1; y < end; ++y) {
        if ((documents[x].in_lead || documents[y].in_lead) &&
            (documents[x].in_text || documents[y].in_text)) {
          partners.push_back(documents[y].document);
        }
      }
    }
    std::sort(partners.begin(), partners.end());
    for (auto begin = partners.begin(); begin != partners.end();) {
      const auto run_end = std::find_if(begin, partners.end(), [&](int y) { return y != *begin; });
      if (static_cast<size_t>(run_end - begin) >= kStorySharedNames &&
          !apart(static_cast<int>(document), *begin)) {
        join(static_cast<int>(document), *begin);
      }
      begin = run_end;
    }
  }
  return stories.Groups();
}

// The stories of a corpus: each dated document's story, named after the
// place its documents name most, and the places every document names.
// Dated documents are numbered, in id order, and what is known of each is
// kept in vectors by that number: looked up for each of millions of claims,
// a hash of each id once is cheaper than one per table. Ids and places are
// views of the datelines' and the claims' strings, which outlive it.
struct Stories {
  struct Story {
    std::string id;     // the first id of the documents in it
    std::string place;  // as written
    std::vector<int> documents;
  };
  // The place keys a document names, sorted: all of them, and by sentence.
  struct Places {
    std::vector<absl::string_view> keys;
    std::vector<std::pair<int, absl::string_view>> by_sentence;
  };

  // The number of a dated document, or -1.
  int NumberOf(absl::string_view document) const {
    const auto found = number.find(document);
    return found == number.end() ? -1 : found->second;
  }

  // Calls `visit(number, i)` for each claims[i], with the number of its
  // document (-1 when undated). `claims` come grouped by document, so each
  // id is looked up once.
  template <typename Visit>
  void ForEachNumbered(const std::vector<const KeptClaim*>& claims, Visit visit) const {
    absl::string_view document;
    int document_number = -1;
    for (size_t i = 0; i < claims.size(); ++i) {
      const KeptClaim& claim = *claims[i];
      if (i == 0 || claim.evidence().document() != document) {
        document = claim.evidence().document();
        document_number = NumberOf(document);
      }
      visit(document_number, i);
    }
  }

  // Whether a story figure of `claim`, made by dated document `document`, is
  // about the story: its sentence names no place, or some place another
  // document of the story names too ("killed by a quake in eastern China" is
  // about another quake).
  bool AboutTheStory(int document, const KeptClaim& claim) const {
    const std::vector<std::pair<int, absl::string_view>>& named = places[document].by_sentence;
    const int sentence = claim.evidence().sentence();
    const auto begin =
        std::lower_bound(named.begin(), named.end(), std::make_pair(sentence, absl::string_view()));
    const auto end = std::find_if(begin, named.end(),
                                  [&](const auto& entry) { return entry.first != sentence; });
    if (begin == end) return true;
    const std::vector<int>& members = story_of[document]->documents;
    return std::any_of(begin, end, [&](const auto& entry) {
      return std::any_of(members.begin(), members.end(), [&](int other) {
        const std::vector<absl::string_view>& keys = places[other].keys;
        return other != document && std::binary_search(keys.begin(), keys.end(), entry.second);
      });
    });
  }

  absl::flat_hash_map<absl::string_view, int> number;  // dated document -> its number
  // By document number:
  std::vector<absl::string_view> ids;
  std::vector<Places> places;
  std::vector<const Story*> story_of;
  std::vector<std::unique_ptr<Story>> all;
};

Stories FindStories(const ClaimsInOrder& claims, const People& people,
                    const std::map<std::string, PartialDate>& datelines) {
  Stories stories;
  std::vector<int> days;  // by document number
  const PartialDate epoch = CalendarDay(1970, 1, 1);
  for (const auto& [document, dateline] : datelines) {
    if (!IsCompleteDate(dateline)) continue;
    stories.number.emplace(document, static_cast<int>(stories.ids.size()));
    stories.ids.push_back(document);
    days.push_back(DaysBetween(epoch, dateline));
  }
  const size_t dated = stories.ids.size();
  stories.places.resize(dated);
  // The people and places each dated document names: entity ids and place keys.
  std::vector<std::vector<Naming>> names(dated);
  const std::vector<const KeptClaim*>& name_claims = claims.OfKind(Claim::PERSON_NAME);
  stories.ForEachNumbered(name_claims, [&](int document, size_t i) {
    if (document < 0) return;
    const int person = people.entity_of_name_claims()[i];
    if (person >= 0) {
      names[document].push_back(
          NamingOf(Claim::PERSON_NAME, people.entities()[person].id(), *name_claims[i]));
    }
  });
  // How often each place is named, and how it is written, in every document.
  absl::flat_hash_map<absl::string_view, int> mentions;  // place key -> mentions
  // place key -> as written (a view of the claims' strings) -> count
  absl::flat_hash_map<absl::string_view, std::map<absl::string_view, int>> written;
  const std::vector<const KeptClaim*>& place_claims = claims.OfKind(Claim::PLACE_MENTION);
  stories.ForEachNumbered(place_claims, [&](int document, size_t i) {
    const KeptClaim& claim = *place_claims[i];
    const absl::string_view key = claim.subject_key();
    // A dateline's place joins a story as a place its lead names, but is no
    // sentence's, and its capitals do not name the story.
    const bool dateline = IsDatelinePlace(claim);
    if (!dateline) {
      ++mentions[key];
      ++written[key][claim.subject()];
    }
    if (document < 0) return;
    Stories::Places& places = stories.places[document];
    places.keys.push_back(key);
    if (!dateline) places.by_sentence.emplace_back(claim.evidence().sentence(), key);
    names[document].push_back(NamingOf(Claim::PLACE_MENTION, key, claim));
  });
  for (Stories::Places& named : stories.places) {
    SortUnique(&named.keys);
    SortUnique(&named.by_sentence);
  }
  std::vector<std::vector<absl::string_view>> incidents(dated);
  const std::vector<const KeptClaim*>& incident_claims = claims.OfKind(Claim::INCIDENT_MENTION);
  stories.ForEachNumbered(incident_claims, [&](int document, size_t i) {
    const KeptClaim& claim = *incident_claims[i];
    if (document >= 0 && claim.evidence().sentence() < kLeadSentences) {
      incidents[document].push_back(claim.subject_key());
    }
  });
  for (std::vector<absl::string_view>& kinds : incidents) SortUnique(&kinds);
  // Two documents report different events when their leads name kinds of
  // incident, none the same (a fire and a flood: GroupIntoStories), or when
  // each places it first somewhere the other never names: a flood in
  // Ostervale and one in Lindbrook, both spoken of by the president in the
  // capital. Without a gazetteer that also parts a report of a quake on
  // Qeshm island from one that says only Iran; the reports that name both
  // join them again, and two reports alone go uncompared, a miss rather
  // than a false alarm. A document's first places: those of the first
  // sentence of its lead that names any.
  std::vector<std::vector<absl::string_view>> first_places(dated);
  for (size_t document = 0; document < dated; ++document) {
    const std::vector<std::pair<int, absl::string_view>>& named =
        stories.places[document].by_sentence;
    for (const auto& [sentence, place] : named) {
      if (sentence != named.front().first || sentence >= kLeadSentences) break;
      first_places[document].push_back(place);
    }
  }
  const auto first_places_unnamed_in = [&](int x, int y) {
    return !first_places[x].empty() && Disjoint(first_places[x], stories.places[y].keys);
  };
  const auto apart = [&](int x, int y) {
    return first_places_unnamed_in(x, y) && first_places_unnamed_in(y, x);
  };
  stories.story_of.resize(dated);
  for (std::vector<int>& story_documents :
       GroupIntoStories(days, std::move(names), incidents, apart)) {
    // The place most of its documents name, then the one they name first
    // (news names where it happened before where it was spoken of), then
    // the one named most often.
    struct Named {
      int documents = 0;
      int first_sentences = 0;  // summed over the documents
      int last_document = -1;
    };
    std::map<absl::string_view, Named> named_in_story;
    for (const int document : story_documents) {
      for (const auto& [sentence, place] : stories.places[document].by_sentence) {
        Named& named = named_in_story[place];
        if (named.last_document == document) continue;  // named earlier in it
        named.last_document = document;
        ++named.documents;
        named.first_sentences += sentence;
      }
    }
    absl::string_view top;
    const auto rank = [&](absl::string_view place) {
      const Named& named = named_in_story[place];
      return std::make_tuple(named.documents, -named.first_sentences, mentions[place]);
    };
    for (const auto& entry : named_in_story) {
      if (top.empty() || rank(entry.first) > rank(top)) top = entry.first;
    }
    auto story = std::make_unique<Stories::Story>();
    story->id = std::string(stories.ids[story_documents.front()]);
    story->place = top.empty() ? "" : std::string(MostCommon(written[top]));
    story->documents = std::move(story_documents);
    for (const int document : story->documents) stories.story_of[document] = story.get();
    stories.all.push_back(std::move(story));
  }
  return stories;
}

// What a figure is about, as a key that joins it with figures about the same
// thing, and as a reader would name it; empty when it cannot be joined.
struct FigureSubject {
  std::string key;
  std::string name;
  int person = -1;  // its index in People::entities(), when a person
};

FigureSubject SubjectOf(const KeptClaim& claim, const People& people, const Stories& stories) {
  switch (claim.subject_type()) {
    case Claim::PERSON: {
      const int person = people.EntityOfName(claim.evidence().document(), claim.subject());
      if (person < 0) {
        return {absl::StrCat("person:", claim.subject_key()), std::string(claim.subject())};
      }
      return {people.entities()[person].id(), DisplayName(people.entities()[person]), person};
    }
    case Claim::STORY: {
      const int document = stories.NumberOf(claim.evidence().document());
      if (document < 0 || !stories.AboutTheStory(document, claim)) return {};
      const Stories::Story& story = *stories.story_of[document];
      return {absl::StrCat("story:", story.id), story.place.empty()
                                                    ? "the reported event"
                                                    : absl::StrCat("the event in ", story.place)};
    }
    default:
      const std::string key = claim.subject_key().empty() ? absl::AsciiStrToLower(claim.subject())
                                                          : std::string(claim.subject_key());
      return {absl::StrCat("place:", key), std::string(claim.subject())};
  }
}

// A person's middle initials as written, without periods: "HW" of "George
// H. W. Bush" or "George H.W. Bush", "" of "George Bush" and of "Mohammed
// bin Salman", whose middle word is no initial.
std::string MiddleInitials(absl::string_view name) {
  std::vector<absl::string_view> words = absl::StrSplit(name, ' ', absl::SkipEmpty());
  if (words.size() < 3) return "";
  std::string initials;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    // A capital, each but a lone one followed by a period: "W", "W.", "H.W.";
    // not "MAE" of "BETTIE MAE PAGE".
    const absl::string_view word = words[i];
    for (size_t at = 0; at < word.size(); at += 2) {
      const bool alone = word.size() == 1;
      if (!absl::ascii_isupper(word[at]) ||
          (!alone && (at + 1 >= word.size() || word[at + 1] != '.'))) {
        return "";
      }
      initials.push_back(word[at]);
    }
  }
  return initials;
}

// What tells two places or people of one name apart, where a document says:
// a place's level (the city of Darvan, Darvan province), a person's middle
// initials (George W. Bush, George H. W. Bush). "" where it says none.
std::string Qualifier(const KeptClaim& claim) {
  switch (claim.subject_type()) {
    case Claim::PLACE:
      return std::string(claim.quantity().place_level());
    case Claim::PERSON:
      return MiddleInitials(claim.subject());
    default:
      return "";
  }
}

// Which figures FindFigureConflicts compares: the two kinds never share a
// fact, and only story figures need the stories found first.
enum class Figures { kOfPlacesAndPeople, kOfStories };

// A fact's figures reported at one time, and the days they were reported.
struct FiguresAtOneTime {
  std::vector<const KeptClaim*> claims;  // in the fact's order
  PartialDate first, last;               // datelines; unset when not split
  int max_days_apart = 0;                // of the split: SplitByTime
};

// The dateline of the document a claim comes from, when it is a complete
// date; null otherwise.
const PartialDate* CompleteDatelineOf(const KeptClaim& claim,
                                      const std::map<std::string, PartialDate>& datelines) {
  const auto found = datelines.find(std::string(claim.evidence().document()));
  return found != datelines.end() && IsCompleteDate(found->second) ? &found->second : nullptr;
}

// A fact's figures split by when they were reported: a document dated more
// than `max_days_apart` after every earlier one starts another time, as
// floods that killed 12 in a city one year and 13 the next are no
// disagreement (nor are a person's ages years apart, nor the missing
// counted on two days). Figures reported at one time, or in undated
// documents only, stay together, undated ones with them; once a fact's
// figures are split, an undated figure belongs to no time and is left out.
std::vector<FiguresAtOneTime> SplitByTime(const std::vector<const KeptClaim*>& claims,
                                          const std::map<std::string, PartialDate>& datelines,
                                          int max_days_apart) {
  const PartialDate epoch = CalendarDay(1970, 1, 1);
  struct Dated {
    int day;
    int order;  // in `claims`
    const PartialDate* dateline;
  };
  std::vector<Dated> dated;
  for (size_t i = 0; i < claims.size(); ++i) {
    const PartialDate* dateline = CompleteDatelineOf(*claims[i], datelines);
    if (dateline == nullptr) continue;
    dated.push_back({DaysBetween(epoch, *dateline), static_cast<int>(i), dateline});
  }
  std::sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
    return std::tie(a.day, a.order) < std::tie(b.day, b.order);
  });
  std::vector<std::vector<const Dated*>> times;
  for (const Dated& report : dated) {
    if (times.empty() || report.day - times.back().back()->day > max_days_apart) {
      times.emplace_back();
    }
    times.back().push_back(&report);
  }
  if (times.size() <= 1) return {{claims, PartialDate(), PartialDate(), max_days_apart}};
  std::vector<FiguresAtOneTime> split;
  for (std::vector<const Dated*>& time : times) {
    FiguresAtOneTime& at = split.emplace_back();
    at.first = *time.front()->dateline;
    at.last = *time.back()->dateline;
    at.max_days_apart = max_days_apart;
    std::sort(time.begin(), time.end(),
              [](const Dated* a, const Dated* b) { return a->order < b->order; });
    for (const Dated* report : time) at.claims.push_back(claims[report->order]);
  }
  return split;
}

// The variants of a fact that are not superseded, by index, in order: a
// count that grows (Quantity::grows) reported lower, and only on days before
// every other variant was, is an earlier count the later ones update, not a
// disagreement with them ("five killed" on Wednesday, "twelve" on
// Thursday). All when a report is undated or the count may fall.
std::vector<size_t> NotSuperseded(const Comparison<Quantity>& comparison,
                                  const std::map<std::string, PartialDate>& datelines) {
  std::vector<size_t> current(comparison.variants.size());
  std::iota(current.begin(), current.end(), 0);
  const PartialDate epoch = CalendarDay(1970, 1, 1);
  std::vector<std::pair<int, int>> days;  // by variant: the first and last reported
  for (const auto& variant : comparison.variants) {
    std::pair<int, int>& reported = days.emplace_back(INT32_MAX, INT32_MIN);
    for (const KeptClaim* claim : ClaimsOf(variant)) {
      const PartialDate* dateline =
          claim->quantity().grows() ? CompleteDatelineOf(*claim, datelines) : nullptr;
      if (dateline == nullptr) return current;
      const int day = DaysBetween(epoch, *dateline);
      reported = {std::min(reported.first, day), std::max(reported.second, day)};
    }
  }
  // Lowest first: the variants' ranges do not overlap.
  std::sort(current.begin(), current.end(), [&](size_t x, size_t y) {
    return comparison.allowed[x].value() < comparison.allowed[y].value();
  });
  size_t lowest = 0;
  while (current.size() - lowest >= 2) {
    int first_of_others = INT32_MAX;
    for (size_t other = lowest + 1; other < current.size(); ++other) {
      first_of_others = std::min(first_of_others, days[current[other]].first);
    }
    if (days[current[lowest]].second >= first_of_others) break;
    ++lowest;
  }
  current.erase(current.begin(), current.begin() + lowest);
  std::sort(current.begin(), current.end());
  return current;
}

// The discrepancy among a fact's figures reported at one time, keyed by
// `key` and about `subject`, if they disagree.
std::optional<Discrepancy> FigureConflict(const std::string& key, const std::string& subject,
                                          const FiguresAtOneTime& time,
                                          const std::map<std::string, PartialDate>& datelines) {
  const Comparison<Quantity> comparison = CompareAcrossDocuments<Quantity>(
      time.claims, [](const KeptClaim& claim) { return claim.quantity(); },
      [](const Quantity& a, const Quantity& b) { return Agree(a, b); },
      [](const Quantity& a, const Quantity& b) { return Narrow(a, b); },
      [](const Quantity& a, const Quantity& b) {
        return std::make_pair(Width(a), a.value()) < std::make_pair(Width(b), b.value());
      },
      FitsSeveral::kTakesNoSide);
  const auto& variants = comparison.variants;
  if (variants.size() < 2) return std::nullopt;
  const std::vector<size_t> current = NotSuperseded(comparison, datelines);
  if (current.size() < 2) return std::nullopt;
  const KeptClaim& first = *time.claims.front();
  Discrepancy discrepancy;
  discrepancy.set_kind(QUANTITY);
  discrepancy.set_severity(WARNING);
  discrepancy.set_subject(subject);
  discrepancy.set_attribute(std::string(first.attribute()));
  float confidence = 1;
  std::vector<std::string> described;
  std::vector<std::string> superseded;  // as the note says them
  for (size_t i = 0; i < variants.size(); ++i) {
    const auto& variant = variants[i];
    if (!std::binary_search(current.begin(), current.end(), i)) {
      for (const KeptClaim* claim : ClaimsOf(variant)) {
        superseded.push_back(absl::StrCat(Quoted(claim->value_text()), " (",
                                          claim->evidence().document(), ":",
                                          claim->evidence().line(), ")"));
      }
      continue;
    }
    const Quantity& narrowed = comparison.allowed[i];
    Variant* out = discrepancy.add_variants();
    out->set_value(std::string(Representative(variant).value_text()));
    out->set_normalized(FormatInterval(narrowed));
    AddEvidence(ClaimsOf(variant), out);
    for (const KeptClaim* claim : ClaimsOf(variant))
      confidence = std::min(confidence, claim->confidence());
    described.push_back(absl::StrCat(WrittenValues(variant), " (", CountDocuments(variant.size()),
                                     ") allowing ", FormatInterval(narrowed)));
  }
  discrepancy.set_confidence(confidence);
  const std::string story_note =
      first.subject_type() == Claim::STORY
          ? " These figures name no place or person; they are compared because the documents "
            "report one story: published within two days of each other, naming the same places "
            "or "
            "people."
          : "";
  const std::string superseded_note =
      superseded.empty() ? ""
                         : absl::StrCat(" Left out as earlier counts the later reports update: ",
                                        Enumerate(superseded), ".");
  std::string time_note;
  if (IsCompleteDate(time.first) && time.max_days_apart == 0) {
    time_note = absl::StrCat(" Compared are the reports dated ", FormatIsoDate(time.first),
                             " alone: such a count is revised either way from day to day.");
  } else if (IsCompleteDate(time.first)) {
    time_note =
        absl::StrCat(" Compared are the reports dated ", FormatIsoDate(time.first), " to ",
                     FormatIsoDate(time.last), "; figures reported more than ", time.max_days_apart,
                     " days from all of these are taken to be of another time.");
  }
  discrepancy.set_explanation(absl::StrCat(
      "Sources give figures for the ", first.attribute(), " of ", subject,
      " that cannot all be true: ", absl::StrJoin(described, "; "),
      ". A rounded figure covers its rounding range, ", Quoted("over"), " and ", Quoted("at least"),
      " are open above, and these ranges do not overlap.",
      TakingNoSideNote(comparison.taking_no_side), superseded_note, story_note, time_note));
  SetFingerprint(key, &discrepancy);
  return discrepancy;
}

std::vector<Discrepancy> FindFigureConflicts(const ClaimsInOrder& claims, const People& people,
                                             const std::map<std::string, PartialDate>& datelines,
                                             Figures figures) {
  const bool of_stories = figures == Figures::kOfStories;
  const Stories stories = of_stories ? FindStories(claims, people, datelines) : Stories();
  // Joined by fact key: attribute, subject and unit.
  struct Fact {
    std::string subject;  // as a reader would name it
    std::vector<const KeptClaim*> claims;
  };
  const auto fact_key = [](const KeptClaim& claim, absl::string_view subject_key) {
    return absl::StrCat(claim.attribute(), "|", subject_key, "|", claim.quantity().unit());
  };
  // A sentence may name its person by surname alone ("Holloway, 34, was
  // convicted") and mean another who bears it than the one its document
  // names in full (his wife, Dana Holloway). Such a figure is taken for a
  // namesake's where one is given it in full elsewhere ("Marcus Holloway,
  // 34"), and joined with neither.
  const auto in_full = [](const KeptClaim& claim) {
    return absl::StrContains(claim.evidence().excerpt(), claim.subject());
  };
  // Of people who have a namesake, the only ones asked about; a story's
  // figures are of no person.
  absl::flat_hash_set<std::string> given_in_full;  // fact key and figure
  if (!of_stories) {
    for (const KeptClaim* claim : claims.OfKind(Claim::QUANTITY)) {
      if (claim->subject_type() != Claim::PERSON || !in_full(*claim)) continue;
      const FigureSubject subject = SubjectOf(*claim, people, stories);
      if (subject.person < 0 || people.Namesakes(subject.person).empty()) continue;
      given_in_full.insert(
          absl::StrCat(fact_key(*claim, subject.key), "|", claim->quantity().value()));
    }
  }
  const auto namesakes_figure = [&](const KeptClaim& claim, int person) {
    if (in_full(claim)) return false;
    for (const int namesake : people.Namesakes(person)) {
      if (given_in_full.contains(absl::StrCat(fact_key(claim, people.entities()[namesake].id()),
                                              "|", claim.quantity().value()))) {
        return true;
      }
    }
    return false;
  };
  absl::flat_hash_map<std::string, Fact> by_fact;
  for (const KeptClaim* claim : claims.OfKind(Claim::QUANTITY)) {
    if ((claim->subject_type() == Claim::STORY) != of_stories) continue;
    FigureSubject subject = SubjectOf(*claim, people, stories);
    if (subject.key.empty()) continue;
    if (subject.person >= 0 && namesakes_figure(*claim, subject.person)) continue;
    Fact& fact = by_fact[fact_key(*claim, subject.key)];
    if (fact.claims.empty()) fact.subject = std::move(subject.name);
    fact.claims.push_back(claim);
  }
  std::vector<std::pair<absl::string_view, const Fact*>> facts;  // in key order: one result
  for (const auto& [key, fact] : by_fact) facts.emplace_back(key, &fact);
  std::sort(facts.begin(), facts.end());
  std::vector<Discrepancy> found;
  const auto find_conflicts = [&](absl::string_view key, const std::string& subject,
                                  const std::vector<const KeptClaim*>& claims) {
    // Story figures are of one story, itself of one time; a count revised
    // either way is compared day by day.
    const bool day_by_day = std::any_of(claims.begin(), claims.end(), [](const KeptClaim* claim) {
      return claim->quantity().revised_either_way();
    });
    const std::vector<FiguresAtOneTime> times =
        day_by_day   ? SplitByTime(claims, datelines, /*max_days_apart=*/0)
        : of_stories ? std::vector<FiguresAtOneTime>{{claims, PartialDate(), PartialDate()}}
                     : SplitByTime(claims, datelines, kMaxDaysApartForOneEvent);
    for (const FiguresAtOneTime& time : times) {
      // A fact reported at several times is one finding at each, told apart
      // by its first day; one reported at one time keeps the fact's own key.
      std::optional<Discrepancy> conflict = FigureConflict(
          IsCompleteDate(time.first) ? absl::StrCat(key, "|", FormatIsoDate(time.first))
                                     : std::string(key),
          subject, time, datelines);
      if (conflict.has_value()) found.push_back(*std::move(conflict));
    }
  };
  for (const auto& [key, fact] : facts) {
    // Figures that documents tell apart (Qualifier) are of two places or
    // people of one name, each compared apart; a figure whose document says
    // neither may be of either, and is left out.
    std::map<std::string, std::vector<const KeptClaim*>> qualified;
    for (const KeptClaim* claim : fact->claims) qualified[Qualifier(*claim)].push_back(claim);
    qualified.erase("");
    if (qualified.size() < 2) {
      find_conflicts(key, fact->subject, fact->claims);
      continue;
    }
    for (const auto& [qualifier, claims] : qualified) {
      find_conflicts(absl::StrCat(key, "|", qualifier),
                     claims.front()->subject_type() == Claim::PERSON
                         ? std::string(claims.front()->subject())
                         : absl::StrCat(fact->subject, " (", qualifier, ")"),
                     claims);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// DATE

// An event claim with its participants resolved to people.
struct EventReport {
  const KeptClaim* claim;
  absl::string_view place;  // folded: the claim's subject key
  std::vector<int> people;  // entity indices, sorted
};

// Reports of the same event, as connected components of the graph whose
// edges join two reports of one type that share a participant and either
// name the same place, or share two participants while one names no place.
// Each kind of edge is found by blocking, and a block's members are joined
// in a chain rather than pair by pair, which would grow with the square of
// a block: the reports of a much-reported person's meetings are thousands.
//  - (type, participant): members naming the same place are all joined.
//  - (type, two participants): when a member names no place, it is joined
//    to every other, so the whole block is one component.
// A component that names two places is split by place, and its reports
// without a place are left out.
std::vector<std::vector<int>> GroupEvents(const std::vector<EventReport>& reports) {
  Components same_event(static_cast<int>(reports.size()));  // in any order of edges
  // By (type, participant, place): the first report, which the others join.
  absl::flat_hash_map<std::tuple<absl::string_view, int, absl::string_view>, int> first_at_place;
  // By (type, participant, participant): the reports.
  absl::flat_hash_map<std::tuple<absl::string_view, int, int>, std::vector<int>> sharing_two;
  for (int i = 0; i < static_cast<int>(reports.size()); ++i) {
    const EventReport& report = reports[i];
    const absl::string_view type = report.claim->event().type();
    for (size_t x = 0; x < report.people.size(); ++x) {
      if (!report.place.empty()) {
        const auto [first, added] =
            first_at_place.try_emplace({type, report.people[x], report.place}, i);
        if (!added) same_event.Join(first->second, i);
      }
      for (size_t y = x + 1; y < report.people.size(); ++y) {
        sharing_two[{type, report.people[x], report.people[y]}].push_back(i);
      }
    }
  }
  for (const auto& [key, members] : sharing_two) {
    const bool one_names_no_place = std::any_of(
        members.begin(), members.end(), [&](int member) { return reports[member].place.empty(); });
    if (!one_names_no_place) continue;
    for (const int member : members) same_event.Join(members.front(), member);
  }
  std::vector<std::vector<int>> events;
  for (std::vector<int>& group : same_event.Groups()) {
    std::map<absl::string_view, std::vector<int>> by_place;
    for (int member : group) by_place[reports[member].place].push_back(member);
    const size_t named_places = by_place.size() - by_place.count("");
    if (named_places <= 1) {
      events.push_back(std::move(group));  // reports without a place join the one place
      continue;
    }
    for (auto& [place, place_members] : by_place) {
      if (!place.empty()) events.push_back(std::move(place_members));
    }
  }
  return events;
}

// Whether the variants could be about one event: some two of them are not
// both full dates more than a week apart.
bool CouldBeOneEvent(const std::vector<PartialDate>& dates) {
  for (size_t x = 0; x < dates.size(); ++x) {
    for (size_t y = x + 1; y < dates.size(); ++y) {
      if (!IsCompleteDate(dates[x]) || !IsCompleteDate(dates[y]) ||
          std::abs(DaysBetween(dates[x], dates[y])) <= kMaxDaysApartForOneEvent) {
        return true;
      }
    }
  }
  return false;
}

std::vector<Discrepancy> FindDateConflicts(const ClaimsInOrder& claims, const People& people) {
  std::vector<EventReport> reports;
  for (const KeptClaim* claim : claims.OfKind(Claim::EVENT_DATE)) {
    EventReport report{claim, claim->subject_key(), {}};
    for (const std::string& participant : claim->event().participants()) {
      const int person = people.EntityOfName(claim->evidence().document(), participant);
      if (person >= 0) report.people.push_back(person);
    }
    SortUnique(&report.people);
    if (!report.people.empty()) reports.push_back(std::move(report));
  }
  std::vector<Discrepancy> found;
  for (std::vector<int> event : GroupEvents(reports)) {
    // A report that dates the meeting on a day another report says it was
    // moved from ("postponed from Tuesday") was written before the change:
    // it is out of date, not in disagreement.
    std::vector<std::pair<absl::string_view, const PartialDate*>> moved_from;  // document, date
    for (int member : event) {
      const KeptClaim& claim = *reports[member].claim;
      for (const PartialDate& date : claim.event().moved_from()) {
        moved_from.emplace_back(claim.evidence().document(), &date);
      }
    }
    event.erase(std::remove_if(event.begin(), event.end(),
                               [&](int member) {
                                 const KeptClaim& claim = *reports[member].claim;
                                 return std::any_of(
                                     moved_from.begin(), moved_from.end(), [&](const auto& moved) {
                                       return moved.first != claim.evidence().document() &&
                                              Agree(*moved.second, claim.date());
                                     });
                               }),
                event.end());
    std::vector<const KeptClaim*> event_claims;
    for (int member : event) event_claims.push_back(reports[member].claim);
    const Comparison<PartialDate> comparison = CompareAcrossDocuments<PartialDate>(
        event_claims, [](const KeptClaim& claim) { return claim.date(); },
        [](const PartialDate& a, const PartialDate& b) { return Agree(a, b); },
        [](const PartialDate& a, const PartialDate& b) { return Narrow(a, b); },
        [](const PartialDate& a, const PartialDate& b) { return KnownParts(a) > KnownParts(b); },
        FitsSeveral::kJoinsTheFirst);
    const auto& variants = comparison.variants;
    const std::vector<PartialDate>& dates = comparison.allowed;
    if (variants.size() < 2 || !CouldBeOneEvent(dates)) continue;

    // Who each document says took part; who all of them name.
    std::map<absl::string_view, std::set<int>> people_by_document;
    std::string place;
    for (int member : event) {
      const EventReport& report = reports[member];
      people_by_document[report.claim->evidence().document()].insert(report.people.begin(),
                                                                     report.people.end());
      if (place.empty()) place = report.claim->event().place();
    }
    std::set<int> shared = people_by_document.begin()->second;
    for (const auto& [document, named] : people_by_document) {
      std::set<int> kept;
      std::set_intersection(shared.begin(), shared.end(), named.begin(), named.end(),
                            std::inserter(kept, kept.begin()));
      shared = std::move(kept);
    }
    std::vector<std::string> shared_names, shared_ids;
    for (int person : shared) {
      shared_names.push_back(people.entities()[person].label());
      shared_ids.push_back(people.entities()[person].id());
    }
    std::sort(shared_names.begin(), shared_names.end());
    const std::string type = event_claims.front()->event().type();

    Discrepancy discrepancy;
    discrepancy.set_kind(DATE);
    discrepancy.set_severity(WARNING);
    discrepancy.set_subject(absl::StrCat(type, " of ", Enumerate(shared_names),
                                         place.empty() ? "" : absl::StrCat(" in ", place)));
    discrepancy.set_attribute("date");
    std::vector<std::string> described;
    std::map<std::set<int>, std::vector<std::string>> documents_by_people;
    for (size_t i = 0; i < variants.size(); ++i) {
      Variant* out = discrepancy.add_variants();
      out->set_value(std::string(Representative(variants[i]).value_text()));
      out->set_normalized(FormatIsoDate(dates[i]));
      AddEvidence(ClaimsOf(variants[i]), out);
      described.push_back(absl::StrCat(DescribeDate(dates[i]), " (",
                                       CountDocuments(variants[i].size()), ": ",
                                       WrittenValues(variants[i]), ")"));
      for (const auto& document : variants[i]) {
        documents_by_people[people_by_document[document.document]].emplace_back(document.document);
      }
    }
    std::string participants_note;
    if (documents_by_people.size() > 1) {
      std::vector<std::string> accounts;
      for (const auto& [named, documents] : documents_by_people) {
        std::vector<std::string> others;
        for (int person : named) {
          if (!shared.count(person)) others.push_back(DisplayName(people.entities()[person]));
        }
        accounts.push_back(absl::StrCat(others.empty() ? "no one else" : Enumerate(others), " in ",
                                        Enumerate(documents)));
      }
      participants_note =
          absl::StrCat(" The other participants named differ (", absl::StrJoin(accounts, "; "),
                       "), so these may be different meetings; check before fixing.");
    }
    discrepancy.set_confidence(participants_note.empty() ? 0.8f : 0.6f);
    discrepancy.set_explanation(absl::StrCat(
        "Sources date the ", discrepancy.subject(),
        " differently: ", absl::StrJoin(described, " versus "),
        ". Weekdays are resolved against each article's dateline; without one a weekday stays a "
        "weekday and conflicts only with a date on another weekday.",
        participants_note));
    SetFingerprint(
        absl::StrCat(type, "|", absl::AsciiStrToLower(place), "|", absl::StrJoin(shared_ids, ",")),
        &discrepancy);
    found.push_back(std::move(discrepancy));
  }
  return found;
}

}  // namespace

std::vector<Discrepancy> FindDiscrepancies(const ClaimsInOrder& claims, const People& people,
                                           const std::map<std::string, PartialDate>& datelines,
                                           const std::map<DiscrepancyKind, Severity>& severity,
                                           int threads) {
  // The kinds are found apart, the longest first: story figures, which
  // group documents into stories before they compare.
  std::vector<Discrepancy> story_figures, figures, dates, names;
  RunTasks(
      threads,
      {[&] { story_figures = FindFigureConflicts(claims, people, datelines, Figures::kOfStories); },
       [&] {
         figures = FindFigureConflicts(claims, people, datelines, Figures::kOfPlacesAndPeople);
       },
       [&] { dates = FindDateConflicts(claims, people); },
       [&] { names = FindNameSpellings(claims, people); }});
  // Sorted below: the order they are put together in does not count.
  std::vector<Discrepancy> found = std::move(names);
  for (std::vector<Discrepancy>* more : {&story_figures, &figures, &dates}) {
    for (Discrepancy& discrepancy : *more) found.push_back(std::move(discrepancy));
  }
  for (Discrepancy& discrepancy : found) {
    const auto configured = severity.find(discrepancy.kind());
    if (configured != severity.end()) discrepancy.set_severity(configured->second);
  }
  const auto rank = [](const Discrepancy& discrepancy) {
    return std::make_tuple(-discrepancy.severity(), discrepancy.kind(),
                           absl::string_view(discrepancy.subject()),
                           absl::string_view(discrepancy.id()));
  };
  std::sort(found.begin(), found.end(),
            [&rank](const Discrepancy& a, const Discrepancy& b) { return rank(a) < rank(b); });
  return found;
}

}  // namespace factcheck
