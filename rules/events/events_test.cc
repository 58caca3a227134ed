// The events corpus: short articles in, dated meetings out, each as
// "place|participants|date as written=ISO date".
#include "rules/events/events.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "checker/corpus/loader.h"
#include "checker/text/layout.h"
#include "gtest/gtest.h"
#include "rules/dates/dates.h"
#include "rules/names/names.h"
#include "rules/places/places.h"

namespace factcheck {
namespace {

std::string Describe(const std::string& text) {
  static const LayoutAnalyzer* layout =
      new LayoutAnalyzer(LayoutAnalyzer::Create(DefaultLayoutRules()).value());
  static const EventsModule* events =
      EventsModule::Create(DefaultEventLexicon(), DefaultNameLexicon(), DefaultPlaceLexicon()).value().release();
  Document document = ParseDocument("a.txt", text).value();
  layout->Analyze(&document);
  std::vector<Claim> claims;
  events->Extract(document, &claims);
  std::vector<std::string> found;
  for (const Claim& claim : claims) {
    found.push_back(absl::StrCat(claim.event().place(), "|",
                                 absl::StrJoin(claim.event().participants(), "+"), "|",
                                 claim.value_text(), "=", FormatIsoDate(claim.date())));
  }
  return absl::StrJoin(found, "; ");
}

struct Example {
  const char* text;
  const char* expected;  // "" when no meeting is dated
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class EventCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(EventCorpusTest, DatesMeetings) { EXPECT_EQ(Describe(GetParam().text), GetParam().expected); }

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
        // Not dated meetings.
        Example{"Following a lengthy meeting with Prime Minister Benjamin Netanyahu, Israel "
                "reiterated its resolve.",
                ""},
        Example{"The US created a draft resolution calling for a ceasefire on March 20.", ""},
        Example{"Talks about a truce went on for weeks.", ""},
        Example{"The talks in Cairo ended on Friday.", ""},
        Example{"Before the meeting, Miller told reporters on Monday and Tuesday that it went well.",
                ""}));

TEST(EventsModuleTest, RejectsAnInvalidTrigger) {
  EventLexicon lexicon;
  lexicon.add_event()->add_trigger()->set_pattern("(met");
  EXPECT_FALSE(EventsModule::Create(lexicon, DefaultNameLexicon(), DefaultPlaceLexicon()).ok());
}

}  // namespace
}  // namespace factcheck
