// File: rules/dates/dates.h
//
// Finds date expressions in English text and normalises them against a
// reference date (the article's dateline) into PartialDates that say exactly
// as much as the text does: a weekday only, a day without a year, a full date.
//
//   PartialDate dateline;  // 2024-03-21
//   dateline.set_year(2024); dateline.set_month(3); dateline.set_day(21);
//   for (const DateMention& mention : FindDates("voiced a warning on Thursday", dateline)) {
//     // mention.date is 2024-03-21, a THURSDAY; mention.begin..end spans "Thursday".
//   }
//
// Forms: 2024-03-21; 3/21/2024 and 21/03/2024 (day and month told apart only
// when one of them exceeds 12, otherwise the year alone is kept); 21 March
// 2024; March 21, 2024; Mar. 21; the 21st of March; March 2024; weekdays;
// yesterday, today, tomorrow. A weekday resolves to the nearest such day on or
// before the reference, or after it when the sentence speaks of the future
// ("will meet on Monday", "next Monday"). "March 21" takes the year that puts
// it nearest the reference. Without a reference, weekdays stay weekdays and
// days stay without a year.

#ifndef FACTCHECK_RULES_DATES_DATES_H_
#define FACTCHECK_RULES_DATES_DATES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/values.pb.h"

namespace factcheck {

struct DateMention {
  int begin = 0;  // byte offsets of the expression in the searched text
  int end = 0;
  PartialDate date;
};

// Every date expression in `text`, in order, none overlapping.
std::vector<DateMention> FindDates(absl::string_view text, const PartialDate& reference);

// True when year, month and day are all known.
bool IsCompleteDate(const PartialDate& date);

// The weekday of a complete date.
PartialDate::Weekday WeekdayOf(int year, int month, int day);

// Days from `a` to `b`. REQUIRES: both complete.
int DaysBetween(const PartialDate& a, const PartialDate& b);

// ISO 8601 for what is known: "2024-03-21", "2024-03", "2024", "--03-21"
// (no year), "Tuesday" (weekday only), "" (nothing known).
std::string FormatIsoDate(const PartialDate& date);

// For readers, unambiguous in any locale: "Thursday 2024-03-21", "2024-03",
// "21 March (no year given)", "a Tuesday (no date given)".
std::string DescribeDate(const PartialDate& date);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_DATES_DATES_H_
