// File: rules/places/places.h
//
// The places module: finds the places a document names, and the key each is
// matched by across documents. A place is a capitalised name after a word
// that introduces one ("in Cairo", "near Healdsburg", "struck Qeshm island"),
// or one the text declares a place ("Rafah, Gaza's most southern city", "the
// city of Bam", "Qeshm island"). Keys fold case, resolve other names of the
// same place ("Salonika" is Thessaloniki) and drop a generic noun ("Qeshm
// Island" is Qeshm). "The city" refers back to the place last declared a
// city nearby (Antecedent). Emits a PLACE_MENTION claim per place, which
// tells the comparison which documents report the same story, and one for
// the place a wire dateline is filed from ("SARAI - "), with attribute
// kDatelineAttribute: it too tells the story, but is no sentence's.
//
//   absl::StatusOr<std::unique_ptr<PlacesModule>> places =
//       PlacesModule::Create(DefaultPlaceLexicon());
//   std::vector<PlaceMention> found = (*places)->Find(document);
//   // "Since the assault on Rafah, Gaza's most southern city, ..." ->
//   //   {name "Rafah", key "rafah", kind "city"}

#ifndef FACTCHECK_RULES_PLACES_PLACES_H_
#define FACTCHECK_RULES_PLACES_PLACES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"
#include "rules/places/place_lexicon.pb.h"
#include "rules/places/place_lexicon_data.h"  // DefaultPlaceLexicon()
#include "rules/rule_module.h"

namespace factcheck {
namespace places_internal {
struct Index;  // the lexicon, compiled
}  // namespace places_internal

class PlacesModule : public RuleModule {
 public:
  // Fails when the lexicon introduces no places.
  static absl::StatusOr<std::unique_ptr<PlacesModule>> Create(const PlaceLexicon& lexicon);
  ~PlacesModule() override;

  absl::string_view name() const override { return "places"; }
  // The attribute of the claim for a dateline's place; "mention" for the others.
  static constexpr absl::string_view kDatelineAttribute = "dateline";

  // A PLACE_MENTION claim for each of `mentions.places`, and for the place
  // of `document`'s dateline when it names one.
  void Extract(const Document& document, const DocumentMentions& mentions,
               std::vector<Claim>* claims) const override;

  // Every place `document` names, in order, none overlapping.
  std::vector<PlaceMention> Find(const Document& document) const;

  // The places one sentence names, with `sentence` as their sentence index.
  std::vector<PlaceMention> FindInSentence(absl::string_view text, int sentence) const;

  // The key a place name is matched by: "Qeshm Island" -> "qeshm".
  std::string Key(absl::string_view name) const;

  // Whether a capitalised name may be a place: "The", "March", "Mr" are not.
  bool IsPlaceName(absl::string_view name) const;

  // Whether `noun` ("city", "island") is a kind of place.
  bool IsPlaceNoun(absl::string_view noun) const;

  // Every noun for a kind of place ("city", "island"), sorted.
  std::vector<std::string> PlaceNouns() const;

  // The level of place a kind of place is at (PlaceLexicon.level): "city"
  // for "town", "province" for "county"; "" for a kind at none ("valley").
  absl::string_view Level(absl::string_view kind) const;

  // The place "the <noun>" at byte `offset` of sentence `sentence` refers
  // back to, looking in that sentence before it and the two sentences
  // before: the nearest place declared a `noun`, else the nearest place the
  // document declares nothing else (kind_in_document). nullptr when there is
  // none. `places` are in document order, as Find gives them.
  static const PlaceMention* Antecedent(const std::vector<PlaceMention>& places, int sentence,
                                        int offset, absl::string_view noun);

 private:
  explicit PlacesModule(std::unique_ptr<const places_internal::Index> index);

  // The claim for the place `document`'s dateline is filed from, when it
  // names one that the lexicon does not tell is no place ("EXCLUSIVE - ").
  std::optional<Claim> DatelinePlace(const Document& document) const;

  std::unique_ptr<const places_internal::Index> index_;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_PLACES_PLACES_H_
