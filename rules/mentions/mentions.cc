#include "rules/mentions/mentions.h"

#include <algorithm>
#include <utility>

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
