// File: rules/quantities/quantities.h
//
// The quantities module: finds figures that measure something about a place
// ("Rafah, a city home to 1.5 million displaced Palestinians" is Rafah's
// population) and emits a QUANTITY claim holding the figure as an interval
// of the values it allows:
//
//   "1.5 million"        [1,450,000, 1,550,000)   rounded to its last digit
//   "about 1.4 million"  [1,350,000, 1,450,000)   rounded
//   "over 1.5 million"   (1,500,000, ∞)
//   "at least 70"        [70, ∞)
//   "12"                 [12, 12]                 a small count is exact
//
// Which attribute a figure measures, and of which place, is decided by the
// lexicon's frames; a figure outside every frame ("two hostages", "three
// occasions", a year, a timestamp) yields nothing. "The city" refers back to
// the place last named as a city nearby.
//
//   absl::StatusOr<std::unique_ptr<QuantitiesModule>> quantities =
//       QuantitiesModule::Create(DefaultQuantityLexicon());
//   (*quantities)->Extract(document, &claims);

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
#include "rules/quantities/quantity_lexicon.pb.h"
#include "rules/quantities/quantity_lexicon_data.h"  // DefaultQuantityLexicon()
#include "rules/rule_module.h"

namespace factcheck {
namespace quantities_internal {
struct Index;  // the lexicon, compiled
}  // namespace quantities_internal

// A figure with thousands separators: 1450000 -> "1,450,000"; 5.9 -> "5.9".
std::string FormatFigure(double value);

// A quantity's interval: "[1,450,000, 1,550,000)", "(1,500,000, ∞)", or the
// single value of an exact count: "12".
std::string FormatInterval(const Quantity& quantity);

class QuantitiesModule : public RuleModule {
 public:
  // Fails when a frame's pattern does not compile, naming the frame.
  static absl::StatusOr<std::unique_ptr<QuantitiesModule>> Create(const QuantityLexicon& lexicon);
  ~QuantitiesModule() override;

  absl::string_view name() const override { return "quantities"; }
  void Extract(const Document& document, std::vector<Claim>* claims) const override;

  // A figure as written ("over 1.5 million", "seventy", "2bn") as a
  // Quantity; nullopt when it is not a figure.
  std::optional<Quantity> ReadFigure(absl::string_view figure) const;

 private:
  explicit QuantitiesModule(std::unique_ptr<const quantities_internal::Index> index);

  std::unique_ptr<const quantities_internal::Index> index_;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_QUANTITIES_QUANTITIES_H_
