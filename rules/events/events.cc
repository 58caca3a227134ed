#include "rules/events/events.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"
#include "checker/corpus/utf8.h"
#include "rules/clause.h"
#include "rules/dates/dates.h"
#include "rules/evidence.h"
#include "rules/regex.h"
#include "rules/word_list.h"

namespace factcheck {

// When a sentence has several dates, the one that follows a trigger within
// this many bytes, in the same clause (no comma or stop between), dates the
// event: "met X in Lindmouth on Tuesday, and agreed on a handover by July 1".
constexpr int kMaxTriggerToDateGap = 80;

namespace events_internal {

struct Trigger {
  std::string type;
  std::string head;
};

struct Index {
  std::vector<Trigger> triggers;
  std::vector<std::string> incident_kinds;
  // triggers[i]'s pattern has id i, incident_kinds[i]'s words id
  // triggers.size() + i: one pass of the set's words over a sentence asks
  // for both.
  PatternSet patterns;
  // A sentence that tells of a change of plan, and what comes right before
  // a date it gives as the new one (EventLexicon::ChangeOfPlan). Each null
  // when the lexicon has none: no sentence tells of a change, or none gives
  // a new date.
  std::unique_ptr<RE2> change_of_plan;
  std::unique_ptr<RE2> new_date_after;
  // Words after which a date is another event's (EventLexicon's
  // another_event_after); null when the lexicon has none.
  std::unique_ptr<RE2> another_event_after;
  // Phrases that make a trigger another occurrence of its kind
  // (EventLexicon's another_occurrence); null when the lexicon has none.
  std::unique_ptr<RE2> another_occurrence;
};

}  // namespace events_internal

namespace {

using events_internal::Index;
using events_internal::Trigger;

struct TriggerHit {
  int begin = 0;
  int end = 0;
  const Trigger* trigger = nullptr;
};

// One sentence's report of an event.
struct Mention {
  int sentence = 0;
  const Trigger* trigger = nullptr;  // the first trigger in the sentence
  bool definite = false;             // "the meeting": refers back
  std::set<std::string> participants;
  std::string place;      // as written
  std::string place_key;  // as matched
  std::optional<DateMention> date;
  std::vector<PartialDate> moved_from;  // dates the event was moved from
  int event = -1;                       // index into the document's events once assembled
};

// All mentions of one event in one document.
struct DocumentEvent {
  std::string type;
  std::string place;
  std::string place_key;
  std::set<std::string> participants;
};

// The triggers in a sentence, of `candidates`, the ids of its patterns that
// may match.
std::vector<TriggerHit> FindTriggers(const Index& index, const PatternText& pattern_text,
                                     const std::vector<int>& candidates) {
  std::vector<TriggerHit> hits;
  for (const int id : candidates) {
    if (id >= static_cast<int>(index.triggers.size())) break;
    index.patterns.ForEachMatch(id, pattern_text, [&](const Match& match) {
      hits.push_back({match.begin(0), match.end(0), &index.triggers[id]});
    });
  }
  std::sort(hits.begin(), hits.end(),
            [](const TriggerHit& a, const TriggerHit& b) { return a.begin < b.begin; });
  return hits;
}

// `hits` less those that report another occurrence of their kind ("will
// meet again in May").
std::vector<TriggerHit> OfThisOccurrence(const Index& index, absl::string_view sentence,
                                         std::vector<TriggerHit> hits) {
  if (index.another_occurrence == nullptr || hits.empty()) return hits;
  ForEachMatch(*index.another_occurrence, sentence, [&](const Match& match) {
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const TriggerHit& hit) {
                                return hit.begin < match.end(0) && match.begin(0) < hit.end;
                              }),
               hits.end());
  });
  return hits;
}

bool IsDefinite(absl::string_view sentence, const TriggerHit& hit) {
  const std::string before = absl::AsciiStrToLower(sentence.substr(0, hit.begin));
  for (absl::string_view determiner : {"the ", "this ", "that "}) {
    if (absl::EndsWith(before, determiner)) return true;
  }
  return false;
}

// The place of the event: a place named "in" ("at the Royal Palace in
// Kastel" is in Kastel), else one named "at"; the first after the trigger,
// else the last before it ("ministers from Qatar" met elsewhere). Places
// that are people are not places.
const PlaceMention* FindPlace(absl::Span<const PlaceMention> places, const TriggerHit& trigger,
                              const std::vector<std::pair<int, int>>& people) {
  for (const char* introducer : {"in", "at"}) {
    const PlaceMention* before = nullptr;
    for (const PlaceMention& place : places) {
      if (place.introducer != introducer) continue;
      const bool is_person = std::any_of(people.begin(), people.end(), [&](const auto& person) {
        return place.begin < person.second && person.first < place.end;
      });
      if (is_person) continue;
      if (place.begin >= trigger.end) return &place;
      before = &place;
    }
    if (before != nullptr) return before;
  }
  return nullptr;
}

// The date of the event: the only date in the sentence, or the one right
// after a trigger ("the meeting on March 21"); none when two triggers are
// followed by dates of their own, as two meetings are ("met on Friday, a
// week after they last met on March 14", "met on Friday and will meet
// again on Monday"). A date after a word that tells of another event ("a
// day after rebels took the airport on Monday") does not count, nor does
// one whose clause tells of a change of plan, unless given as the new date:
// such dates go to `moved_from_dates`.
std::optional<DateMention> FindDate(const Index& index, absl::string_view sentence,
                                    const PartialDate& dateline, NumericDateOrder order,
                                    const std::vector<TriggerHit>& triggers,
                                    std::vector<PartialDate>* moved_from_dates) {
  // "said on Monday that talks would resume": the date is when it was said.
  // Lower case only: "met in Told on March 15" names a place.
  static const RE2* speech = new RE2(
      "\\b(?:said|says|told(?:\\s+\\w+)?|announced|added|stated|wrote|confirmed|reported)"
      "\\s+(?:on\\s+)?$");
  const bool changed_plan = index.change_of_plan != nullptr &&
                            RE2::PartialMatch(ToPiece(sentence), *index.change_of_plan);
  std::vector<int> another_event_from;  // where each such word ends, in order
  if (index.another_event_after != nullptr) {
    ForEachMatch(*index.another_event_after, sentence,
                 [&](const Match& match) { another_event_from.push_back(match.end(0)); });
  }
  std::vector<DateMention> dates;
  for (DateMention& date : FindDates(sentence, dateline, order)) {
    const re2::StringPiece before = ToPiece(sentence.substr(0, date.begin));
    if (RE2::PartialMatch(before, *speech)) continue;
    // "a day after rebels took the airport on Monday": unless a trigger
    // follows the last such word ("after meeting Dorn on Monday").
    const auto next =
        std::upper_bound(another_event_from.begin(), another_event_from.end(), date.begin);
    if (next != another_event_from.begin() &&
        std::none_of(triggers.begin(), triggers.end(), [&](const TriggerHit& trigger) {
          return trigger.begin >= *(next - 1) && trigger.end <= date.begin;
        })) {
      continue;
    }
    // "held on Monday, hours after Israel canceled a visit": the change is
    // of another plan.
    const bool moved_from =
        changed_plan &&
        RE2::PartialMatch(ToPiece(ClauseAround(sentence, date.begin, date.end)),
                          *index.change_of_plan) &&
        (index.new_date_after == nullptr || !RE2::PartialMatch(before, *index.new_date_after));
    if (moved_from) {
      moved_from_dates->push_back(date.date);
    } else {
      dates.push_back(std::move(date));
    }
  }
  if (dates.size() == 1) return dates[0];
  std::optional<DateMention> dated;
  for (const TriggerHit& trigger : triggers) {
    const DateMention* nearest = nullptr;
    for (const DateMention& date : dates) {
      const int gap = date.begin - trigger.end;
      if (gap < 0 || gap > kMaxTriggerToDateGap) continue;
      const absl::string_view between = sentence.substr(trigger.end, gap);
      if (between.find_first_of(",.;:") != absl::string_view::npos) continue;
      if (nearest == nullptr || date.begin < nearest->begin) nearest = &date;
    }
    if (nearest == nullptr) continue;
    if (dated.has_value() && dated->begin != nearest->begin) return std::nullopt;
    dated = *nearest;
  }
  return dated;
}

bool Includes(const std::set<std::string>& all, const std::set<std::string>& some) {
  return std::includes(all.begin(), all.end(), some.begin(), some.end());
}

// Gathers a document's mentions into events (see events.h). Each lookup is
// by key, never a scan of the events so far: a long document with a
// meeting in every sentence would take the square of its sentences.
std::vector<DocumentEvent> Assemble(std::vector<Mention>* mentions) {
  std::vector<DocumentEvent> events;
  // At most one a mention, so that the events never move: the keys below
  // are views of their strings and of the mentions'.
  events.reserve(mentions->size());
  // Mentions with a place: one event per place.
  absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>, int> by_place;
  for (Mention& mention : *mentions) {
    if (mention.place.empty()) continue;
    const auto [at, added] =
        by_place.try_emplace(std::make_pair(absl::string_view(mention.trigger->type),
                                            absl::string_view(mention.place_key)),
                             static_cast<int>(events.size()));
    if (added) events.push_back({mention.trigger->type, mention.place, mention.place_key, {}});
    mention.event = at->second;
    events[mention.event].participants.insert(mention.participants.begin(),
                                              mention.participants.end());
  }
  // Mentions without a place but with people: the one placed event that has
  // them all, else an event of their own. A placed event that has them all
  // has the first of them. Most documents have no such mention, and need
  // no index of who is in each placed event.
  const bool any_unplaced = std::any_of(mentions->begin(), mentions->end(), [](const Mention& m) {
    return m.place.empty() && !m.participants.empty();
  });
  absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>, std::vector<int>>
      placed_with;
  for (size_t i = 0; any_unplaced && i < events.size(); ++i) {
    for (const std::string& participant : events[i].participants) {
      placed_with[std::make_pair(absl::string_view(events[i].type), absl::string_view(participant))]
          .push_back(static_cast<int>(i));
    }
  }
  std::map<std::pair<std::string, std::set<std::string>>, int> by_participants;
  for (Mention& mention : *mentions) {
    if (!mention.place.empty() || mention.participants.empty()) continue;
    const auto with_first =
        placed_with.find(std::make_pair(absl::string_view(mention.trigger->type),
                                        absl::string_view(*mention.participants.begin())));
    int including = -1;
    int count = 0;
    if (with_first != placed_with.end()) {
      for (const int i : with_first->second) {
        if (Includes(events[i].participants, mention.participants)) {
          including = i;
          ++count;
        }
      }
    }
    if (count == 1) {
      mention.event = including;
      continue;
    }
    const auto [at, added] =
        by_participants.try_emplace(std::make_pair(mention.trigger->type, mention.participants),
                                    static_cast<int>(events.size()));
    if (added) events.push_back({mention.trigger->type, "", "", mention.participants});
    mention.event = at->second;
  }
  // "The meeting on March 21": the last meeting with people mentioned
  // before (the mentions are one a sentence, in order). A mention given its
  // event here has no people, so no later one refers to it.
  absl::flat_hash_map<absl::string_view, int> last_event_by_head;
  for (Mention& mention : *mentions) {
    if (mention.event < 0 && mention.definite) {
      const auto last = last_event_by_head.find(mention.trigger->head);
      if (last != last_event_by_head.end()) mention.event = last->second;
    }
    if (mention.event >= 0 && !mention.participants.empty()) {
      last_event_by_head[mention.trigger->head] = mention.event;
    }
  }
  return events;
}

// Adds an INCIDENT_MENTION claim, where it is named, for each kind of
// incident that sentence `sentence` names and no sentence before it did
// (`named`, by kind). `candidates` are the ids of the sentence's patterns
// that may match.
void NameIncidents(const Index& index, const Document& document, int sentence,
                   const PatternText& pattern_text, const std::vector<int>& candidates,
                   std::vector<bool>* named, std::vector<Claim>* claims) {
  const int first = static_cast<int>(index.triggers.size());
  const absl::string_view text = pattern_text.text();
  std::vector<re2::StringPiece> groups;
  for (auto id = std::lower_bound(candidates.begin(), candidates.end(), first);
       id != candidates.end(); ++id) {
    const int kind = *id - first;
    if ((*named)[kind]) continue;
    // The first of the incident's words that names it: not "fire" in "the
    // fire brigade" (group 1).
    const RE2& pattern = index.patterns.pattern(*id);
    bool found = false;
    for (int from = 0; !found && FindMatch(pattern, text, from, false, &groups);
         from = static_cast<int>(groups[0].data() + groups[0].size() - text.data())) {
      found = groups.size() < 2 || groups[1].data() == nullptr;
    }
    if (!found) continue;
    (*named)[kind] = true;
    const int begin = static_cast<int>(groups[0].data() - text.data());
    Claim& claim = claims->emplace_back();
    claim.set_kind(Claim::INCIDENT_MENTION);
    claim.set_subject(index.incident_kinds[kind]);
    claim.set_subject_type(Claim::STORY);
    claim.set_subject_key(index.incident_kinds[kind]);
    claim.set_attribute("mention");
    claim.set_value_text(std::string(groups[0].data(), groups[0].size()));
    *claim.mutable_evidence() =
        MakeEvidence(document, sentence, begin, begin + static_cast<int>(groups[0].size()));
    claim.set_rule("events/incident");
    claim.set_confidence(0.7f);
  }
}

// A lexicon list given as words, several per entry ("quake tremor"), and
// as phrases, one per entry ("opened fire"): every word and phrase.
std::vector<std::string> WordsAndPhrases(
    const google::protobuf::RepeatedPtrField<std::string>& words,
    const google::protobuf::RepeatedPtrField<std::string>& phrases) {
  const absl::flat_hash_set<std::string> word_set = WordSet(words);
  std::vector<std::string> all(word_set.begin(), word_set.end());
  all.insert(all.end(), phrases.begin(), phrases.end());
  return all;
}

}  // namespace

EventsModule::EventsModule(std::unique_ptr<const Index> index) : index_(std::move(index)) {}

EventsModule::~EventsModule() = default;

absl::StatusOr<std::unique_ptr<EventsModule>> EventsModule::Create(const EventLexicon& events) {
  auto index = std::make_unique<Index>();
  for (const EventLexicon::EventType& event : events.event()) {
    for (const EventLexicon::Trigger& trigger : event.trigger()) {
      const absl::Status added = index->patterns.Add(trigger.pattern(), /*case_sensitive=*/false);
      if (!added.ok()) return added;
      index->triggers.push_back({event.type(), trigger.head()});
    }
  }
  for (const EventLexicon::Incident& incident : events.incident()) {
    std::vector<std::string> alternatives = WordsAndPhrases(incident.word(), incident.phrase());
    if (incident.kind().empty() || alternatives.empty()) {
      return absl::InvalidArgumentError("an incident needs a kind and a word or phrase");
    }
    // Group 1: a word that makes the incident's word name something else.
    const absl::flat_hash_set<std::string> not_before = WordSet(incident.not_before());
    const std::string then_not =
        not_before.empty()
            ? ""
            : absl::StrCat("(?:\\s+(", WordAlternation({not_before.begin(), not_before.end()}),
                           ")\\b)?");
    const absl::Status added = index->patterns.Add(
        absl::StrCat("\\b", WordAlternation(std::move(alternatives)), "\\b", then_not),
        /*case_sensitive=*/false);
    if (!added.ok()) return added;
    index->incident_kinds.push_back(incident.kind());
  }
  if (absl::Status compiled = index->patterns.Compile(); !compiled.ok()) return compiled;
  const EventLexicon::ChangeOfPlan& change = events.change_of_plan();
  const std::vector<std::string> change_phrases = WordsAndPhrases(change.word(), change.phrase());
  std::vector<std::string> new_date_after;  // each ending right before the date
  for (const std::string& pattern : change.new_date_after()) {
    new_date_after.push_back(absl::StrCat("(?:", pattern, ")\\s+$"));
  }
  // Each of the three, or the first error.
  const auto compile = [](absl::StatusOr<std::unique_ptr<RE2>> markers,
                          std::unique_ptr<RE2>* compiled) {
    if (!markers.ok()) return markers.status();
    *compiled = *std::move(markers);
    return absl::OkStatus();
  };
  for (const absl::Status& compiled : {
           compile(CompileMarkers(change_phrases, {}), &index->change_of_plan),
           compile(CompileMarkers({}, new_date_after), &index->new_date_after),
           compile(
               CompileMarkers(
                   {events.another_event_after().begin(), events.another_event_after().end()}, {}),
               &index->another_event_after),
           compile(CompileMarkers({}, {events.another_occurrence().begin(),
                                       events.another_occurrence().end()}),
                   &index->another_occurrence),
       }) {
    if (!compiled.ok()) return compiled;
  }
  return std::unique_ptr<EventsModule>(new EventsModule(std::move(index)));
}

void EventsModule::Extract(const Document& document, const DocumentMentions& found,
                           std::vector<Claim>* claims) const {
  const Index& index = *index_;
  const NumericDateOrder order = document.numeric_date_order();
  std::vector<Mention> mentions;
  std::vector<bool> incidents_named(index.incident_kinds.size(), false);
  for (int sentence = 0; sentence < document.sentences_size(); ++sentence) {
    const absl::string_view text = SentenceText(document, sentence);
    const PatternText pattern_text(text);
    const std::vector<int> candidates = index.patterns.Candidates(pattern_text);
    if (sentence < kLeadSentences) {
      NameIncidents(index, document, sentence, pattern_text, candidates, &incidents_named, claims);
    }
    const std::vector<TriggerHit> triggers =
        OfThisOccurrence(index, text, FindTriggers(index, pattern_text, candidates));
    if (triggers.empty()) continue;
    Mention mention;
    mention.sentence = sentence;
    mention.trigger = triggers[0].trigger;
    mention.definite = IsDefinite(text, triggers[0]);
    std::vector<std::pair<int, int>> spans;
    for (const PersonMention& person : MentionsIn(found.people, sentence, sentence)) {
      mention.participants.insert(person.full_name());
      spans.emplace_back(person.begin, person.end);
    }
    if (const PlaceMention* place =
            FindPlace(MentionsIn(found.places, sentence, sentence), triggers[0], spans)) {
      mention.place = place->name;
      mention.place_key = place->key;
    }
    mention.date = FindDate(index, text, document.dateline(), order, triggers, &mention.moved_from);
    mentions.push_back(std::move(mention));
  }

  const std::vector<DocumentEvent> events = Assemble(&mentions);
  std::vector<std::vector<const PartialDate*>> moved_from(events.size());  // by event
  for (const Mention& mention : mentions) {
    if (mention.event < 0) continue;
    for (const PartialDate& date : mention.moved_from) moved_from[mention.event].push_back(&date);
  }
  for (const Mention& mention : mentions) {
    if (mention.event < 0 || !mention.date) continue;
    const DocumentEvent& event = events[mention.event];
    // An event with nobody in it cannot be matched across sources.
    if (event.participants.empty()) continue;
    const DateMention& date = *mention.date;
    Claim& claim = claims->emplace_back();
    claim.set_kind(Claim::EVENT_DATE);
    claim.set_subject(event.place.empty() ? event.type
                                          : absl::StrCat(event.type, " in ", event.place));
    claim.set_attribute("date");
    claim.set_value_text(std::string(
        SentenceText(document, mention.sentence).substr(date.begin, date.end - date.begin)));
    *claim.mutable_date() = date.date;
    claim.mutable_event()->set_type(event.type);
    claim.mutable_event()->set_place(event.place);
    claim.set_subject_type(Claim::PLACE);
    claim.set_subject_key(event.place_key);
    for (const std::string& participant : event.participants) {
      claim.mutable_event()->add_participants(participant);
    }
    for (const PartialDate* date : moved_from[mention.event]) {
      *claim.mutable_event()->add_moved_from() = *date;
    }
    *claim.mutable_evidence() = MakeEvidence(document, mention.sentence, date.begin, date.end);
    claim.set_rule(absl::StrCat("events/", event.type));
    claim.set_confidence(mention.participants.empty() || event.place.empty() ? 0.6f : 0.8f);
  }
}

}  // namespace factcheck
