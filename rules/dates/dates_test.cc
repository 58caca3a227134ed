// The date corpus: sentence (and dateline) in, normalised dates out.
#include "rules/dates/dates.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

PartialDate Dateline(int year, int month, int day) {
  PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

const PartialDate kNoDateline;

// Each found date as "<as written>=<ISO>[/<Weekday>]".
std::string Normalize(absl::string_view text, const PartialDate& dateline) {
  std::vector<std::string> found;
  for (const DateMention& mention : FindDates(text, dateline)) {
    std::string entry = std::string(text.substr(mention.begin, mention.end - mention.begin)) + "=" +
                        FormatIsoDate(mention.date);
    if (mention.date.weekday() != PartialDate::WEEKDAY_UNKNOWN && mention.date.day() != 0) {
      entry += "/" + PartialDate::Weekday_Name(mention.date.weekday());
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
  EXPECT_EQ(Normalize(GetParam().text, GetParam().dateline), GetParam().expected)
      << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, DateCorpusTest,
    testing::Values(
        // Calendar dates, with and without a year.
        Example{"It was signed on 2024-03-21.", kNoDateline, "2024-03-21=2024-03-21/THURSDAY"},
        Example{"The meeting on 21 March 2024 ended early.", kNoDateline,
                "21 March 2024=2024-03-21/THURSDAY"},
        Example{"The meeting on March 21, 2024 ended early.", kNoDateline,
                "March 21, 2024=2024-03-21/THURSDAY"},
        Example{"Prior to the meeting on March 21, they spoke.", kNoDateline,
                "March 21=--03-21"},
        Example{"Prior to the meeting on March 21, they spoke.", Dateline(2024, 3, 26),
                "March 21=2024-03-21/THURSDAY"},
        Example{"Talks resumed on Mar. 21.", Dateline(2024, 3, 26), "Mar. 21=2024-03-21/THURSDAY"},
        Example{"It ends on the 3rd of April.", Dateline(2024, 3, 26), "the 3rd of April=2024-04-03/WEDNESDAY"},
        Example{"Saturday, Sep 14, 2013", kNoDateline, "Saturday, Sep 14, 2013=2013-09-14/SATURDAY"},
        Example{"Last Updated: Monday, 28 November 2005, 02:24 GMT", kNoDateline,
                "Monday, 28 November 2005=2005-11-28/MONDAY"},
        Example{"Thursday 21 March", kNoDateline, "Thursday 21 March=--03-21/THURSDAY"},
        // The nearest year to the dateline, across a new year.
        Example{"It began on December 30.", Dateline(2025, 1, 4), "December 30=2024-12-30/MONDAY"},
        Example{"It ends on January 3.", Dateline(2024, 12, 30), "January 3=2025-01-03/FRIDAY"},
        // Months and years alone.
        Example{"Prices rose in March 2024.", kNoDateline, "March 2024=2024-03"},
        Example{"Prices rose in March, 2024.", kNoDateline, "March, 2024=2024-03"},
        // Numeric dates: the order is read only when a part exceeds 12.
        Example{"3/26/2024", kNoDateline, "3/26/2024=2024-03-26/TUESDAY"},
        Example{"Published 13/09/2023 08:15", kNoDateline, "13/09/2023=2023-09-13/WEDNESDAY"},
        Example{"Updated 09/14/2013 01:03 PM", kNoDateline, "09/14/2013=2013-09-14/SATURDAY"},
        Example{"Posted 03/04/2024", kNoDateline, "03/04/2024=2024"},
        Example{"Posted 04/04/2024", kNoDateline, "04/04/2024=2024-04-04/THURSDAY"},
        // A date glued to a time is still that date; no year 202405.
        Example{"3/26/2024-|Last update: 3/26/202405:28 AM (Mecca time)", kNoDateline,
                "3/26/2024=2024-03-26/TUESDAY | 3/26/2024=2024-03-26/TUESDAY"},
        Example{"2024-03-26 02:21:30", kNoDateline, "2024-03-26=2024-03-26/TUESDAY"},
        // Weekdays: the nearest such day on or before the dateline...
        Example{"He voiced a warning on Thursday.", Dateline(2024, 3, 21),
                "Thursday=2024-03-21/THURSDAY"},
        Example{"They met in Washington on Monday.", Dateline(2024, 3, 26),
                "Monday=2024-03-25/MONDAY"},
        Example{"They met last Tuesday.", Dateline(2024, 3, 26), "Tuesday=2024-03-19/TUESDAY"},
        // ...or after it when the sentence speaks of the future.
        Example{"They will meet on Monday.", Dateline(2024, 3, 26), "Monday=2024-04-01/MONDAY"},
        Example{"The vote is scheduled for Friday.", Dateline(2024, 3, 26),
                "Friday=2024-03-29/FRIDAY"},
        Example{"They meet again next Tuesday.", Dateline(2024, 3, 26), "Tuesday=2024-04-02/TUESDAY"},
        // Without a dateline a weekday stays a weekday.
        Example{"He toured the region on Tuesday.", kNoDateline, "Tuesday=Tuesday"},
        // Relative days need a dateline.
        Example{"The talks ended yesterday.", Dateline(2024, 3, 21), "yesterday=2024-03-20/WEDNESDAY"},
        Example{"Tomorrow the envoy flies home.", Dateline(2024, 3, 21), "Tomorrow=2024-03-22/FRIDAY"},
        Example{"The talks ended yesterday.", kNoDateline, ""},
        // Not dates.
        Example{"1711428572", kNoDateline, ""},
        Example{"He may return; May is busy.", kNoDateline, ""},
        Example{"Version 12/40/2024 of the file.", kNoDateline, ""},
        Example{"In 2024, 70 people were hurt.", kNoDateline, ""},
        Example{"On February 30 nothing happened.", kNoDateline, ""},
        Example{"The Sun reported it.", kNoDateline, ""}));

TEST(DescribeDateTest, SaysWhatIsKnown) {
  PartialDate full = Dateline(2024, 3, 21);
  full.set_weekday(PartialDate::THURSDAY);
  EXPECT_EQ(DescribeDate(full), "Thursday 2024-03-21");
  PartialDate no_year;
  no_year.set_month(3);
  no_year.set_day(21);
  EXPECT_EQ(DescribeDate(no_year), "21 March (no year given)");
  PartialDate month;
  month.set_year(2024);
  month.set_month(3);
  EXPECT_EQ(DescribeDate(month), "2024-03");
  PartialDate weekday;
  weekday.set_weekday(PartialDate::TUESDAY);
  EXPECT_EQ(DescribeDate(weekday), "a Tuesday (no date given)");
}

TEST(DaysBetweenTest, CountsCalendarDays) {
  EXPECT_EQ(DaysBetween(Dateline(2024, 2, 28), Dateline(2024, 3, 1)), 2);
  EXPECT_EQ(DaysBetween(Dateline(2024, 3, 1), Dateline(2024, 2, 28)), -2);
}

}  // namespace
}  // namespace factcheck
