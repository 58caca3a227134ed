// File: rules/quantities/quantities.h
//
// The quantities module: finds figures that measure something about a place,
// a person or the story a document reports, and emits a QUANTITY claim
// holding the figure as an interval of the values it allows, in its unit:
//
//   "1.5 million"        [1,450,000, 1,550,000)   rounded to its last digit
//   "about 1.4 million"  [1,350,000, 1,450,000)   rounded
//   "over 1.5 million"   (1,500,000, ∞)
//   "at least 70"        [70, ∞)
//   "12"                 12                       a small count is exact
//   "between 10 and 12"  [10, 12]
//   "6 miles"            [9.17, 10.14) km         a measurement is rounded, then converted
//   "nearly half"        [45, 50) %
//
// What a figure measures is decided by the lexicon's frames: "Rafah, a city
// home to 1.5 million displaced Palestinians" is Rafah's population; "61-
// year-old Sharron Smith" is her age; "Police said 12 people were injured"
// is the story's count of injured. A figure outside every frame ("two
// hostages", "three occasions", a year, a timestamp) yields nothing, and so
// does a story figure in a sentence about another time ("a quake killed 612
// people in February").
//
//   absl::StatusOr<std::unique_ptr<QuantitiesModule>> quantities =
//       QuantitiesModule::Create(DefaultQuantityLexicon(), mention_finder.places());
//   (*quantities)->Extract(document, mentions, &claims);  // rules/rule_module.h

#ifndef FACTCHECK_RULES_QUANTITIES_QUANTITIES_H_
#define FACTCHECK_RULES_QUANTITIES_QUANTITIES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"
#include "proto/values.pb.h"
#include "rules/places/places.h"
#include "rules/quantities/quantity_lexicon.pb.h"
#include "rules/quantities/quantity_lexicon_data.h"  // DefaultQuantityLexicon()
#include "rules/rule_module.h"

namespace factcheck {
namespace quantities_internal {
struct Index;  // the lexicons, compiled
}  // namespace quantities_internal

// A figure with thousands separators: 1450000 -> "1,450,000"; 5.9 -> "5.9".
std::string FormatFigure(double value);

// A quantity's interval and unit: "[1,450,000, 1,550,000)", "(1,500,000, ∞)",
// "[9.17, 10.14) km", or the single value of an exact count: "12".
std::string FormatInterval(const Quantity& quantity);

class QuantitiesModule : public RuleModule {
 public:
  // `places` tells which names are places, their keys and the nouns for a
  // kind of place; it may be the one that finds a document's places. Fails
  // when a frame's pattern does not compile, naming it.
  static absl::StatusOr<std::unique_ptr<QuantitiesModule>> Create(
      const QuantityLexicon& lexicon, std::shared_ptr<const PlacesModule> places);
  ~QuantitiesModule() override;

  absl::string_view name() const override { return "quantities"; }
  // The people a figure may be about are `mentions.people`: "61-year-old
  // Sharron Smith" is an age only where the names module found her.
  void Extract(const Document& document, const DocumentMentions& mentions,
               std::vector<Claim>* claims) const override;

  // A figure as written ("over 1.5 million", "seventy", "2bn", "6.2 miles",
  // "$240 billion", "nearly half") as a Quantity. `unit` is the unit a frame
  // wants: "" for a count, "km", "%", "currency" for any currency, or a unit
  // a bare figure is measured in ("magnitude"). nullopt when it is not such
  // a figure.
  std::optional<Quantity> ReadFigure(absl::string_view figure, absl::string_view unit = "") const;

 private:
  explicit QuantitiesModule(std::unique_ptr<const quantities_internal::Index> index);

  std::unique_ptr<const quantities_internal::Index> index_;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_QUANTITIES_QUANTITIES_H_
