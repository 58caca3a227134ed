// File: rules/events/events.h
//
// The events module: finds reports of meetings and emits an EVENT_DATE claim
// for each date given to one, with the meeting's participants and place, so
// that two sources' reports of the same meeting can be matched and their
// dates compared.
//
// A document's mentions of one meeting are gathered first: mentions in the
// same place with the same people are one meeting; a dated mention without a
// place joins the one meeting in the document whose participants include all
// of its own; "the meeting on March 21" dates the last meeting mentioned
// before it. Dates resolve against the dateline (rules/dates).
//
// It also emits an INCIDENT_MENTION claim for each kind of incident
// ("earthquake", "fire") the document's lead names, where it first does,
// which tells apart stories that share places or people.
//
//   "During a meeting in Cairo with Foreign Minister Sameh Shoukry, Secretary
//    of State Antony Blinken spoke on Thursday."   (dateline 2024-03-21)
//   -> EVENT_DATE claim: value_text "Thursday", date 2024-03-21,
//      event {type "meeting" participants ["Antony Blinken", "Sameh Shoukry"]
//             place "Cairo"}
//
//   absl::StatusOr<std::unique_ptr<EventsModule>> events =
//       EventsModule::Create(DefaultEventLexicon());
//   (*events)->Extract(document, mentions, &claims);  // rules/rule_module.h

#ifndef FACTCHECK_RULES_EVENTS_EVENTS_H_
#define FACTCHECK_RULES_EVENTS_EVENTS_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"
#include "rules/events/event_lexicon.pb.h"
#include "rules/events/event_lexicon_data.h"  // DefaultEventLexicon()
#include "rules/rule_module.h"

namespace factcheck {
namespace events_internal {
struct Index;  // the lexicon, compiled
}  // namespace events_internal

class EventsModule : public RuleModule {
 public:
  // Fails when a trigger does not compile.
  static absl::StatusOr<std::unique_ptr<EventsModule>> Create(const EventLexicon& events);
  ~EventsModule() override;

  absl::string_view name() const override { return "events"; }
  // The participants are `mentions.people` in the sentence, the place one
  // of its `mentions.places`.
  void Extract(const Document& document, const DocumentMentions& mentions,
               std::vector<Claim>* claims) const override;

 private:
  explicit EventsModule(std::unique_ptr<const events_internal::Index> index);

  std::unique_ptr<const events_internal::Index> index_;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_EVENTS_EVENTS_H_
