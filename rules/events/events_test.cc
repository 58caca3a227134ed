// The events corpus: short articles in, dated meetings out, each as
// "place|participants|date as written=ISO date".
#include "rules/events/events.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "rules/dates/dates.h"
#include "rules/mentions/extract_for_tests.h"

namespace factcheck {
namespace {

const EventsModule& Module() {
  static const EventsModule* events = EventsModule::Create(DefaultEventLexicon()).value().release();
  return *events;
}

std::string Describe(const std::string& text) {
  std::vector<std::string> found;
  for (const Claim& claim : ExtractForTests(Module(), text)) {
    if (claim.kind() != Claim::EVENT_DATE) continue;
    std::vector<std::string> moved_from;
    for (const PartialDate& date : claim.event().moved_from()) {
      moved_from.push_back(FormatIsoDate(date));
    }
    found.push_back(absl::StrCat(
        claim.event().place(), "|", absl::StrJoin(claim.event().participants(), "+"), "|",
        claim.value_text(), "=", FormatIsoDate(claim.date()),
        moved_from.empty() ? "" : absl::StrCat(" moved from ", absl::StrJoin(moved_from, ","))));
  }
  return absl::StrJoin(found, "; ");
}

// A document dated Wednesday 2026-05-13.
std::string D(const std::string& text) { return "date 2026-05-13\n\n" + text; }

struct Example {
  std::string text;
  const char* expected;  // "" when no meeting is dated
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class EventCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(EventCorpusTest, DatesMeetings) {
  EXPECT_EQ(Describe(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, EventCorpusTest,
    testing::Values(
        // A weekday resolved against the dateline.
        Example{"date 2024-03-21\n\nDuring a meeting in Cairo with Foreign Minister Sameh Shoukry, "
                "Secretary of State Antony Blinken spoke on Thursday.",
                "Cairo|Antony Blinken+Sameh Shoukry|Thursday=2024-03-21"},
        Example{"date 2024-03-26\n\nSecretary of State Antony Blinken met Defense Minister Yoav "
                "Gallant in Washington on Monday. The meeting between Blinken and Gallant was held "
                "in Washington on Monday.",
                "Washington|Antony Blinken+Yoav Gallant|Monday=2024-03-25; "
                "Washington|Antony Blinken+Yoav Gallant|Monday=2024-03-25"},
        // Without a dateline a weekday stays a weekday; a dated mention with
        // no place joins the one meeting that has its people.
        Example{"Secretary of State Antony Blinken toured the region on Tuesday, engaging with "
                "leaders. During his discussions in Cairo with President Abdel-Fattah el-Sissi, "
                "Blinken spoke.",
                "Cairo|Abdel-Fattah el-Sissi+Antony Blinken|Tuesday=Tuesday"},
        // "In the Israel-Hamas conflict" names no place; "in the Gaza Strip" does.
        Example{"Secretary of State Antony Blinken met leaders on Tuesday, seeking a pause in the "
                "Israel-Hamas conflict.",
                "|Antony Blinken|Tuesday=Tuesday"},
        Example{"Secretary of State Antony Blinken met aid workers in the Gaza Strip on Tuesday.",
                "Gaza Strip|Antony Blinken|Tuesday=Tuesday"},
        // "The meeting on March 21" dates the last meeting before it, not
        // the talks mentioned in between.
        Example{"Secretary of State Antony Blinken spoke while meeting Foreign Minister Sameh "
                "Shoukry in Cairo. Shoukry said talks in Doha went on. Prior to the meeting on "
                "March 21, the pair had met ministers from Qatar.",
                "Cairo|Antony Blinken+Sameh Shoukry|March 21=--03-21"},
        // Two meetings in two places stay apart.
        Example{"date 2025-10-10\n\nMinister Tomas Lindqvist met Mayor Ingrid Saarinen in "
                "Varnholm on Wednesday. On Monday he had met General Piotr Walczak in Kastel.",
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Wednesday=2025-10-08; "
                "Kastel|Piotr Walczak|Monday=2025-10-06"},
        // Future tense looks forward from the dateline.
        Example{"date 2025-10-10\n\nMinister Tomas Lindqvist will meet Mayor Ingrid Saarinen in "
                "Varnholm on Monday.",
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2025-10-13"},
        // Several dates: the one right after the trigger.
        Example{"date 2025-10-10\n\nAfter the storm of October 3, Minister Tomas Lindqvist met "
                "Mayor Ingrid Saarinen in Varnholm on October 8.",
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|October 8=2025-10-08"},
        Example{"date 2026-06-16\n\nShe met outgoing mayor Oskar Lindahl in Lindmouth on Tuesday, "
                "and the two agreed on a handover by July 1.",
                "Lindmouth|Oskar Lindahl|Tuesday=2026-06-16"},
        // Ways news reports a meeting (dateline Wednesday 2026-05-13).
        Example{D("Minister Tomas Lindqvist held talks with Mayor Ingrid Saarinen in Varnholm on "
                  "Monday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist and Mayor Ingrid Saarinen met in Varnholm on Friday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-08"},
        Example{
            D("Minister Tomas Lindqvist will meet Mayor Ingrid Saarinen in Varnholm on Friday."),
            "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-15"},
        Example{D("Minister Tomas Lindqvist is due to meet Mayor Ingrid Saarinen in Varnholm on "
                  "Thursday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Thursday=2026-05-14"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen on May 4 in Varnholm."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|May 4=2026-05-04"},
        // A place that is also a speech verb is a place: the date is the meeting's.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Told on May 4."),
                "Told|Ingrid Saarinen+Tomas Lindqvist|May 4=2026-05-04"},
        Example{D("During talks in Varnholm on Tuesday, Minister Tomas Lindqvist and Mayor Ingrid "
                  "Saarinen agreed on a plan."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Tuesday=2026-05-12"},
        Example{D("President Ana Ruiz hosted her counterpart Piotr Walczak in Kastel on Sunday."),
                "Kastel|Ana Ruiz+Piotr Walczak|Sunday=2026-05-10"},
        Example{
            D("Talks between President Ana Ruiz and General Piotr Walczak in Kastel on 4 May ended "
              "without agreement."),
            "Kastel|Ana Ruiz+Piotr Walczak|4 May=2026-05-04"},
        Example{D("Minister Tomas Lindqvist conferred with Mayor Ingrid Saarinen in Varnholm on "
                  "Sunday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Sunday=2026-05-10"},
        Example{D("The summit of President Ana Ruiz and General Piotr Walczak in Kastel on Monday "
                  "was brief."),
                "Kastel|Ana Ruiz+Piotr Walczak|Monday=2026-05-11"},
        Example{
            D("President Ana Ruiz and General Piotr Walczak held a summit in Kastel on Monday."),
            "Kastel|Ana Ruiz+Piotr Walczak|Monday=2026-05-11"},
        // Two meetings in one sentence, each with its date: the one they
        // "last met" at or "will meet again" at is another.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Friday, a "
                  "week after they last met on May 1."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-08"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Friday and "
                  "will meet her again on Monday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-08"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Friday. They "
                  "will meet again in Kastel on June 2."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-08"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen again in Varnholm on Friday."),
            "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-08"},
        // Which is which is not guessed where neither says.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Friday and "
                  "met her in Kastel on Monday."),
                ""},
        // Dates in every form, against the dateline or without one.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm yesterday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|yesterday=2026-05-12"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm last week."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|last week=2026-05-04/2026-05-10"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on 2026-05-04."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|2026-05-04=2026-05-04"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on 04/05/2026."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|04/05/2026=2026"},
        // ... unless the article's other numeric dates say which comes first.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on 04/05/2026. "
                  "The talks were announced on 28/04/2026."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|04/05/2026=2026-05-04"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm in early May."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|early May=2026-05-01/2026-05-10"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm in April."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|April=2026-04"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on March 20-21."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|March 20-21=2026-03-20/2026-03-21"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm in 2019."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|2019=2019"},
        Example{"Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Monday.",
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=Monday"},
        Example{"Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on May 4.",
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|May 4=--05-04"},
        // Where: "in" before "at", compass points, other names of a place.
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen at the Royal Palace in Kastel on "
              "Monday."),
            "Kastel|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen at the Royal Palace on Monday."),
            "Royal Palace|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen at the town hall in Varnholm on "
              "Monday."),
            "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in northern Varnholm on Monday."),
            "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Salonika on Monday."),
                "Salonika|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in the Gaza Strip on Monday."),
            "Gaza Strip|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist met refugees from Kastel in Varnholm on Monday."),
                "Varnholm|Tomas Lindqvist|Monday=2026-05-11"},
        Example{
            D("Minister Tomas Lindqvist, visiting Varnholm, met Mayor Ingrid Saarinen on Monday."),
            "|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Saarinen's office on Monday."),
            "|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        // Who: short forms, one participant, several mentions of one meeting.
        Example{D("Minister Tomas Lindqvist arrived in Varnholm. Lindqvist met Mayor Ingrid "
                  "Saarinen in "
                  "Varnholm on Monday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Mayor Ingrid Saarinen met residents in Varnholm on Monday."),
                "Varnholm|Ingrid Saarinen|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist held talks on Monday."),
                "|Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm. The meeting, "
                  "held on "
                  "Tuesday, was short."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Tuesday=2026-05-12"},
        Example{
            D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Monday. They met "
              "again in Varnholm on Friday."),
            "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11; "
            "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-08"},
        // A date said about something else.
        Example{
            D("Minister Tomas Lindqvist said on Monday that talks with Mayor Ingrid Saarinen would "
              "resume."),
            ""},
        Example{D("Mayor Ingrid Saarinen told reporters on Tuesday that she had met Minister Tomas "
                  "Lindqvist in Varnholm."),
                ""},
        Example{D("Minister Tomas Lindqvist announced on Friday that he would meet Mayor Ingrid "
                  "Saarinen."),
                ""},
        // The date of what came before or after the meeting.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm. The meeting "
                  "came a day after the river burst its banks on Monday."),
                ""},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Tuesday, two "
                  "days after the river burst its banks on Sunday."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Tuesday=2026-05-12"},
        Example{D("After the flood on Monday, Minister Tomas Lindqvist met Mayor Ingrid Saarinen "
                  "in Varnholm."),
                ""},
        Example{D("After meeting Mayor Ingrid Saarinen in Varnholm on Monday, Minister Tomas "
                  "Lindqvist flew home."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm for the first "
                  "time since 2019."),
                ""},
        // A change of plan: only the new date dates the meeting.
        Example{D("Talks between Minister Tomas Lindqvist and Mayor Ingrid Saarinen, which had "
                  "been due to open on Tuesday, will now begin on Thursday."),
                "|Ingrid Saarinen+Tomas Lindqvist|Thursday=2026-05-14 moved from 2026-05-12"},
        Example{D("Minister Tomas Lindqvist's meeting with Mayor Ingrid Saarinen was moved to "
                  "Friday."),
                "|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-15"},
        Example{D("Minister Tomas Lindqvist's meeting with Mayor Ingrid Saarinen was moved from "
                  "Tuesday to Friday."),
                "|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-15 moved from 2026-05-12"},
        Example{D("Minister Tomas Lindqvist's meeting with Mayor Ingrid Saarinen was postponed "
                  "until May 20."),
                "|Ingrid Saarinen+Tomas Lindqvist|May 20=2026-05-20"},
        Example{D("Minister Tomas Lindqvist will instead meet Mayor Ingrid Saarinen on Friday."),
                "|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-15"},
        Example{D("Minister Tomas Lindqvist's meeting with Mayor Ingrid Saarinen, postponed on "
                  "Monday, was rescheduled for Friday."),
                "|Ingrid Saarinen+Tomas Lindqvist|Friday=2026-05-15 moved from 2026-05-11"},
        Example{D("Minister Tomas Lindqvist's meeting with Mayor Ingrid Saarinen was postponed "
                  "from Tuesday."),
                ""},
        Example{D("Minister Tomas Lindqvist will no longer meet Mayor Ingrid Saarinen on Tuesday "
                  "as planned."),
                ""},
        Example{D("Talks between Minister Tomas Lindqvist and Mayor Ingrid Saarinen set for "
                  "Tuesday were called off."),
                ""},
        // A change in another clause is of another plan, or of this one's
        // date before.
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen on Monday, a day later "
                  "than originally planned."),
                "|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen in Varnholm on Monday, "
                  "hours after Kastel canceled a visit."),
                "Varnholm|Ingrid Saarinen+Tomas Lindqvist|Monday=2026-05-11"},
        // Not dated meetings.
        Example{D("Ministers from 12 countries met in Kastel on Monday."), ""},
        Example{D("Minister Tomas Lindqvist met Mayor Ingrid Saarinen."), ""},
        Example{D("Mayor Ingrid Saarinen visited Varnholm on Monday."), ""},
        Example{D("A meeting of the council on Monday approved the budget."), ""},
        Example{"The meeting was postponed.", ""},
        Example{"Talks on the budget continued for weeks.", ""},
        Example{"Following a lengthy meeting with Prime Minister Benjamin Netanyahu, Israel "
                "reiterated its resolve.",
                ""},
        Example{"The US created a draft resolution calling for a ceasefire on March 20.", ""},
        Example{"Talks about a truce went on for weeks.", ""},
        Example{"The talks in Cairo ended on Friday.", ""},
        Example{
            "Before the meeting, Miller told reporters on Monday and Tuesday that it went well.",
            ""}));

// A long document with a meeting in every sentence, each in a place of
// its own, and a "the meeting" after each: meetings are looked up by their
// keys (place, people, the last of a kind), and the keys keep every one
// apart and date each reference by the meeting just before it.
TEST(EventsModuleTest, EveryMeetingOfALongDocumentStaysApart) {
  constexpr int kMeetings = 4000;
  std::string text = "date 2025-10-10\n\n";
  std::vector<std::string> expected;
  for (int i = 0; i < kMeetings; ++i) {
    // "aaa", "aab", ...: a word of its own for each meeting.
    const std::string word = {static_cast<char>('a' + i / 676 % 26),
                              static_cast<char>('a' + i / 26 % 26),
                              static_cast<char>('a' + i % 26)};
    const std::string place = "Varn" + word;
    const std::string surname = "Lind" + word;
    absl::StrAppend(&text, "Minister Tomas ", surname, " met Mayor Ingrid Saarinen in ", place,
                    " on Monday. The meeting on October 6 went well.\n");
    const std::string meeting = absl::StrCat(place, "|Ingrid Saarinen+Tomas ", surname, "|");
    expected.push_back(meeting + "Monday=2025-10-06");
    expected.push_back(meeting + "October 6=2025-10-06");
  }
  EXPECT_EQ(Describe(text), absl::StrJoin(expected, "; "));
}

// The kinds of incident a document's lead names, each as "kind=word as
// written" where it is first named, in the order they are.
std::string DescribeIncidents(const std::string& text) {
  std::vector<std::string> found;
  for (const Claim& claim : ExtractForTests(Module(), text)) {
    if (claim.kind() == Claim::INCIDENT_MENTION) {
      found.push_back(absl::StrCat(claim.subject(), "=", claim.value_text()));
    }
  }
  return absl::StrJoin(found, "; ");
}

// Example's `expected` is "" when the lead names no incident.
class IncidentCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(IncidentCorpusTest, NamesTheKindsOfIncidentOfTheLead) {
  EXPECT_EQ(DescribeIncidents(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Incidents, IncidentCorpusTest,
    testing::Values(
        Example{"A strong Quake shook the coast.", "earthquake=Quake"},
        Example{"Floodwaters rose after the storm.", "storm or flood=Floodwaters"},
        // Each kind once, where it is first named.
        Example{"The blaze spread. Firefighters fought the fire for hours.",
                "fire or explosion=blaze"},
        Example{"A gunman opened fire in the square.", "fire or explosion=fire; shooting=gunman"},
        Example{"A driver was held after a hit-and-run on Main Street.", "crash=hit-and-run"},
        // One kind for a storm and its floods. Whole words only: "stormed",
        // "firefighters", "crashed" name none.
        Example{"Police stormed the hall as firefighters arrived.", ""},
        // A word that names something else with the next: the fire brigade
        // of a flood, the bomb squad at a shooting. A later word still names.
        Example{"The fire brigade pumped out the flooded streets.", "storm or flood=flooded"},
        Example{"Police called in the bomb squad after the shooting.", "shooting=shooting"},
        Example{"A fire crew put out the blaze.", "fire or explosion=blaze"},
        // Only the lead, the first five sentences.
        Example{"One. Two. Three. Four. Five. A quake was felt.", ""},
        Example{"Talks resumed in Cairo.", ""}));

TEST(EventsModuleTest, RejectsAnIncidentWithoutWords) {
  EventLexicon lexicon;
  lexicon.add_incident()->set_kind("flood");
  EXPECT_FALSE(EventsModule::Create(lexicon).ok());
}

TEST(EventsModuleTest, RejectsAnInvalidTrigger) {
  EventLexicon lexicon;
  lexicon.add_event()->add_trigger()->set_pattern("(met");
  EXPECT_FALSE(EventsModule::Create(lexicon).ok());
}

}  // namespace
}  // namespace factcheck
