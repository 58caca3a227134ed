#include "checker/compare/discrepancies.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "checker/util/kept_claims.h"
#include "gtest/gtest.h"
#include "rules/dates/dates.h"
#include "rules/places/places.h"
#include "rules/quantities/quantities.h"

namespace factcheck {
namespace {

Evidence At(const std::string& document, int line) {
  Evidence evidence;
  evidence.set_document(document);
  evidence.set_line(line);
  evidence.set_excerpt("sentence " + std::to_string(line) + " of " + document);
  return evidence;
}

Claim Name(const std::string& document, const std::string& given, const std::string& surname,
           const std::string& given_key) {
  Claim claim;
  claim.set_kind(Claim::PERSON_NAME);
  claim.set_value_text(given + " " + surname);
  claim.mutable_name()->set_given(given);
  claim.mutable_name()->set_surname(surname);
  claim.mutable_name()->set_given_key(given_key);
  claim.mutable_name()->set_title("Secretary of State");
  *claim.mutable_evidence() = At(document, 1);
  return claim;
}

Claim Figure(const std::string& document, const std::string& place, const std::string& figure) {
  static const QuantitiesModule* module =
      QuantitiesModule::Create(DefaultQuantityLexicon(),
                               PlacesModule::Create(DefaultPlaceLexicon()).value())
          .value()
          .release();
  Claim claim;
  claim.set_kind(Claim::QUANTITY);
  claim.set_subject(place);
  claim.set_subject_type(Claim::PLACE);
  claim.set_subject_key(absl::AsciiStrToLower(place));
  claim.set_attribute("population");
  claim.set_value_text(figure);
  *claim.mutable_quantity() = module->ReadFigure(figure).value();
  claim.set_confidence(0.9f);
  *claim.mutable_evidence() = At(document, 2);
  return claim;
}

// A person's age, from a sentence that names them as `written` ("Holloway"
// for "Dana Holloway").
Claim Age(const std::string& document, const std::string& person, const std::string& written,
          const std::string& figure) {
  Claim claim = Figure(document, "", figure);
  claim.set_subject(person);
  claim.set_subject_type(Claim::PERSON);
  claim.set_subject_key(absl::AsciiStrToLower(person));
  claim.set_attribute("age");
  claim.mutable_evidence()->set_excerpt(written + ", " + figure + ", was convicted.");
  return claim;
}

Claim Meeting(const std::string& document, const std::string& place,
              const std::vector<std::string>& participants, const std::string& written, int year,
              int month, int day, PartialDate::Weekday weekday = PartialDate::WEEKDAY_UNKNOWN) {
  Claim claim;
  claim.set_kind(Claim::EVENT_DATE);
  claim.set_attribute("date");
  claim.set_value_text(written);
  claim.mutable_date()->set_year(year);
  claim.mutable_date()->set_month(month);
  claim.mutable_date()->set_day(day);
  claim.mutable_date()->set_weekday(weekday);
  claim.mutable_event()->set_type("meeting");
  claim.mutable_event()->set_place(place);
  claim.set_subject_type(Claim::PLACE);
  claim.set_subject_key(absl::AsciiStrToLower(place));
  for (const std::string& participant : participants)
    claim.mutable_event()->add_participants(participant);
  *claim.mutable_evidence() = At(document, 3);
  return claim;
}

// A story figure: a count whose sentence names no place.
Claim StoryFigure(const std::string& document, const std::string& attribute,
                  const std::string& figure) {
  Claim claim = Figure(document, "", figure);
  claim.set_subject_type(Claim::STORY);
  claim.clear_subject_key();
  claim.set_attribute(attribute);
  return claim;
}

Claim PlaceMentioned(const std::string& document, const std::string& place) {
  Claim claim;
  claim.set_kind(Claim::PLACE_MENTION);
  claim.set_subject(place);
  claim.set_subject_type(Claim::PLACE);
  claim.set_subject_key(absl::AsciiStrToLower(place));
  *claim.mutable_evidence() = At(document, 1);
  return claim;
}

// The place a document's wire dateline is filed from ("SARAI - ").
Claim DatelinePlace(const std::string& document, const std::string& place) {
  Claim claim = PlaceMentioned(document, absl::AsciiStrToUpper(place));
  claim.set_subject(place);
  claim.set_attribute(std::string(PlacesModule::kDatelineAttribute));
  return claim;
}

Claim IncidentMentioned(const std::string& document, const std::string& kind, int sentence) {
  Claim claim;
  claim.set_kind(Claim::INCIDENT_MENTION);
  claim.set_subject(kind);
  claim.set_subject_type(Claim::STORY);
  claim.set_subject_key(kind);
  *claim.mutable_evidence() = At(document, 1);
  claim.mutable_evidence()->set_sentence(sentence);
  return claim;
}

// Each discrepancy as "KIND subject: value [documents] | value [documents]",
// "(accepted)" after a spelling the vocabulary accepts.
std::string Describe(const std::vector<Claim>& claims,
                     const std::map<std::string, PartialDate>& datelines = {},
                     const std::vector<PersonName>& accepted = {}) {
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const People people(ordered, accepted);
  std::vector<std::string> described;
  for (const Discrepancy& discrepancy : FindDiscrepancies(ordered, people, datelines)) {
    std::vector<std::string> variants;
    for (const Variant& variant : discrepancy.variants()) {
      std::vector<std::string> documents;
      for (const Evidence& evidence : variant.evidence()) documents.push_back(evidence.document());
      variants.push_back(variant.value() + " = " + variant.normalized() + " [" +
                         absl::StrJoin(documents, ",") + "]" +
                         (variant.accepted() ? " (accepted)" : ""));
    }
    described.push_back(DiscrepancyKind_Name(discrepancy.kind()) + " " + discrepancy.subject() +
                        ": " + absl::StrJoin(variants, " | "));
  }
  return absl::StrJoin(described, "\n");
}

// The people a set of meeting claims needs: everyone named in full.
std::vector<Claim> WithPeople(std::vector<Claim> claims) {
  for (const std::string document : {"a", "b", "c", "d"}) {
    claims.push_back(Name(document, "Antony", "Blinken", "anthony"));
  }
  claims.push_back(Name("a", "Sameh", "Shoukry", "sameh"));
  claims.push_back(Name("b", "Sameh", "Shoukry", "sameh"));
  claims.push_back(Name("c", "Abdel-Fattah", "el-Sissi", ""));
  claims.push_back(Name("d", "Yoav", "Gallant", "yoav"));
  return claims;
}

// `claims`, and a place each of their documents names: the context that
// tells one person spelled two ways from two people of near names.
std::vector<Claim> InCairo(std::vector<Claim> claims) {
  std::set<std::string> documents;
  for (const Claim& claim : claims) documents.insert(claim.evidence().document());
  for (const std::string& document : documents) claims.push_back(PlaceMentioned(document, "Cairo"));
  return claims;
}

TEST(FindDiscrepanciesTest, ReportsOnePersonSpelledTwoWaysWithoutPickingOne) {
  EXPECT_EQ(Describe(InCairo({Name("a", "Antony", "Blinken", "anthony"),
                              Name("b", "Antony", "Blinken", "anthony"),
                              Name("c", "Anthony", "Blinken", "anthony")})),
            "NAME_SPELLING Blinken: Anthony Blinken = anthony blinken [c] | "
            "Antony Blinken = antony blinken [a,b]");
}

// Near names in documents that name nothing else in common are two people:
// a mayor in one, a footballer in the other. A person or a place both
// name, or a title both give, makes them one; so does a third document tied
// to each.
TEST(FindDiscrepanciesTest, NearNamesInUnrelatedDocumentsAreTwoPeople) {
  const auto untitled = [](const std::string& document, const std::string& surname) {
    Claim claim = Name(document, "Daniel", surname, "daniel");
    claim.mutable_name()->clear_title();
    return claim;
  };
  EXPECT_EQ(Describe({untitled("a", "Fischer"), PlaceMentioned("a", "Varnholm"),
                      untitled("b", "Fisher"), PlaceMentioned("b", "Kastel")}),
            "");
  // Nor is a place both are filed from: wire copy is filed from the capital
  // story after story.
  EXPECT_EQ(Describe({untitled("a", "Fischer"), DatelinePlace("a", "Varnholm"),
                      untitled("b", "Fisher"), DatelinePlace("b", "Varnholm")}),
            "");
  const std::string one_person =
      "NAME_SPELLING Fischer / Fisher: Daniel Fischer = daniel fischer [a] | "
      "Daniel Fisher = daniel fisher [b]";
  EXPECT_EQ(Describe({untitled("a", "Fischer"), PlaceMentioned("a", "Varnholm"),
                      untitled("b", "Fisher"), PlaceMentioned("b", "Varnholm")}),
            one_person);
  EXPECT_EQ(Describe({untitled("a", "Fischer"), Name("a", "Ilse", "Varga", "ilse"),
                      untitled("b", "Fisher"), Name("b", "Ilse", "Varga", "ilse")}),
            one_person);
  EXPECT_EQ(Describe({Name("a", "Daniel", "Fischer", "daniel"), PlaceMentioned("a", "Varnholm"),
                      Name("b", "Daniel", "Fisher", "daniel"), PlaceMentioned("b", "Kastel")}),
            one_person);
  // A title is a role both give, however short ("Gen"); a form of address
  // ("Dr"), which the names module marks, is none.
  const auto titled = [](const std::string& document, const std::string& surname,
                         const std::string& title, bool honorific) {
    Claim claim = Name(document, "Daniel", surname, "daniel");
    claim.mutable_name()->set_title(title);
    claim.mutable_name()->set_honorific_title(honorific);
    return claim;
  };
  EXPECT_EQ(Describe({titled("a", "Fischer", "Gen", false), PlaceMentioned("a", "Varnholm"),
                      titled("b", "Fisher", "Gen", false), PlaceMentioned("b", "Kastel")}),
            one_person);
  EXPECT_EQ(Describe({titled("a", "Fischer", "Dr", true), PlaceMentioned("a", "Varnholm"),
                      titled("b", "Fisher", "Dr", true), PlaceMentioned("b", "Kastel")}),
            "");
  EXPECT_EQ(
      Describe({untitled("a", "Fischer"), PlaceMentioned("a", "Varnholm"), untitled("b", "Fisher"),
                PlaceMentioned("b", "Kastel"), untitled("c", "Fisher"),
                PlaceMentioned("c", "Kastel"), PlaceMentioned("c", "Varnholm")}),
      "NAME_SPELLING Fischer / Fisher: Daniel Fischer = daniel fischer [a] | "
      "Daniel Fisher = daniel fisher [b,c]");
}

TEST(FindDiscrepanciesTest, OneDocumentSpellingANameTwoWaysIsNotASourceConflict) {
  EXPECT_EQ(Describe({Name("a", "Antony", "Blinken", "anthony"),
                      Name("a", "Anthony", "Blinken", "anthony")}),
            "");
}

// Letters inside a word written in two cases are two spellings; a first
// letter, a particle's case, or a name in capitals says nothing.
TEST(FindDiscrepanciesTest, ReportsLettersInsideAWordWrittenInTwoCases) {
  EXPECT_EQ(Describe(InCairo({Name("a", "Tony", "DiLeo", "anthony"),
                              Name("b", "Tony", "DiLeo", "anthony"),
                              Name("c", "Tony", "Dileo", "anthony")})),
            "NAME_SPELLING DiLeo: Tony DiLeo = tony diLeo [a,b] | Tony Dileo = tony dileo [c]");
  EXPECT_EQ(Describe({Name("a", "Tony", "DiLeo", "anthony"), Name("b", "TONY", "DILEO", "anthony"),
                      Name("c", "Tony", "DILEO", "anthony"), Name("d", "Tony", "DiLEO", "anthony"),
                      Name("e", "Herman", "van Rompuy", ""), Name("f", "Herman", "Van Rompuy", ""),
                      Name("g", "Abdel-Fattah", "el-Sissi", ""),
                      Name("h", "Abdel-fattah", "El-Sissi", "")}),
            "");
  // Nor does a line in title case, whose capitals a program may have set.
  Claim headline = Name("c", "Tony", "Dileo", "anthony");
  headline.mutable_evidence()->set_excerpt("Hawks Name Tony Dileo Interim Coach");
  EXPECT_EQ(Describe({Name("a", "Tony", "DiLeo", "anthony"), Name("b", "Tony", "DiLeo", "anthony"),
                      headline}),
            "");
  // One document writing a name both ways is a finding once another writes
  // it too, as for any two spellings.
  EXPECT_EQ(Describe(InCairo({Name("a", "Tony", "DiLeo", "anthony"),
                              Name("a", "Tony", "Dileo", "anthony"),
                              Name("b", "Tony", "Dileo", "anthony")})),
            "NAME_SPELLING Dileo: Tony DiLeo = tony diLeo [a] | Tony Dileo = tony dileo [a,b]");
}

PersonName Accepted(const std::string& given, const std::string& surname,
                    const std::string& given_key) {
  return Name("", given, surname, given_key).name();
}

TEST(FindDiscrepanciesTest, WithAVocabularyNamesTheAcceptedSpellingAndWhoDeviates) {
  const std::vector<Claim> claims = {Name("a", "Antony", "Blinken", "anthony"),
                                     Name("b", "Antony", "Blinken", "anthony"),
                                     Name("c", "Anthony", "Blinken", "anthony")};
  EXPECT_EQ(Describe(claims, {}, {Accepted("Antony", "Blinken", "anthony")}),
            "NAME_SPELLING Blinken: Antony Blinken = antony blinken [a,b] (accepted) | "
            "Anthony Blinken = anthony blinken [c]");
  // One source alone deviating from the vocabulary is a finding; the accepted
  // spelling is named even when no source uses it.
  EXPECT_EQ(Describe({claims[2]}, {}, {Accepted("Antony", "Blinken", "anthony")}),
            "NAME_SPELLING Blinken: Antony Blinken = antony blinken [] (accepted) | "
            "Anthony Blinken = anthony blinken [c]");
  // Every spelling accepted, or the vocabulary about someone else: as usual.
  EXPECT_EQ(Describe(claims, {},
                     {Accepted("Antony", "Blinken", "anthony"),
                      Accepted("Anthony", "Blinken", "anthony")}),
            "");
  EXPECT_EQ(Describe({claims[2]}, {}, {Accepted("Yoav", "Gallant", "yoav")}), "");
}

TEST(FindDiscrepanciesTest, TheExplanationSaysWhichSourcesDeviate) {
  const std::vector<Claim> claims = {Name("a", "Antony", "Blinken", "anthony"),
                                     Name("c", "Anthony", "Blinken", "anthony")};
  const std::vector<PersonName> accepted = {Accepted("Antony", "Blinken", "anthony")};
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const std::vector<Discrepancy> found = FindDiscrepancies(ordered, People(ordered, accepted), {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].explanation(),
            "The vocabulary accepts \u201CAntony Blinken\u201D for this person (Secretary of "
            "State); sources deviate from it: \u201CAnthony Blinken\u201D in c. Spellings are "
            "matched as one person by surname and given name, allowing known variants of a "
            "given name and slight misspellings.");
}

TEST(FindDiscrepanciesTest, ReportsFiguresThatCannotAllBeTrue) {
  EXPECT_EQ(Describe({Figure("a", "Rafah", "1.5 million"), Figure("b", "Rafah", "over 1.5 million"),
                      Figure("c", "Rafah", "about 1.4 million")}),
            "QUANTITY Rafah: about 1.4 million = [1,350,000, 1,450,000) [c] | "
            "1.5 million = (1,500,000, 1,550,000) [a,b]");
}

TEST(FindDiscrepanciesTest, FiguresThatOverlapAgree) {
  EXPECT_EQ(Describe({Figure("a", "Rafah", "1.5 million"), Figure("b", "Rafah", "over 1.5 million"),
                      Figure("c", "Rafah", "about 1.52 million")}),
            "");
}

// "More than 100,000" is true of 120,000 and of 200,000 alike: listed with
// either, it would read as a source for that figure.
TEST(FindDiscrepanciesTest, AFigureThatFitsSeveralVariantsTakesNoSide) {
  const std::vector<Claim> claims = {Figure("a", "Qeshm", "120,000"),
                                     Figure("b", "Qeshm", "more than 100,000"),
                                     Figure("c", "Qeshm", "200,000")};
  EXPECT_EQ(Describe(claims),
            "QUANTITY Qeshm: 120,000 = [115,000, 125,000) [a] | "
            "200,000 = [190,000, 210,000) [c]");
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const std::vector<Discrepancy> found = FindDiscrepancies(ordered, People(ordered), {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].explanation().find("\xE2\x80\x9Cmore than 100,000\xE2\x80\x9D (b:2) fits "
                                        "more than one of these ranges and takes no side."),
            std::string::npos)
      << found[0].explanation();
  // Where it fits one figure alone, it sides with that one.
  EXPECT_EQ(Describe({Figure("a", "Qeshm", "120,000"), Figure("b", "Qeshm", "more than 110,000"),
                      Figure("c", "Qeshm", "100,000")}),
            "QUANTITY Qeshm: 100,000 = [95,000, 105,000) [c] | "
            "120,000 = [115,000, 125,000) [a,b]");
}

// "Holloway, 34, was convicted of murdering his wife" in a document that
// names only his wife in full: the short form is tied to her, but 34 is
// what other documents give him, her namesake, in full.
TEST(FindDiscrepanciesTest, AFigureBesideASurnameAloneIsANamesakesIfGivenThemInFull) {
  std::vector<Claim> claims = {
      Name("a", "Dana", "Holloway", "dana"),
      Age("a", "Dana Holloway", "Holloway", "34"),
      Name("b", "Marcus", "Holloway", "marcus"),
      Name("b", "Dana", "Holloway", "dana"),
      Age("b", "Marcus Holloway", "Marcus Holloway", "34"),
      Age("b", "Dana Holloway", "Dana Holloway", "27"),
  };
  EXPECT_EQ(Describe(claims), "");
  // No namesake given that figure: it is the document's person's.
  claims[4] = Age("b", "Marcus Holloway", "Marcus Holloway", "41");
  EXPECT_EQ(Describe(claims), "QUANTITY Dana Holloway: 27 = 27 [b] | 34 = 34 [a]");
}

// A place's figure where its document says the level of place: "Darvan, a
// city", "Darvan province".
Claim AtLevel(Claim figure, const std::string& level) {
  figure.mutable_quantity()->set_place_level(level);
  return figure;
}

TEST(FindDiscrepanciesTest, FiguresOfOneNameAtTwoLevelsOfPlaceAreOfTwoPlaces) {
  EXPECT_EQ(Describe({AtLevel(Figure("a", "Darvan", "3.1 million"), "province"),
                      AtLevel(Figure("b", "Darvan", "480,000"), "city"),
                      Figure("c", "Darvan", "about 3 million")}),
            "");
  // Each level's figures are compared apart; one that says none is left out.
  EXPECT_EQ(Describe({AtLevel(Figure("a", "Darvan", "3.1 million"), "province"),
                      AtLevel(Figure("b", "Darvan", "480,000"), "city"),
                      AtLevel(Figure("c", "Darvan", "520,000"), "city"),
                      Figure("d", "Darvan", "200,000")}),
            "QUANTITY Darvan (city): 480,000 = [475,000, 485,000) [b] | "
            "520,000 = [515,000, 525,000) [c]");
  // At one level, a figure that says none is of that place.
  EXPECT_EQ(Describe({AtLevel(Figure("a", "Rafah", "1.5 million"), "city"),
                      Figure("b", "Rafah", "about 1.4 million")}),
            "QUANTITY Rafah: about 1.4 million = [1,350,000, 1,450,000) [b] | "
            "1.5 million = [1,450,000, 1,550,000) [a]");
}

// George W. Bush and George H. W. Bush share a name as spellings are
// compared (middle initials are no spelling): their figures are two people's.
TEST(FindDiscrepanciesTest, FiguresOfOneNameWithOtherMiddleInitialsAreOfTwoPeople) {
  std::vector<Claim> claims = {
      Name("a", "George H. W.", "Bush", "george"),
      Age("a", "George H. W. Bush", "George H. W. Bush", "84"),
      Name("b", "George W.", "Bush", "george"),
      Age("b", "George W. Bush", "George W. Bush", "62"),
      Name("c", "George", "Bush", "george"),
      Age("c", "George Bush", "George Bush", "84"),
  };
  EXPECT_EQ(Describe(claims), "");
  claims.push_back(Name("d", "George W.", "Bush", "george"));
  claims.push_back(Age("d", "George W. Bush", "George W. Bush", "63"));
  EXPECT_EQ(Describe(claims), "QUANTITY George W. Bush: 62 = 62 [b] | 63 = 63 [d]");
}

TEST(FindDiscrepanciesTest, FiguresAboutDifferentPlacesAreNotCompared) {
  EXPECT_EQ(Describe({Figure("a", "Rafah", "1.5 million"), Figure("b", "Gaza", "2.2 million")}),
            "");
}

// A place's figures years apart are of different times: floods that killed
// 12 in a city one year and 13 the next do not disagree.
TEST(FindDiscrepanciesTest, FiguresReportedAtDifferentTimesAreNotCompared) {
  const std::vector<Claim> claims = {
      Figure("a", "Rafah", "1.5 million"), Figure("b", "Rafah", "1.2 million"),
      Figure("c", "Rafah", "1.3 million"), Figure("d", "Rafah", "1.4 million")};
  // a and b a week apart: one time. c a year on, alone. d undated: of no
  // time once the others are split.
  const std::map<std::string, PartialDate> datelines = {{"a", CalendarDay(2024, 3, 21)},
                                                        {"b", CalendarDay(2024, 3, 28)},
                                                        {"c", CalendarDay(2025, 3, 21)}};
  EXPECT_EQ(Describe(claims, datelines),
            "QUANTITY Rafah: 1.2 million = [1,150,000, 1,250,000) [b] | "
            "1.5 million = [1,450,000, 1,550,000) [a]");
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const std::vector<Discrepancy> found = FindDiscrepancies(ordered, People(ordered), datelines);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].explanation().find(
                "Compared are the reports dated 2024-03-21 to 2024-03-28; figures reported more "
                "than 7 days from all of these are taken to be of another time."),
            std::string::npos)
      << found[0].explanation();
  // Reports a week apart chain on: a, b and c each a week after the last.
  EXPECT_EQ(Describe({Figure("a", "Rafah", "1.5 million"), Figure("b", "Rafah", "1.5 million"),
                      Figure("c", "Rafah", "1.3 million")},
                     {{"a", CalendarDay(2024, 3, 21)},
                      {"b", CalendarDay(2024, 3, 28)},
                      {"c", CalendarDay(2024, 4, 4)}}),
            "QUANTITY Rafah: 1.3 million = [1,250,000, 1,350,000) [c] | "
            "1.5 million = [1,450,000, 1,550,000) [a,b]");
  // Undated, or at one time, all are compared, as they always were.
  EXPECT_EQ(Describe({Figure("a", "Rafah", "1.5 million"), Figure("b", "Rafah", "1.2 million"),
                      Figure("d", "Rafah", "1.3 million")},
                     {{"a", CalendarDay(2024, 3, 21)}}),
            "QUANTITY Rafah: 1.2 million = [1,150,000, 1,250,000) [b] | "
            "1.3 million = [1,250,000, 1,350,000) [d] | 1.5 million = [1,450,000, 1,550,000) [a]");
}

// Morvik's deaths as reported: each a figure, its document, and the day of
// April 2026 that document is dated (0: undated), updated as `updated` says.
struct Report {
  const char* document;
  const char* figure;
  int day;
};
enum class Updated { kNever, kGrows, kEitherWay };
std::string DescribeReports(const std::vector<Report>& reports, Updated updated) {
  std::vector<Claim> claims;
  std::map<std::string, PartialDate> datelines;
  for (const Report& report : reports) {
    Claim& claim = claims.emplace_back(Figure(report.document, "Morvik", report.figure));
    claim.set_attribute("deaths");
    claim.mutable_quantity()->set_grows(updated == Updated::kGrows);
    claim.mutable_quantity()->set_revised_either_way(updated == Updated::kEitherWay);
    if (report.day > 0) datelines[report.document] = CalendarDay(2026, 4, report.day);
  }
  return Describe(claims, datelines);
}

// A toll only grows as it is updated: a lower count reported only on days
// before every other is an earlier count, not a side of a disagreement.
TEST(FindDiscrepanciesTest, AnEarlierLowerCountOfWhatGrowsIsUpdatedNotContradicted) {
  const auto describe = [](std::vector<Report> reports) {
    return DescribeReports(reports, Updated::kGrows);
  };
  EXPECT_EQ(describe({{"a", "5", 1}, {"b", "12", 2}}), "");
  EXPECT_EQ(describe({{"a", "5", 1}, {"b", "8", 2}, {"c", "12", 3}}), "");
  // Reported on one day, the two disagree, and the earlier five is left out.
  EXPECT_EQ(describe({{"a", "5", 1}, {"b", "11", 2}, {"c", "12", 2}}),
            "QUANTITY Morvik: 11 = 11 [b] | 12 = 12 [c]");
  EXPECT_EQ(describe({{"a", "5", 1}, {"b", "12", 1}, {"c", "12", 2}}),
            "QUANTITY Morvik: 5 = 5 [a] | 12 = 12 [b,c]");
  // A count that fell, one never updated (demonstrators), or an undated one:
  // disagreements.
  EXPECT_EQ(describe({{"a", "12", 1}, {"b", "5", 2}}), "QUANTITY Morvik: 5 = 5 [b] | 12 = 12 [a]");
  EXPECT_EQ(DescribeReports({{"a", "5", 1}, {"b", "12", 2}}, Updated::kNever),
            "QUANTITY Morvik: 5 = 5 [a] | 12 = 12 [b]");
  EXPECT_EQ(describe({{"a", "5", 0}, {"b", "12", 2}}), "QUANTITY Morvik: 5 = 5 [a] | 12 = 12 [b]");
}

// The missing are found, or more are reported: counts of two days are no
// disagreement either way, and only reports of one day are compared.
TEST(FindDiscrepanciesTest, ACountRevisedEitherWayIsComparedDayByDay) {
  const auto describe = [](std::vector<Report> reports) {
    return DescribeReports(reports, Updated::kEitherWay);
  };
  EXPECT_EQ(describe({{"a", "12", 1}, {"b", "8", 2}}), "");
  EXPECT_EQ(describe({{"a", "8", 1}, {"b", "12", 2}}), "");
  EXPECT_EQ(describe({{"a", "12", 1}, {"b", "8", 2}, {"c", "10", 2}}),
            "QUANTITY Morvik: 8 = 8 [b] | 10 = 10 [c]");
}

TEST(FindDiscrepanciesTest, ADocumentThatContradictsItselfIsLeftOut) {
  EXPECT_EQ(Describe({Figure("a", "Rafah", "1.5 million"), Figure("a", "Rafah", "1.2 million"),
                      Figure("b", "Rafah", "1.4 million")}),
            "");
}

TEST(FindDiscrepanciesTest, ComparesStoryFiguresWithinOneStory) {
  const std::vector<Claim> claims = {
      StoryFigure("a", "injured", "12"),   StoryFigure("b", "injured", "18"),
      StoryFigure("c", "injured", "30"),   PlaceMentioned("a", "Athens"),
      PlaceMentioned("a", "Thessaloniki"), PlaceMentioned("b", "Athens"),
      PlaceMentioned("b", "Thessaloniki"), PlaceMentioned("c", "Athens"),
      PlaceMentioned("c", "Thessaloniki")};
  // a and b: one story. c: dated a year later, another story.
  EXPECT_EQ(Describe(claims, {{"a", CalendarDay(2010, 5, 5)},
                              {"b", CalendarDay(2010, 5, 6)},
                              {"c", CalendarDay(2011, 5, 5)}}),
            "QUANTITY the event in Athens: 12 = 12 [a] | 18 = 18 [b]");
  // Undated documents are in no story.
  EXPECT_EQ(Describe(claims), "");
  // Documents that share one name only are not one story.
  EXPECT_EQ(Describe({StoryFigure("a", "injured", "12"), StoryFigure("b", "injured", "18"),
                      PlaceMentioned("a", "Athens"), PlaceMentioned("b", "Athens")},
                     {{"a", CalendarDay(2010, 5, 5)}, {"b", CalendarDay(2010, 5, 5)}}),
            "");
  // Nor do documents that write that one name twice each.
  EXPECT_EQ(Describe({StoryFigure("a", "injured", "12"), StoryFigure("b", "injured", "18"),
                      PlaceMentioned("a", "Athens"), PlaceMentioned("a", "Athens"),
                      PlaceMentioned("b", "Athens"), PlaceMentioned("b", "Athens")},
                     {{"a", CalendarDay(2010, 5, 5)}, {"b", CalendarDay(2010, 5, 5)}}),
            "");
}

// "SARAI - Twelve people drowned ..., governor Teodoro Abalan said" and
// "Nineteen drowned on Sarai, Abalan said": one story, whose reports share
// the governor and the island, one of them only in its dateline.
TEST(FindDiscrepanciesTest, ADatelinesPlaceJoinsAStoryAsAPlaceItsLeadNames) {
  const std::map<std::string, PartialDate> one_day = {{"a", CalendarDay(2026, 9, 15)},
                                                      {"b", CalendarDay(2026, 9, 15)}};
  std::vector<Claim> claims = {StoryFigure("a", "deaths", "12"), StoryFigure("b", "deaths", "19"),
                               Name("a", "Teodoro", "Abalan", "teodoro"),
                               Name("b", "Teodoro", "Abalan", "teodoro"),
                               PlaceMentioned("b", "Sarai")};
  EXPECT_EQ(Describe(claims, one_day), "");
  claims.push_back(DatelinePlace("a", "Sarai"));
  EXPECT_EQ(Describe(claims, one_day), "QUANTITY the event in Sarai: 12 = 12 [a] | 19 = 19 [b]");
  // The story is named for the places its sentences name, not for where
  // its reports were filed.
  claims.push_back(DatelinePlace("b", "Vestra"));
  claims.push_back(DatelinePlace("a", "Vestra"));
  EXPECT_EQ(Describe(claims, one_day), "QUANTITY the event in Sarai: 12 = 12 [a] | 19 = 19 [b]");
}

// Two shootings filed from the capital on one day, each quoting the
// president: a place both name only in their datelines ties them no more
// than a common word.
TEST(FindDiscrepanciesTest, APlaceTwoReportsNameOnlyInTheirDatelinesJoinsNoStory) {
  const std::map<std::string, PartialDate> one_day = {{"a", CalendarDay(2026, 9, 15)},
                                                      {"b", CalendarDay(2026, 9, 15)}};
  EXPECT_EQ(Describe({StoryFigure("a", "deaths", "5"), StoryFigure("b", "deaths", "3"),
                      Name("a", "Ida", "Kovar", "ida"), Name("b", "Ida", "Kovar", "ida"),
                      DatelinePlace("a", "Washington"), DatelinePlace("b", "Washington")},
                     one_day),
            "");
}

// A factory fire and a flood on the same day, of which the president spoke
// in the capital: two stories, though they share two names.
TEST(FindDiscrepanciesTest, DocumentsWhoseLeadsReportDifferentIncidentsAreNotOneStory) {
  const std::map<std::string, PartialDate> datelines = {{"a", CalendarDay(2010, 5, 5)},
                                                        {"b", CalendarDay(2010, 5, 5)}};
  const auto stories_with = [](std::vector<Claim> incidents) {
    std::vector<Claim> claims = {
        StoryFigure("a", "deaths", "5"),   StoryFigure("b", "deaths", "12"),
        PlaceMentioned("a", "Washington"), PlaceMentioned("a", "Kessra"),
        PlaceMentioned("b", "Washington"), PlaceMentioned("b", "Kessra")};
    claims.insert(claims.end(), incidents.begin(), incidents.end());
    return claims;
  };
  EXPECT_EQ(Describe(stories_with(
                         {IncidentMentioned("a", "fire", 0), IncidentMentioned("b", "flood", 0)}),
                     datelines),
            "");
  // One kind in common is enough, and a document naming none tells nothing.
  const std::string one_story = "QUANTITY the event in Kessra: 5 = 5 [a] | 12 = 12 [b]";
  EXPECT_EQ(Describe(stories_with({IncidentMentioned("a", "fire", 0),
                                   IncidentMentioned("a", "explosion", 2),
                                   IncidentMentioned("b", "explosion", 1)}),
                     datelines),
            one_story);
  EXPECT_EQ(Describe(stories_with({IncidentMentioned("a", "fire", 0)}), datelines), one_story);
  // An incident named only past the lead tells nothing either.
  EXPECT_EQ(Describe(stories_with(
                         {IncidentMentioned("a", "fire", 0), IncidentMentioned("b", "flood", 9)}),
                     datelines),
            one_story);
}

// A bus crash and a gas explosion on one day, and a report of the
// minister's day that names both: the two stay two stories, though that
// report shares two names with each.
TEST(FindDiscrepanciesTest, AReportNamingTwoIncidentsJoinsNoStoriesOfEach) {
  const auto stories_of = [](const char* a_kind, const char* b_kind) {
    std::vector<Claim> claims = {
        StoryFigure("a", "deaths", "14"),   StoryFigure("b", "deaths", "3"),
        IncidentMentioned("a", a_kind, 1),  IncidentMentioned("b", b_kind, 1),
        IncidentMentioned("c", "crash", 2), IncidentMentioned("c", "fire or explosion", 2)};
    const auto mention = [&claims](const char* document, const char* place, int sentence) {
      claims.push_back(PlaceMentioned(document, place));
      claims.back().mutable_evidence()->set_sentence(sentence);
    };
    mention("a", "Tellhaven", 1);
    mention("b", "Sorbrook", 1);
    mention("c", "Varlund", 1);
    mention("c", "Tellhaven", 2);
    mention("c", "Sorbrook", 2);
    for (const char* document : {"a", "b", "c"}) mention(document, "Estmark", 3);
    return claims;
  };
  const std::map<std::string, PartialDate> datelines = {{"a", CalendarDay(2026, 5, 12)},
                                                        {"b", CalendarDay(2026, 5, 12)},
                                                        {"c", CalendarDay(2026, 5, 12)}};
  EXPECT_EQ(Describe(stories_of("crash", "fire or explosion"), datelines), "");
  // Two crashes are joined through it.
  EXPECT_EQ(Describe(stories_of("crash", "crash"), datelines),
            "QUANTITY the event in Estmark: 3 = 3 [b] | 14 = 14 [a]");
}

// Floods in two towns on the same day, of which the president spoke in the
// capital: two stories, though of one kind and sharing two names, as each
// report first places its flood where the other never goes.
TEST(FindDiscrepanciesTest, DocumentsFirstPlacingTheirEventsApartAreNotOneStory) {
  const auto stories_placed = [](const char* a_first, const char* b_first,
                                 std::vector<std::pair<const char*, const char*>> also) {
    std::vector<Claim> claims = {StoryFigure("a", "deaths", "5"), StoryFigure("b", "deaths", "12")};
    const auto mention = [&claims](const char* document, const char* place, int sentence) {
      claims.push_back(PlaceMentioned(document, place));
      claims.back().mutable_evidence()->set_sentence(sentence);
    };
    mention("a", a_first, 1);
    mention("b", b_first, 1);
    for (const char* document : {"a", "b"}) {
      mention(document, "Norvik", 3);
      mention(document, "Estmark", 4);
    }
    for (const auto& [document, place] : also) mention(document, place, 2);
    return claims;
  };
  const std::map<std::string, PartialDate> datelines = {{"a", CalendarDay(2026, 7, 14)},
                                                        {"b", CalendarDay(2026, 7, 14)}};
  EXPECT_EQ(Describe(stories_placed("Ostervale", "Lindbrook", {}), datelines), "");
  // Either naming the other's place, anywhere, makes one story: a report of
  // a quake on Qeshm island that names Iran, and one that names only Iran.
  EXPECT_EQ(Describe(stories_placed("Qeshm", "Iran", {{"a", "Iran"}}), datelines),
            "QUANTITY the event in Iran: 5 = 5 [a] | 12 = 12 [b]");
  EXPECT_EQ(Describe(stories_placed("Qeshm", "Iran", {{"b", "Qeshm"}}), datelines),
            "QUANTITY the event in Qeshm: 5 = 5 [a] | 12 = 12 [b]");
}

// A fire in Brennholt, of which the president spoke in the capital: the
// story is named for where it happened, which its reports name first,
// though they name the capital as often or more.
TEST(FindDiscrepanciesTest, AStoryIsNamedForThePlaceItsDocumentsNameFirst) {
  std::vector<Claim> claims = {StoryFigure("a", "deaths", "5"), StoryFigure("b", "deaths", "6")};
  const auto mention = [&claims](const char* document, const char* place, int sentence) {
    claims.push_back(PlaceMentioned(document, place));
    claims.back().mutable_evidence()->set_sentence(sentence);
  };
  for (const char* document : {"a", "b"}) {
    mention(document, "Norvik", 3);
    mention(document, "Brennholt", 1);
  }
  mention("a", "Norvik", 4);
  EXPECT_EQ(Describe(claims, {{"a", CalendarDay(2026, 7, 14)}, {"b", CalendarDay(2026, 7, 14)}}),
            "QUANTITY the event in Brennholt: 5 = 5 [a] | 6 = 6 [b]");
}

TEST(FindDiscrepanciesTest, NamesBothDocumentsMentionOnlyPastTheirLeadsMakeNoStory) {
  // Sentence 9 is past a document's lead; sentence 1 is in it.
  const auto story_naming_places_in = [](int a_sentence, int b_sentence) {
    std::vector<Claim> claims = {StoryFigure("a", "injured", "12"),
                                 StoryFigure("b", "injured", "18")};
    for (const char* place : {"Athens", "Thessaloniki"}) {
      claims.push_back(PlaceMentioned("a", place));
      claims.back().mutable_evidence()->set_sentence(a_sentence);
      claims.push_back(PlaceMentioned("b", place));
      claims.back().mutable_evidence()->set_sentence(b_sentence);
    }
    return claims;
  };
  const std::map<std::string, PartialDate> datelines = {{"a", CalendarDay(2010, 5, 5)},
                                                        {"b", CalendarDay(2010, 5, 6)}};
  // A hospital and a street of the same names in two towns' reports.
  EXPECT_EQ(Describe(story_naming_places_in(9, 9), datelines), "");
  // One document's lead is enough.
  EXPECT_EQ(Describe(story_naming_places_in(1, 9), datelines),
            "QUANTITY the event in Athens: 12 = 12 [a] | 18 = 18 [b]");
  EXPECT_EQ(Describe(story_naming_places_in(9, 1), datelines),
            "QUANTITY the event in Athens: 12 = 12 [a] | 18 = 18 [b]");
}

TEST(FindDiscrepanciesTest, AStoryFigureBesideAPlaceTheStoryDoesNotNameIsAboutSomethingElse) {
  // b's figure, as in "37 were hurt by a quake in China", beside its own place.
  const auto claims_with_b_figure_in = [](int sentence) {
    Claim figure = StoryFigure("b", "injured", "37");
    figure.mutable_evidence()->set_sentence(sentence);
    Claim china = PlaceMentioned("b", "China");
    china.mutable_evidence()->set_sentence(4);
    return std::vector<Claim>{StoryFigure("a", "injured", "12"),
                              figure,
                              PlaceMentioned("a", "Athens"),
                              PlaceMentioned("a", "Thessaloniki"),
                              PlaceMentioned("b", "Athens"),
                              PlaceMentioned("b", "Thessaloniki"),
                              china};
  };
  const std::map<std::string, PartialDate> datelines = {{"a", CalendarDay(2010, 5, 5)},
                                                        {"b", CalendarDay(2010, 5, 6)}};
  EXPECT_EQ(Describe(claims_with_b_figure_in(4), datelines), "");
  // In a sentence that names no place, it is about the story.
  EXPECT_EQ(Describe(claims_with_b_figure_in(5), datelines),
            "QUANTITY the event in Athens: 12 = 12 [a] | 37 = 37 [b]");
}

TEST(FindDiscrepanciesTest, DatesOneMeetingDifferentlyAndSaysWhoWasNamed) {
  const std::vector<Claim> claims = WithPeople({
      Meeting("a", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "Thursday", 2024, 3, 21,
              PartialDate::THURSDAY),
      Meeting("b", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "March 21", 0, 3, 21),
      Meeting("c", "Cairo", {"Antony Blinken", "Abdel-Fattah el-Sissi"}, "Tuesday", 0, 0, 0,
              PartialDate::TUESDAY),
      Meeting("d", "Washington", {"Antony Blinken", "Yoav Gallant"}, "Monday", 2024, 3, 25,
              PartialDate::MONDAY),
  });
  EXPECT_EQ(
      Describe(claims),
      "DATE meeting of Blinken in Cairo: Thursday = 2024-03-21 [a,b] | Tuesday = Tuesday [c]");
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const std::string explanation = FindDiscrepancies(ordered, People(ordered), {})[0].explanation();
  EXPECT_NE(explanation.find("Sameh Shoukry in a and b"), std::string::npos) << explanation;
  EXPECT_NE(explanation.find("Abdel-Fattah el-Sissi in c"), std::string::npos) << explanation;
}

// "Postponed from Tuesday": a report of Tuesday was written before the change.
TEST(FindDiscrepanciesTest, ADateAnotherReportSaysTheMeetingWasMovedFromIsOutOfDate) {
  std::vector<Claim> claims = WithPeople({
      Meeting("a", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "Tuesday", 2024, 3, 19,
              PartialDate::TUESDAY),
      Meeting("b", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "Thursday", 2024, 3, 21,
              PartialDate::THURSDAY),
  });
  EXPECT_EQ(Describe(claims),
            "DATE meeting of Blinken and Shoukry in Cairo: Tuesday = 2024-03-19 [a] | "
            "Thursday = 2024-03-21 [b]");
  *claims[1].mutable_event()->add_moved_from() = claims[0].date();
  EXPECT_EQ(Describe(claims), "");
  // A third report's date still disagrees with the new one.
  claims.push_back(Meeting("c", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "Friday", 2024, 3, 22,
                           PartialDate::FRIDAY));
  EXPECT_EQ(Describe(claims),
            "DATE meeting of Blinken in Cairo: Thursday = 2024-03-21 [b] | "
            "Friday = 2024-03-22 [c]");
}

TEST(FindDiscrepanciesTest, FullDatesWeeksApartAreDifferentMeetings) {
  EXPECT_EQ(
      Describe(WithPeople({
          Meeting("a", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "March 21", 2024, 3, 21),
          Meeting("b", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "February 6", 2024, 2, 6),
      })),
      "");
}

TEST(FindDiscrepanciesTest, MeetingsInDifferentPlacesAreNotCompared) {
  EXPECT_EQ(Describe(WithPeople({
                Meeting("a", "Cairo", {"Antony Blinken"}, "Thursday", 2024, 3, 21),
                Meeting("d", "Washington", {"Antony Blinken"}, "Monday", 2024, 3, 25),
            })),
            "");
}

// A report naming no place is the same meeting as another only when the two
// name two participants alike.
TEST(FindDiscrepanciesTest, AMeetingWithoutAPlaceNeedsTwoParticipantsInCommon) {
  EXPECT_EQ(Describe(WithPeople({
                Meeting("a", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "Thursday", 2024, 3, 21,
                        PartialDate::THURSDAY),
                Meeting("b", "", {"Antony Blinken", "Sameh Shoukry"}, "Tuesday", 0, 0, 0,
                        PartialDate::TUESDAY),
                Meeting("c", "", {"Antony Blinken"}, "Monday", 0, 0, 0, PartialDate::MONDAY),
                Meeting("d", "", {"Antony Blinken", "Yoav Gallant"}, "Friday", 0, 0, 0,
                        PartialDate::FRIDAY),
            })),
            "DATE meeting of Blinken and Shoukry in Cairo: Thursday = 2024-03-21 [a] | "
            "Tuesday = Tuesday [b]");
}

TEST(FindDiscrepanciesTest, TheOrderOfClaimsAndTheThreadsDoNotMatter) {
  std::vector<Claim> claims = InCairo(WithPeople(
      {Meeting("a", "Cairo", {"Antony Blinken", "Sameh Shoukry"}, "Thursday", 2024, 3, 21),
       Meeting("c", "Cairo", {"Antony Blinken", "Abdel-Fattah el-Sissi"}, "Tuesday", 0, 0, 0,
               PartialDate::TUESDAY),
       Figure("a", "Rafah", "1.5 million"), Figure("b", "Rafah", "about 1.4 million"),
       Name("c", "Anthony", "Blinken", "anthony")}));
  // In order, on one thread; then shuffled, on 1 to 5 threads.
  const auto find = [](const std::vector<Claim>& claims, int threads) {
    const ClaimsInOrder ordered{KeptClaims(claims)};
    return FindDiscrepancies(ordered, People(ordered), {}, {}, threads);
  };
  std::string expected;
  for (const Discrepancy& discrepancy : find(claims, 1)) {
    expected += discrepancy.SerializeAsString();
  }
  ASSERT_EQ(find(claims, 1).size(), 3u);  // a name, a figure, a date
  std::mt19937 random(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(claims.begin(), claims.end(), random);
    std::string actual;
    for (const Discrepancy& discrepancy : find(claims, /*threads=*/1 + round)) {
      actual += discrepancy.SerializeAsString();
    }
    EXPECT_EQ(actual, expected) << "round " << round;
  }
}

}  // namespace
}  // namespace factcheck
