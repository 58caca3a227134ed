// The date corpus: sentence (and dateline) in, normalised dates out, each as
// "<as written>=<ISO> <precision>[ <weekday>]".
#include "rules/dates/dates.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

const PartialDate kNone;
const PartialDate kMar21 = CalendarDay(2024, 3, 21);  // a Thursday
const PartialDate kMar26 = CalendarDay(2024, 3, 26);  // a Tuesday

std::string Normalize(absl::string_view text, const PartialDate& dateline,
                      NumericDateOrder order = NUMERIC_ORDER_UNKNOWN) {
  std::vector<std::string> found;
  for (const DateMention& mention : FindDates(text, dateline, order)) {
    std::string entry = absl::StrCat(text.substr(mention.begin, mention.end - mention.begin), "=",
                                     FormatIsoDate(mention.date), " ",
                                     PartialDate::Precision_Name(mention.date.precision()));
    if (mention.date.weekday() != PartialDate::WEEKDAY_UNKNOWN &&
        mention.date.precision() != PartialDate::WEEKDAY) {
      absl::StrAppend(&entry, " ", PartialDate::Weekday_Name(mention.date.weekday()));
    }
    found.push_back(entry);
  }
  return absl::StrJoin(found, " | ");
}

struct Example {
  const char* text;
  PartialDate dateline;
  const char* expected;  // "" when the text must yield no date
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class DateCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(DateCorpusTest, Normalizes) {
  EXPECT_EQ(Normalize(GetParam().text, GetParam().dateline), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, DateCorpusTest,
    testing::Values(
        // Calendar dates, with and without a year.
        Example{"It was signed on 2024-03-21.", kNone, "2024-03-21=2024-03-21 DAY THURSDAY"},
        Example{"The meeting on 21 March 2024 ended early.", kNone,
                "21 March 2024=2024-03-21 DAY THURSDAY"},
        Example{"The meeting on March 21, 2024 ended early.", kNone,
                "March 21, 2024=2024-03-21 DAY THURSDAY"},
        Example{"Prior to the meeting on March 21, they spoke.", kNone, "March 21=--03-21 DAY"},
        Example{"Prior to the meeting on March 21, they spoke.", kMar26,
                "March 21=2024-03-21 DAY THURSDAY"},
        Example{"Talks resumed on Mar. 21.", kMar26, "Mar. 21=2024-03-21 DAY THURSDAY"},
        Example{"Talks resumed on Sept. 3.", CalendarDay(2024, 9, 10),
                "Sept. 3=2024-09-03 DAY TUESDAY"},
        Example{"It ends on the 3rd of April.", kMar26,
                "the 3rd of April=2024-04-03 DAY WEDNESDAY"},
        Example{"Saturday, Sep 14, 2013", kNone, "Saturday, Sep 14, 2013=2013-09-14 DAY SATURDAY"},
        Example{"Sunday, November 27-2005 at 16:12", kNone,
                "Sunday, November 27-2005=2005-11-27 DAY SUNDAY"},
        Example{"Last Updated: Monday, 28 November 2005, 02:24 GMT", kNone,
                "Monday, 28 November 2005=2005-11-28 DAY MONDAY"},
        Example{"Thursday 21 March", kNone, "Thursday 21 March=--03-21 DAY THURSDAY"},
        Example{"27 NOVEMBER, 2005", kNone, "27 NOVEMBER, 2005=2005-11-27 DAY SUNDAY"},
        Example{"MON 28 NOV 2005", kNone, "MON 28 NOV 2005=2005-11-28 DAY MONDAY"},
        // The nearest year to the dateline, across a new year.
        Example{"It began on December 30.", CalendarDay(2025, 1, 4),
                "December 30=2024-12-30 DAY MONDAY"},
        Example{"It ends on January 3.", CalendarDay(2024, 12, 30),
                "January 3=2025-01-03 DAY FRIDAY"},
        // Months and years alone.
        Example{"Prices rose in March 2024.", kNone, "March 2024=2024-03 MONTH"},
        Example{"Prices rose in March, 2024.", kNone, "March, 2024=2024-03 MONTH"},
        Example{"Prices rose last October.", CalendarDay(2025, 12, 2),
                "last October=2025-10 MONTH"},
        Example{"Prices rose last October.", CalendarDay(2025, 10, 2),
                "last October=2024-10 MONTH"},
        Example{"Elections are due next May.", CalendarDay(2025, 10, 2), "next May=2026-05 MONTH"},
        Example{"Sales fell last month.", kMar21, "last month=2024-02 MONTH"},
        Example{"In February, a quake hit Zarand.", kMar21, "February=2024-02 MONTH"},
        Example{"The quake hit Zarand in November.", kMar21, "November=2023-11 MONTH"},
        Example{"The quake hit Zarand in November.", kNone, "November=--11 MONTH"},
        Example{"Sales fell last year.", kMar21, "last year=2023 YEAR"},
        // Parts of months.
        Example{"Fighting resumed in mid-February.", kMar21,
                "mid-February=2024-02-11/2024-02-20 DAY_RANGE"},
        Example{"It opens in early March 2025.", kNone,
                "early March 2025=2025-03-01/2025-03-10 DAY_RANGE"},
        Example{"It closed in late February.", kMar21,
                "late February=2024-02-21/2024-02-29 DAY_RANGE"},
        Example{"It closed at the end of February.", kMar21,
                "the end of February=2024-02-21/2024-02-29 DAY_RANGE"},
        // Ranges.
        Example{"The summit on March 20-21 ended.", kMar26,
                "March 20-21=2024-03-20/2024-03-21 DAY_RANGE"},
        Example{"The summit on 20\xE2\x80\x93"
                "21 March ended.",
                kMar26,
                "20\xE2\x80\x93"
                "21 March=2024-03-20/2024-03-21 DAY_RANGE"},
        Example{"Talks ran between March 20 and 22.", kMar26,
                "between March 20 and 22=2024-03-20/2024-03-22 DAY_RANGE"},
        Example{"Talks ran from 20 to 22 March.", kMar26,
                "from 20 to 22 March=2024-03-20/2024-03-22 DAY_RANGE"},
        Example{"Talks ran between March 20, 2024 and March 22, 2024.", kNone,
                "March 20, 2024 and March 22, 2024=2024-03-20/2024-03-22 DAY_RANGE"},
        Example{"Talks ran from March 1, 2024 to June 30, 2024.", kNone,
                "March 1, 2024=2024-03-01 DAY FRIDAY | June 30, 2024=2024-06-30 DAY SUNDAY"},
        Example{"Last week the talks stalled.", kMar21,
                "Last week=2024-03-11/2024-03-17 DAY_RANGE"},
        Example{"Talks resume next week.", kMar21, "next week=2024-03-25/2024-03-31 DAY_RANGE"},
        // Numeric dates: the order is read from a part above 12...
        Example{"3/26/2024", kNone, "3/26/2024=2024-03-26 DAY TUESDAY"},
        Example{"2024/03/26", kNone, "2024/03/26=2024-03-26 DAY TUESDAY"},
        Example{"Version 2024/13/40", kNone, ""},
        Example{"Published 13/09/2023 08:15", kNone, "13/09/2023=2023-09-13 DAY WEDNESDAY"},
        Example{"Updated 09/14/2013 01:03 PM", kNone, "09/14/2013=2013-09-14 DAY SATURDAY"},
        Example{"11/28/05", kNone, "11/28/05=2005-11-28 DAY MONDAY"},
        Example{"Posted 28.11.2005 at noon", kNone, "28.11.2005=2005-11-28 DAY MONDAY"},
        // ...or left at the year, never guessed...
        Example{"Posted 03/04/2024", kNone, "03/04/2024=2024 YEAR"},
        Example{"Posted 04/04/2024", kNone, "04/04/2024=2024-04-04 DAY THURSDAY"},
        // A date glued to a time is still that date; no year 202405.
        Example{"3/26/2024-|Last update: 3/26/202405:28 AM (Mecca time)", kNone,
                "3/26/2024=2024-03-26 DAY TUESDAY | 3/26/2024=2024-03-26 DAY TUESDAY"},
        Example{"2024-03-26 02:21:30", kNone, "2024-03-26=2024-03-26 DAY TUESDAY"},
        Example{"2005-11-28T02:24:00Z", kNone, "2005-11-28=2005-11-28 DAY MONDAY"},
        // Weekdays: the nearest such day on or before the dateline...
        Example{"He voiced a warning on Thursday.", kMar21, "Thursday=2024-03-21 DAY THURSDAY"},
        Example{"They met in Washington on Monday.", kMar26, "Monday=2024-03-25 DAY MONDAY"},
        Example{"They met last Tuesday.", kMar26, "Tuesday=2024-03-19 DAY TUESDAY"},
        // ...or after it when the sentence speaks of the future.
        Example{"They will meet on Monday.", kMar26, "Monday=2024-04-01 DAY MONDAY"},
        Example{"The vote is scheduled for Friday.", kMar26, "Friday=2024-03-29 DAY FRIDAY"},
        Example{"They meet again next Tuesday.", kMar26, "Tuesday=2024-04-02 DAY TUESDAY"},
        Example{"The vote was moved to Friday.", kMar26, "Friday=2024-03-29 DAY FRIDAY"},
        Example{"The vote was postponed on Monday.", kMar26, "Monday=2024-03-25 DAY MONDAY"},
        Example{"The vote was moved from March 27 to March 29.", kMar26,
                "March 27=2024-03-27 DAY WEDNESDAY | March 29=2024-03-29 DAY FRIDAY"},
        // A word of the future after a weekday leaves it in the past; before
        // a later one, it puts that one in the future.
        Example{"On Monday they said they will meet on Friday.", kMar26,
                "Monday=2024-03-25 DAY MONDAY | Friday=2024-03-29 DAY FRIDAY"},
        // Without a dateline a weekday stays a weekday.
        Example{"He toured the region on Tuesday.", kNone, "Tuesday=Tuesday WEEKDAY"},
        // Relative days and ordinals need a dateline.
        Example{"The talks ended yesterday.", kMar21, "yesterday=2024-03-20 DAY WEDNESDAY"},
        Example{"Tomorrow the envoy flies home.", kMar21, "Tomorrow=2024-03-22 DAY FRIDAY"},
        Example{"The talks ended yesterday.", kNone, ""},
        Example{"The vote on the 19th was close.", kMar21, "19th=2024-03-19 DAY TUESDAY"},
        Example{"The vote on the 29th was close.", kMar21, "29th=2024-02-29 DAY THURSDAY"},
        Example{"The vote on the 19th was close.", kNone, ""},
        Example{"It was on the 21st anniversary of the war.", kMar21, ""},
        // Not dates.
        Example{"1711428572", kNone, ""}, Example{"He may return; May is busy.", kNone, ""},
        Example{"Version 12/40/2024 of the file.", kNone, ""},
        Example{"In 2024, 70 people were hurt.", kNone, "2024=2024 YEAR"},
        Example{"A tsunami killed 230,000 people in 2004.", kNone, "2004=2004 YEAR"},
        Example{"The 2004 tsunami and 1,200 troops.", kNone, ""},
        Example{"On February 30 nothing happened.", kNone, ""},
        Example{"The Sun reported it.", kNone, ""}, Example{"The Marfin bank burned.", kNone, ""},
        Example{"Score was 1/2/3/4 at the end.", kNone, ""},
        Example{"Between 20 and 30 people were hurt.", kNone, ""},
        Example{"He served in the 21st century army.", kMar21, ""},
        Example{"The score was 5.9.20 in the end.", kNone, ""}));

TEST(DetectNumericOrderTest, ReadsTheDocumentsConvention) {
  EXPECT_EQ(DetectNumericOrder("Posted 13/09/2023. Updated 03/04/2024."), DAY_FIRST);
  EXPECT_EQ(DetectNumericOrder("Posted 9/13/2023. Updated 03/04/2024."), MONTH_FIRST);
  EXPECT_EQ(DetectNumericOrder("Updated 03/04/2024."), NUMERIC_ORDER_UNKNOWN);
  EXPECT_EQ(DetectNumericOrder("9/13/2023 and 13/9/2023"), NUMERIC_ORDER_UNKNOWN);
  EXPECT_EQ(DetectNumericOrder("13/9/2023"), DAY_FIRST);
  EXPECT_EQ(DetectNumericOrder("https://example.com/a/ 24/7 and 13/9/2023"), DAY_FIRST);
  EXPECT_EQ(DetectNumericOrder("https://example.com/13/"), NUMERIC_ORDER_UNKNOWN);
  EXPECT_EQ(DetectNumericOrder("/"), NUMERIC_ORDER_UNKNOWN);
  EXPECT_EQ(DetectNumericOrder(""), NUMERIC_ORDER_UNKNOWN);
}

TEST(FindDatesTest, TheDocumentsConventionSettlesAmbiguousDates) {
  EXPECT_EQ(Normalize("Posted 03/04/2024", kNone, DAY_FIRST),
            "03/04/2024=2024-04-03 DAY WEDNESDAY");
  EXPECT_EQ(Normalize("Posted 03/04/2024", kNone, MONTH_FIRST), "03/04/2024=2024-03-04 DAY MONDAY");
}

// A page of listings saved as one line holds thousands of dates: each is
// read, none lost to its neighbours, in the order written.
TEST(FindDatesTest, ReadsEveryDateOfALongLine) {
  constexpr absl::string_view kEntry = "closed Monday, open 4 March and Friday; ";
  const std::string one_entry = Normalize(kEntry, kMar26);
  EXPECT_EQ(one_entry,
            "Monday=2024-03-25 DAY MONDAY | 4 March=2024-03-04 DAY MONDAY | "
            "Friday=2024-03-22 DAY FRIDAY");
  std::string line;
  for (int i = 0; i < 5000; ++i) absl::StrAppend(&line, kEntry);
  EXPECT_EQ(Normalize(line, kMar26),
            absl::StrJoin(std::vector<std::string>(5000, one_entry), " | "));
}

TEST(DescribeDateTest, SaysWhatIsKnown) {
  EXPECT_EQ(DescribeDate(FindDates("2024-03-21", kNone)[0].date), "Thursday 2024-03-21");
  EXPECT_EQ(DescribeDate(FindDates("on 21 March", kNone)[0].date), "21 March (no year given)");
  EXPECT_EQ(DescribeDate(FindDates("in March 2024", kNone)[0].date), "2024-03");
  EXPECT_EQ(DescribeDate(FindDates("on Tuesday", kNone)[0].date), "a Tuesday (no date given)");
  EXPECT_EQ(DescribeDate(FindDates("on March 20-21", kMar26)[0].date), "2024-03-20 to 2024-03-21");
}

// An ISO date alone is read as FindDates reads it; anything else is left to
// FindDates.
TEST(ParseIsoDayTest, ReadsAnIsoDateAloneAsFindDatesDoes) {
  for (const char* text : {"2024-03-21", "2024-02-29", "1999-12-31", "0001-01-01"}) {
    const std::optional<PartialDate> day = ParseIsoDay(text);
    ASSERT_TRUE(day.has_value()) << text;
    const std::vector<DateMention> found = FindDates(text, kNone);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(day->SerializeAsString(), found[0].date.SerializeAsString()) << text;
  }
  for (const char* text : {"2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0000-03-21",
                           "2024-3-21", "2024-03-21T08:15", " 2024-03-21", "2024-O3-21",
                           "+024-03-21", "2024/03/21", "21 March 2024", ""}) {
    EXPECT_FALSE(ParseIsoDay(text).has_value()) << text;
  }
}

TEST(ParseMachineDayTest, ReadsTheFormsOfExportsAndFeeds) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"2024/03/21", "2024-03-21"},    {"2024.3.1", "2024-03-01"},   {"20240321", "2024-03-21"},
      {"1711015200", "2024-03-21"},    {"1711065599", "2024-03-21"}, {"1711065600", "2024-03-22"},
      {"1711015200123", "2024-03-21"}, {"999999999", "2001-09-09"},  {"100000000000", "1973-03-03"},
  };
  for (const auto& [text, day] : table) {
    const std::optional<PartialDate> parsed = ParseMachineDay(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    EXPECT_EQ(FormatIsoDate(*parsed), day) << text;
    EXPECT_TRUE(IsCompleteDate(*parsed)) << text;
  }
  for (const char* text :
       {"2024/13/01", "2024/02/30", "2024/03.21", "20241321", "0000/01/01", "12345678901", "12345",
        "171101520a", "-1711015200", "2024-03-21", "21/03/2024", ""}) {
    EXPECT_FALSE(ParseMachineDay(text).has_value()) << text;
  }
}

TEST(MayNameMonthOrYearTest, IsTrueOfEveryTextWhoseDatesNameAMonthOrAYear) {
  // Each form FindDates reads, and texts with none.
  const std::vector<std::pair<std::string, bool>> table = {
      {"2024-03-21", true},
      {"3/21/2024", true},
      {"21.03.2024", true},
      {"Thursday, 21 March 2024", true},
      {"MARCH 21", true},
      {"Sept. 14", true},
      {"March 2024", true},
      {"in late March", true},
      {"since last October", true},
      {"in February", true},
      {"in 2004", true},
      {"between March 20 and 22", true},
      {"Updated 9:06 AM", true},  // a time, which has digits
      {"Updated on Friday", false},
      {"Posted yesterday, last week", false},
      {"Floods cut off the harbour road", false},
      {"", false},
  };
  for (const auto& [text, may] : table) {
    EXPECT_EQ(MayNameMonthOrYear(text), may) << text;
    bool names = false;
    for (const DateMention& mention : FindDates(text, PartialDate())) {
      names = names || mention.date.year() != 0 || mention.date.month() != 0;
    }
    // What it rules out, FindDates never reads with a month or a year.
    if (!may) EXPECT_FALSE(names) << text;
  }
  // Any case, as it is asked before the patterns: a superset of what they read.
  EXPECT_TRUE(MayNameMonthOrYear("the marketing summary"));
}

TEST(ReadDateWithMisspelledMonthTest, ReadsADatelineWithOneLetterAmiss) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"Novemer 27, 2005", "2005-11-27"},         // a letter dropped
      {"Sunday, 27 Novmber 2005", "2005-11-27"},  // after a weekday
      {"Setpember 14th, 2013", "2013-09-14"},     // two swapped
      {"Feburary 3 2019", "2019-02-03"},          // a letter added
      {"Octuber 9, 2025", "2025-10-09"},          // a letter changed
      {"Wed. Decembre 31, 2014", "2014-12-31"},   // abbreviated weekday
  };
  for (const auto& [line, day] : table) {
    const std::optional<PartialDate> read = ReadDateWithMisspelledMonth(line);
    ASSERT_TRUE(read.has_value()) << line;
    EXPECT_EQ(FormatIsoDate(*read), day) << line;
  }
  for (const char* line : {
           "November 27, 2005",          // spelled right: FindDates reads it
           "Movember 2005",              // no day
           "Nvmbr 27, 2005",             // two letters amiss
           "Jule 4, 2005",               // a month of four letters
           "Marcy 12, 2005 said",        // more than a date
           "Friends, Novemer 27, 2005",  // not a weekday before it
           "Novemer 31, 2005",           // no such day
       }) {
    EXPECT_FALSE(ReadDateWithMisspelledMonth(line).has_value()) << line;
  }
}

TEST(ParseUrlDayTest, ReadsTheDayPublishersPutInTheirPaths) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"https://paper.example/news/world/2005-11-27-varnholm-floods_x.htm", "2005-11-27"},
      {"https://www.example.com/2013/03/14/us/quake.html", "2013-03-14"},
      {"https://www.example.com/world/2005/nov/27/varnholm", "2005-11-27"},
      {"https://example.com/world/2005/Sept/7/varnholm", "2005-09-07"},
      {"http://example.net/view/20100505-268325/Harbour-road-closed", "2010-05-05"},
      {"https://example.org/news?id=7&date=2024_03_21", "2024-03-21"},
      {"https://example.org/2024/3/1/a.html?from=2024-03-01", "2024-03-01"},
      {"example.org/1999/12/31/", "1999-12-31"},
  };
  for (const auto& [url, day] : table) {
    const std::optional<PartialDate> parsed = ParseUrlDay(url);
    ASSERT_TRUE(parsed.has_value()) << url;
    EXPECT_EQ(FormatIsoDate(*parsed), day) << url;
  }
  for (const char* url : {
           "http://news.example.co.uk/2/hi/europe/4475546.stm",  // no day
           "http://www.example.com/news/05/nov/1266.html",       // no year
           "https://example.com/2005/11/",                       // no day
           "https://example.com/story-a1b2c3d4-1225862790476",   // a long number
           "https://example.com/ci_22788525/quake",              // no year of 19xx or 20xx
           "https://example.com/2005-11/27",                     // two separators
           "https://example.com/2005/november-27",               // two separators
           "https://example.com/2005/nova/27/",                  // no month
           "https://example.com/2013/02/30/",                    // no such day
           "https://example.com/2020/12/3-ways-to-save",         // the title's figure
           "https://example.com/2013/03/14/quake-20130315",      // two days
           "https://20050505.example.com/news",                  // the host
           "",
       }) {
    EXPECT_FALSE(ParseUrlDay(url).has_value()) << url;
  }
}

TEST(DaysBetweenTest, CountsCalendarDays) {
  EXPECT_EQ(DaysBetween(CalendarDay(2024, 2, 28), CalendarDay(2024, 3, 1)), 2);
  EXPECT_EQ(DaysBetween(CalendarDay(2024, 3, 1), CalendarDay(2024, 2, 28)), -2);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(0, 2), 29);
}

}  // namespace
}  // namespace factcheck
