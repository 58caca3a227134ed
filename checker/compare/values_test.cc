// The comparison semantics, as a table: two values, agree or not.
#include "checker/compare/values.h"

#include <optional>

#include "checker/compare/variants.h"
#include "gtest/gtest.h"
#include "rules/dates/dates.h"
#include "rules/places/places.h"
#include "rules/quantities/quantities.h"

namespace factcheck {
namespace {

Quantity Figure(const char* text) {
  static const QuantitiesModule* module =
      QuantitiesModule::Create(DefaultQuantityLexicon(),
                               PlacesModule::Create(DefaultPlaceLexicon()).value())
          .value()
          .release();
  return module->ReadFigure(text).value();
}

PartialDate Date(int year, int month, int day,
                 PartialDate::Weekday weekday = PartialDate::WEEKDAY_UNKNOWN) {
  PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  date.set_weekday(weekday);
  date.set_precision(day != 0     ? PartialDate::DAY
                     : month != 0 ? PartialDate::MONTH
                     : year != 0  ? PartialDate::YEAR
                                  : PartialDate::WEEKDAY);
  return date;
}

PartialDate Weekday(PartialDate::Weekday weekday) { return Date(0, 0, 0, weekday); }

// A date as the dates module reads it, against a dateline of 2024-03-26.
PartialDate Read(const char* text) {
  PartialDate dateline;
  dateline.set_year(2024);
  dateline.set_month(3);
  dateline.set_day(26);
  return FindDates(text, dateline).at(0).date;
}

struct FigurePair {
  const char* a;
  const char* b;
  bool agree;
};

void PrintTo(const FigurePair& pair, std::ostream* out) { *out << pair.a << " vs " << pair.b; }

class FigureAgreementTest : public testing::TestWithParam<FigurePair> {};

TEST_P(FigureAgreementTest, AgreeWhenIntervalsOverlap) {
  EXPECT_EQ(Agree(Figure(GetParam().a), Figure(GetParam().b)), GetParam().agree)
      << GetParam().a << " vs " << GetParam().b;
  EXPECT_EQ(Agree(Figure(GetParam().b), Figure(GetParam().a)), GetParam().agree);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FigureAgreementTest,
    testing::Values(FigurePair{"1.5 million", "over 1.5 million", true},
                    FigurePair{"1.5 million", "about 1.4 million", false},
                    FigurePair{"over 1.5 million", "about 1.4 million", false},
                    FigurePair{"1.5 million", "1,500,000", true},
                    FigurePair{"1.5 million", "1,520,000", true}, FigurePair{"12", "12", true},
                    FigurePair{"12", "18", false}, FigurePair{"about 12", "12", true},
                    FigurePair{"at least 5", "at least 3", true},
                    FigurePair{"at least 5", "3", false},
                    FigurePair{"as many as 20,000", "an estimated 100,000", false},
                    FigurePair{"nearly 500", "480", true}, FigurePair{"nearly 500", "500", true},
                    FigurePair{"nearly 500", "520", false},
                    FigurePair{"120,000", "about 100,000", false},
                    FigurePair{"120,000", "200,000", false},
                    FigurePair{"more than 1,000", "more than 1000", true},
                    FigurePair{"fewer than 10", "10", false}, FigurePair{"up to 80", "80", true}));

struct DatePair {
  PartialDate a;
  PartialDate b;
  bool agree;
};

class DateAgreementTest : public testing::TestWithParam<DatePair> {};

TEST_P(DateAgreementTest, AgreeWhenKnownPartsMatch) {
  EXPECT_EQ(Agree(GetParam().a, GetParam().b), GetParam().agree);
  EXPECT_EQ(Agree(GetParam().b, GetParam().a), GetParam().agree);
}

INSTANTIATE_TEST_SUITE_P(
    Table, DateAgreementTest,
    testing::Values(DatePair{Date(2024, 3, 21), Date(2024, 3, 21), true},
                    DatePair{Date(2024, 3, 21), Date(0, 3, 21), true},  // no year given
                    DatePair{Date(2024, 3, 21), Weekday(PartialDate::THURSDAY), true},
                    DatePair{Date(2024, 3, 21), Weekday(PartialDate::TUESDAY), false},
                    DatePair{Date(0, 3, 21), Weekday(PartialDate::TUESDAY),
                             true},  // some year's 21 March
                    DatePair{Date(2024, 3, 21), Date(2024, 3, 25), false},
                    DatePair{Date(2024, 3, 0), Date(2024, 3, 25), true},  // a month
                    DatePair{Date(0, 3, 21, PartialDate::TUESDAY), Date(2024, 3, 21), false},
                    DatePair{Weekday(PartialDate::MONDAY), Weekday(PartialDate::MONDAY), true},
                    // Ranges agree with the days inside them, and weekdays that fall there.
                    DatePair{Read("on March 20-21"), Read("on March 21"), true},
                    DatePair{Read("on March 20-21"), Read("on March 23"), false},
                    DatePair{Read("in mid-March"), Read("on March 12"), true},
                    DatePair{Read("last week"), Weekday(PartialDate::TUESDAY), true},
                    DatePair{Read("in late February"), Read("in early March"), false},
                    DatePair{Read("in March 2024"), Weekday(PartialDate::FRIDAY), true},
                    DatePair{Read("last year"), Read("on March 21"), false}));

TEST(NarrowTest, KeepsWhatBothSay) {
  Quantity narrowed = Narrow(Figure("1.5 million"), Figure("over 1.5 million"));
  EXPECT_EQ(FormatInterval(narrowed), "(1,500,000, 1,550,000)");
  EXPECT_EQ(narrowed.value(), 1.5e6);
  const PartialDate date = Narrow(Date(0, 3, 21), Date(2024, 3, 0));
  EXPECT_EQ(date.year(), 2024);
  EXPECT_EQ(date.day(), 21);
  EXPECT_EQ(date.weekday(), PartialDate::THURSDAY);
}

TEST(NarrowTest, AWeekdayInsideAWeekIsOneDay) {
  const PartialDate day = Narrow(Read("last week"), Weekday(PartialDate::TUESDAY));
  EXPECT_EQ(FormatIsoDate(day), "2024-03-19");
  EXPECT_EQ(day.precision(), PartialDate::DAY);
  EXPECT_EQ(FormatIsoDate(Narrow(Read("on March 20-22"), Read("on March 21-25"))),
            "2024-03-21/2024-03-22");
}

TEST(WidthTest, UnboundedIsInfinite) {
  EXPECT_EQ(Width(Figure("1.5 million")), 100000);
  EXPECT_TRUE(std::isinf(Width(Figure("over 1.5 million"))));
}

TEST(KnownPartsTest, OrdersBySpecificity) {
  EXPECT_GT(KnownParts(Date(2024, 3, 21)), KnownParts(Date(0, 3, 21)));
  EXPECT_GT(KnownParts(Date(2024, 3, 21)), KnownParts(Read("on March 20-21")));
  EXPECT_GT(KnownParts(Read("on March 20-21")), KnownParts(Date(2024, 3, 0)));
  EXPECT_GT(KnownParts(Date(0, 3, 21)), KnownParts(Weekday(PartialDate::TUESDAY)));
}

TEST(GroupIntoVariantsTest, GroupsValuesThatCanAllBeTrue) {
  const std::vector<Quantity> figures = {Figure("about 1.4 million"), Figure("1.5 million"),
                                         Figure("over 1.5 million")};
  const auto groups = GroupIntoVariants(
      figures, [](const Quantity& a, const Quantity& b) { return Agree(a, b); },
      [](const Quantity& a, const Quantity& b) { return Narrow(a, b); });
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].members, (std::vector<int>{0}));
  EXPECT_EQ(groups[1].members, (std::vector<int>{1, 2}));
}

TEST(GroupIntoVariantsTest, EveryMemberAgreesWithEveryOther) {
  // "over 1.4 million" agrees with both 1.42M and 1.5M, which do not agree:
  // it joins one variant and the other stays apart.
  const std::vector<Quantity> figures = {Figure("1.42 million"), Figure("1.5 million"),
                                         Figure("over 1.4 million")};
  const auto groups = GroupIntoVariants(
      figures, [](const Quantity& a, const Quantity& b) { return Agree(a, b); },
      [](const Quantity& a, const Quantity& b) { return Narrow(a, b); });
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].members, (std::vector<int>{0, 2}));
}

}  // namespace
}  // namespace factcheck
