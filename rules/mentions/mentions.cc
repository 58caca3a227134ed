#include "rules/mentions/mentions.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "rules/clause.h"
#include "rules/evidence.h"

namespace factcheck {
namespace {

// Whether a person's name ends `place`: "Hugh Hefner" after "told", or
// "Prime Minister George Papandreou" after "according to", read by the
// places module as a place because a word that introduces places comes
// before it. A place that only begins with one ("George Washington
// University") is still a place.
bool EndsInPersonsName(const PlaceMention& place, const std::vector<PersonMention>& people) {
  const absl::Span<const PersonMention> in_sentence =
      MentionsIn(people, place.sentence, place.sentence);
  return std::any_of(in_sentence.begin(), in_sentence.end(), [&](const PersonMention& person) {
    return person.begin < place.end && place.end <= person.end;
  });
}

// Whether the name at bytes [begin, end) of `sentence` stands where a
// place would: right after "in", "near", "outside", "across" or
// "throughout", and no possessive ("in Hillary Clinton's campaign", "in
// Dale Stevens' series", "in Dale Stevens ' series").
bool StandsAsPlace(absl::string_view sentence, int begin, int end) {
  static constexpr absl::string_view kLocatives[] = {"in", "near", "outside", "across",
                                                     "throughout"};
  const absl::string_view word = WordBefore(sentence, begin);
  const bool locative = std::any_of(
      std::begin(kLocatives), std::end(kLocatives),
      [word](absl::string_view locative) { return absl::EqualsIgnoreCase(word, locative); });
  absl::string_view after = sentence.substr(end);
  absl::ConsumePrefix(&after, " ");
  return locative && !absl::StartsWith(after, "'") && !absl::StartsWith(after, "\xE2\x80\x99");
}

// The full names that `document` writes only where a place would be: each
// mention untitled, standing as a place (StandsAsPlace) and found as one,
// and no short form refers to it. "arrested in Beverly Hills":
// a given name (Beverly) before a capitalised word read as a person is a
// town.
absl::flat_hash_set<std::string> NamesOnlyOfPlaces(const Document& document,
                                                   const DocumentMentions& mentions) {
  absl::flat_hash_map<absl::string_view, bool> placed;  // full name -> every mention a place's
  for (const PersonMention& person : mentions.people) {
    if (!person.full()) {
      placed[person.refers_to] = false;
      continue;
    }
    const absl::Span<const PlaceMention> in_sentence =
        MentionsIn(mentions.places, person.sentence, person.sentence);
    const bool place =
        person.title.empty() &&
        StandsAsPlace(SentenceText(document, person.sentence), person.begin, person.end) &&
        std::any_of(in_sentence.begin(), in_sentence.end(), [&](const PlaceMention& found) {
          return found.begin == person.begin && found.end == person.end;
        });
    const auto [entry, added] = placed.try_emplace(person.text, place);
    if (!added) entry->second = entry->second && place;
  }
  absl::flat_hash_set<std::string> names;  // copies: the people are erased by them
  for (const auto& [name, only_placed] : placed) {
    if (only_placed) names.emplace(name);
  }
  return names;
}

}  // namespace

MentionFinder::MentionFinder(std::shared_ptr<const NamesModule> names,
                             std::shared_ptr<const PlacesModule> places)
    : names_(std::move(names)), places_(std::move(places)) {}

absl::StatusOr<MentionFinder> MentionFinder::Create(const NameLexicon& names,
                                                    const PlaceLexicon& places) {
  absl::StatusOr<std::unique_ptr<NamesModule>> names_module = NamesModule::Create(names);
  if (!names_module.ok()) return names_module.status();
  absl::StatusOr<std::unique_ptr<PlacesModule>> places_module = PlacesModule::Create(places);
  if (!places_module.ok()) return places_module.status();
  return MentionFinder(*std::move(names_module), *std::move(places_module));
}

DocumentMentions MentionFinder::Find(const Document& document) const {
  DocumentMentions mentions{names_->FindPeople(document), places_->Find(document)};
  // A name written only as a place is one.
  const absl::flat_hash_set<std::string> places_not_people = NamesOnlyOfPlaces(document, mentions);
  if (!places_not_people.empty()) {
    std::vector<PersonMention>& people = mentions.people;
    people.erase(std::remove_if(people.begin(), people.end(),
                                [&](const PersonMention& person) {
                                  return places_not_people.contains(person.full_name());
                                }),
                 people.end());
  }
  // A person is no place: named as one, the name would count twice towards
  // the names two documents must share to be of one story.
  std::vector<PlaceMention>& places = mentions.places;
  places.erase(std::remove_if(places.begin(), places.end(),
                              [&](const PlaceMention& place) {
                                return EndsInPersonsName(place, mentions.people);
                              }),
               places.end());
  return mentions;
}

}  // namespace factcheck
