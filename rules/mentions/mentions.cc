#include "rules/mentions/mentions.h"

#include <utility>

namespace factcheck {

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
  return DocumentMentions{names_->FindPeople(document), places_->Find(document)};
}

}  // namespace factcheck
