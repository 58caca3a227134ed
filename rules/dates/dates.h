// File: rules/dates/dates.h
//
// Finds date expressions in English text and normalises them against a
// reference date (the article's dateline) into PartialDates that say exactly
// as much as the text does, with their precision: a day, a range of days, a
// weekday only, a month, a year.
//
//   PartialDate dateline;  // 2024-03-21
//   dateline.set_year(2024); dateline.set_month(3); dateline.set_day(21);
//   for (const DateMention& mention : FindDates("voiced a warning on Thursday", dateline)) {
//     // mention.date is 2024-03-21, a THURSDAY, precision DAY;
//     // mention.begin..end spans "Thursday".
//   }
//
// Forms: 2024-03-21 and 2024/03/21; 21.03.2024; 3/21/2024 and 21/03/2024 (or /24): day and
// month are told apart by a part above 12, or by the document's other numeric
// dates (DetectNumericOrder), never guessed: otherwise only the year is kept.
// 21 March 2024; March 21, 2024; Mar. 21; 21 MARCH; the 21st of March; "on
// the 21st" (of the dateline's month); March 2024; weekdays; yesterday,
// today, tomorrow; last, this and next week, month, year and October; early,
// mid- and late March; ranges: March 20-21, 20-21 March, between March 20
// and 22, from 20 to 22 March.
//
// A weekday resolves to the nearest such day on or before the reference, or
// after it when the sentence speaks of the future ("will meet on Monday",
// "next Monday"). "March 21" takes the year that puts it nearest the
// reference. Without a reference, weekdays stay weekdays and days stay
// without a year.

#ifndef FACTCHECK_RULES_DATES_DATES_H_
#define FACTCHECK_RULES_DATES_DATES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/values.pb.h"

namespace factcheck {

// The order `text`'s numeric dates follow, as settled by those with a part
// above 12 (3/26/2024 is month first); NUMERIC_ORDER_UNKNOWN when none
// settles it or they disagree.
NumericDateOrder DetectNumericOrder(absl::string_view text);

struct DateMention {
  int begin = 0;  // byte offsets of the expression in the searched text
  int end = 0;
  PartialDate date;
};

// Every date expression in `text`, in order, none overlapping.
std::vector<DateMention> FindDates(absl::string_view text, const PartialDate& reference,
                                   NumericDateOrder order = NUMERIC_ORDER_UNKNOWN);

// Whether `text` may hold a date that FindDates, given no reference, reads
// with its month or year: false only when `text` holds no digit and none of
// the months' first three letters, in any case. Without a reference, a
// weekday or "yesterday" names neither. A pass over the bytes, where
// FindDates runs its patterns: for lines that are asked only that.
//   MayNameMonthOrYear("Updated on Friday")  // false
//   MayNameMonthOrYear("Friday, Sep 14")     // true
bool MayNameMonthOrYear(absl::string_view text);

// The day `line` names when it is a date alone, of a known year, whose
// month's name is misspelled by one letter, as hurried pages print their
// datelines: "Novemer 27, 2005", "Sunday, 27 Novmber 2005". Only the full
// names of five letters or more, with one letter added, dropped or changed,
// or two side by side swapped; nullopt for any other line, one spelled
// right included (FindDates reads those).
std::optional<PartialDate> ReadDateWithMisspelledMonth(absl::string_view line);

// The day `text` names when it is exactly an ISO date (2024-03-21) of a known
// year, as FindDates reads it; nullopt otherwise. For a value that holds a
// date alone, as metadata does: a few instructions where FindDates' patterns
// cost some 20,000.
std::optional<PartialDate> ParseIsoDay(absl::string_view text);

// The day a metadata value names in a form machines write and prose does
// not, which FindDates therefore does not read: year first with slashes or
// dots (2024/03/21), eight digits (20240321), or Unix time in seconds (ten
// digits or nine) or milliseconds (thirteen or twelve), as a day in UTC.
// nullopt otherwise.
//   ParseMachineDay("1711015200") == 2024-03-21
std::optional<PartialDate> ParseMachineDay(absl::string_view text);

// The day a news article's URL names in its path or query, as publishers
// write it there: /2005/11/27/ or /2005/nov/27/ (the day ending its part of
// the path), 2005-11-27, 2005_11_27 or 20051127, a year of 1900 to 2099
// with no digit either side. nullopt when it names none, or two different
// days ("/2013/03/14/...-20130315").
//   ParseUrlDay("https://example.com/world/2005-11-27-floods.htm") == 2005-11-27
std::optional<PartialDate> ParseUrlDay(absl::string_view url);

// A day of the calendar, precision DAY, with its weekday when `year` is
// known (0: a day with no year). REQUIRES: a real day.
PartialDate CalendarDay(int year, int month, int day);

// True when year, month and day are all known.
bool IsCompleteDate(const PartialDate& date);

// Whether the date covers several days ("March 20-21", "last week").
bool IsRange(const PartialDate& date);

// The weekday of a valid day.
PartialDate::Weekday WeekdayOf(int year, int month, int day);

// Days in `month` of `year`; of a leap year when `year` is 0.
int DaysInMonth(int year, int month);

// Days from `a` to `b`. REQUIRES: both complete.
int DaysBetween(const PartialDate& a, const PartialDate& b);

// ISO 8601 for what is known: "2024-03-21", "--03-21" (no year), "2024-03",
// "2024", "Tuesday" (weekday only), "2024-03-20/2024-03-21" (a range), ""
// (nothing known).
std::string FormatIsoDate(const PartialDate& date);

// For readers, unambiguous in any locale: "Thursday 2024-03-21", "2024-03",
// "21 March (no year given)", "a Tuesday (no date given)",
// "2024-02-11 to 2024-02-20".
std::string DescribeDate(const PartialDate& date);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_DATES_DATES_H_
