#include "rules/dates/dates.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};
constexpr const char* kWeekdayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};

// Month names and their usual abbreviations; only an abbreviation takes a
// period, so "in April." leaves the sentence's full stop alone.
constexpr absl::string_view kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|"
    "December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
// Abbreviated weekdays only count when attached to a date ("Sat, Sep 14").
constexpr absl::string_view kWeekdayPrefix =
    "(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|"
    "Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+)?";
constexpr absl::string_view kDay = "(\\d{1,2})(?:st|nd|rd|th)?";

// The kinds of expression, each a pattern; see BuildPatterns for the groups.
enum class Form { kIso, kNumeric, kDayMonth, kMonthDay, kMonthYear, kWeekday, kRelative };

struct Pattern {
  Form form;
  std::unique_ptr<RE2> re;
};

const std::vector<Pattern>& Patterns() {
  static const std::vector<Pattern>* patterns = [] {
    auto compile = [](absl::string_view pattern) {
      // These patterns are fixed and tested; a failure here is a programming error.
      return std::move(CompilePattern(pattern).value());
    };
    auto* list = new std::vector<Pattern>();
    list->push_back({Form::kIso, compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})")});
    list->push_back({Form::kNumeric, compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})")});
    list->push_back({Form::kDayMonth, compile(absl::StrCat(kWeekdayPrefix, "(?:the\\s+)?", kDay,
                                                           "\\s+(?:of\\s+)?", kMonth,
                                                           "(?:,?\\s+(\\d{4}))?"))});
    list->push_back({Form::kMonthDay, compile(absl::StrCat(kWeekdayPrefix, kMonth, "\\s+", kDay,
                                                           "(?:,?\\s+(\\d{4}))?"))});
    list->push_back({Form::kMonthYear, compile(absl::StrCat(kMonth, ",?\\s+(\\d{4})"))});
    list->push_back(
        {Form::kWeekday,
         compile("\\b(?:(last|next|this|on|since|until|by)\\s+)?"
                 "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b")});
    list->push_back({Form::kRelative, compile("\\b([Yy]esterday|[Tt]oday|[Tt]omorrow)\\b")});
    return list;
  }();
  return *patterns;
}

// Words before a weekday that put it in the future: "will meet on Monday".
const RE2& FutureMarkers() {
  static const RE2* markers = new RE2(
      "\\b(will|shall|is to|are to|is due to|are due to|is set to|are set to|"
      "scheduled|plans to|planned to|expected to|next)\\b");
  return *markers;
}

int MonthNumber(absl::string_view name) {
  for (int month = 1; month <= 12; ++month) {
    if (absl::string_view(kMonthNames[month - 1]).substr(0, 3) == name.substr(0, 3)) {
      return month;
    }
  }
  return 0;
}

PartialDate::Weekday WeekdayNumber(absl::string_view name) {
  for (int day = 1; day <= 7; ++day) {
    if (absl::string_view(kWeekdayNames[day - 1]).substr(0, 3) == name.substr(0, 3)) {
      return static_cast<PartialDate::Weekday>(day);
    }
  }
  return PartialDate::WEEKDAY_UNKNOWN;
}

int ToInt(absl::string_view digits) {
  int value = 0;
  return absl::SimpleAtoi(digits, &value) ? value : 0;
}

bool IsValidDay(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // CivilDay normalises out-of-range days (Feb 30 -> Mar 1); a real day survives.
  const absl::CivilDay civil(year == 0 ? 2000 : year, month, day);
  return civil.month() == month && civil.day() == day;
}

absl::CivilDay ToCivil(const PartialDate& date) {
  return absl::CivilDay(date.year(), date.month(), date.day());
}

PartialDate FromCivil(absl::CivilDay day) {
  PartialDate date;
  date.set_year(static_cast<int>(day.year()));
  date.set_month(day.month());
  date.set_day(day.day());
  date.set_weekday(WeekdayOf(date.year(), date.month(), date.day()));
  return date;
}

PartialDate MakeDate(int year, int month, int day) {
  PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  if (year != 0 && day != 0) date.set_weekday(WeekdayOf(year, month, day));
  return date;
}

// "March 21" in the year that puts it nearest the reference.
int NearestYear(int month, int day, const PartialDate& reference) {
  if (!IsCompleteDate(reference)) return reference.year();
  const absl::CivilDay anchor = ToCivil(reference);
  int best_year = reference.year();
  long best_distance = -1;
  for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
    if (!IsValidDay(year, month, day)) continue;
    const long distance = std::labs(absl::CivilDay(year, month, day) - anchor);
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best_year = year;
    }
  }
  return best_year;
}

PartialDate ResolveWeekday(PartialDate::Weekday weekday, absl::string_view qualifier,
                           bool future, const PartialDate& reference) {
  if (!IsCompleteDate(reference)) {
    PartialDate date;
    date.set_weekday(weekday);
    return date;
  }
  const absl::CivilDay anchor = ToCivil(reference);
  const int today = reference.weekday() != PartialDate::WEEKDAY_UNKNOWN
                        ? reference.weekday()
                        : WeekdayOf(reference.year(), reference.month(), reference.day());
  if (future || qualifier == "next") {
    int ahead = (weekday - today + 7) % 7;
    if (ahead == 0) ahead = 7;
    return FromCivil(anchor + ahead);
  }
  int back = (today - weekday + 7) % 7;
  if (back == 0 && qualifier == "last") back = 7;
  return FromCivil(anchor - back);
}

// A candidate expression; the longest wins where candidates overlap.
struct Candidate {
  DateMention mention;
  bool valid = false;
};

Candidate Interpret(Form form, const Match& match, absl::string_view text,
                    const PartialDate& reference) {
  Candidate candidate;
  candidate.mention.begin = match.begin(0);
  candidate.mention.end = match.end(0);
  const int begin = match.begin(0);
  const int end = match.end(0);
  const bool digit_before = begin > 0 && absl::ascii_isdigit(text[begin - 1]);
  const bool digit_after = end < static_cast<int>(text.size()) && absl::ascii_isdigit(text[end]);
  PartialDate& date = candidate.mention.date;
  switch (form) {
    case Form::kIso: {
      if (digit_before || digit_after) return candidate;
      const int year = ToInt(match.group(1)), month = ToInt(match.group(2)),
                day = ToInt(match.group(3));
      if (!IsValidDay(year, month, day)) return candidate;
      date = MakeDate(year, month, day);
      break;
    }
    case Form::kNumeric: {
      if (digit_before || (begin > 0 && text[begin - 1] == '/')) return candidate;
      // "3/26/202405:28" is a date glued to a time, not a year 202405.
      if (digit_after && !RE2::PartialMatch(ToPiece(text.substr(end)), "^\\d{1,2}:\\d{2}")) {
        return candidate;
      }
      const int first = ToInt(match.group(1)), second = ToInt(match.group(2)),
                year = ToInt(match.group(3));
      if (first > 12 && IsValidDay(year, second, first)) {
        date = MakeDate(year, second, first);
      } else if (second > 12 && IsValidDay(year, first, second)) {
        date = MakeDate(year, first, second);
      } else if (first == second && IsValidDay(year, first, second)) {
        date = MakeDate(year, first, second);
      } else if (IsValidDay(year, first, second) || IsValidDay(year, second, first)) {
        date.set_year(year);  // 03/04/2024: day and month cannot be told apart
      } else {
        return candidate;
      }
      break;
    }
    case Form::kDayMonth:
    case Form::kMonthDay: {
      const bool day_first = form == Form::kDayMonth;
      const int day = ToInt(match.group(day_first ? 2 : 3));
      const int month = MonthNumber(match.group(day_first ? 3 : 2));
      // "March 2024" is a month, not the 20th; "21 March 20245" is not a year.
      if (digit_after) return candidate;
      int year = match.matched(4) ? ToInt(match.group(4)) : 0;
      if (year == 0) year = NearestYear(month, day, reference);
      if (!IsValidDay(year, month, day)) return candidate;
      date = MakeDate(year, month, day);
      if (year == 0 && match.matched(1)) date.set_weekday(WeekdayNumber(match.group(1)));
      break;
    }
    case Form::kMonthYear: {
      if (digit_after) return candidate;
      date.set_year(ToInt(match.group(2)));
      date.set_month(MonthNumber(match.group(1)));
      break;
    }
    case Form::kWeekday: {
      const absl::string_view qualifier = match.matched(1) ? match.group(1) : "";
      const absl::string_view before = text.substr(0, match.begin(2));
      const bool future = qualifier != "last" && RE2::PartialMatch(ToPiece(before), FutureMarkers());
      date = ResolveWeekday(WeekdayNumber(match.group(2)), qualifier, future, reference);
      // The mention is the weekday itself, without "on" or "last".
      candidate.mention.begin = match.begin(2);
      break;
    }
    case Form::kRelative: {
      if (!IsCompleteDate(reference)) return candidate;
      const std::string word = absl::AsciiStrToLower(match.group(1));
      const int offset = word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0;
      date = FromCivil(ToCivil(reference) + offset);
      break;
    }
  }
  candidate.valid = true;
  return candidate;
}

}  // namespace

bool IsCompleteDate(const PartialDate& date) {
  return date.year() != 0 && date.month() != 0 && date.day() != 0;
}

PartialDate::Weekday WeekdayOf(int year, int month, int day) {
  switch (absl::GetWeekday(absl::CivilDay(year, month, day))) {
    case absl::Weekday::monday: return PartialDate::MONDAY;
    case absl::Weekday::tuesday: return PartialDate::TUESDAY;
    case absl::Weekday::wednesday: return PartialDate::WEDNESDAY;
    case absl::Weekday::thursday: return PartialDate::THURSDAY;
    case absl::Weekday::friday: return PartialDate::FRIDAY;
    case absl::Weekday::saturday: return PartialDate::SATURDAY;
    case absl::Weekday::sunday: return PartialDate::SUNDAY;
  }
  return PartialDate::WEEKDAY_UNKNOWN;
}

int DaysBetween(const PartialDate& a, const PartialDate& b) {
  return static_cast<int>(ToCivil(b) - ToCivil(a));
}

std::vector<DateMention> FindDates(absl::string_view text, const PartialDate& reference) {
  std::vector<Candidate> candidates;
  for (const Pattern& pattern : Patterns()) {
    ForEachMatch(*pattern.re, text, [&](const Match& match) {
      Candidate candidate = Interpret(pattern.form, match, text, reference);
      if (candidate.valid) candidates.push_back(candidate);
    });
  }
  // Longest first, then leftmost; keep those that overlap nothing kept.
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    const int length_a = a.mention.end - a.mention.begin;
    const int length_b = b.mention.end - b.mention.begin;
    if (length_a != length_b) return length_a > length_b;
    return a.mention.begin < b.mention.begin;
  });
  std::vector<DateMention> kept;
  for (const Candidate& candidate : candidates) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const DateMention& other) {
      return candidate.mention.begin < other.end && other.begin < candidate.mention.end;
    });
    if (!overlaps) kept.push_back(candidate.mention);
  }
  std::sort(kept.begin(), kept.end(),
            [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
  return kept;
}

std::string FormatIsoDate(const PartialDate& date) {
  if (date.year() != 0 && date.month() != 0 && date.day() != 0) {
    return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(), date.day());
  }
  if (date.year() != 0 && date.month() != 0) {
    return absl::StrFormat("%04d-%02d", date.year(), date.month());
  }
  if (date.month() != 0 && date.day() != 0) {
    return absl::StrFormat("--%02d-%02d", date.month(), date.day());
  }
  if (date.year() != 0) return absl::StrFormat("%04d", date.year());
  if (date.weekday() != PartialDate::WEEKDAY_UNKNOWN) return kWeekdayNames[date.weekday() - 1];
  return "";
}

std::string DescribeDate(const PartialDate& date) {
  const std::string weekday =
      date.weekday() != PartialDate::WEEKDAY_UNKNOWN ? kWeekdayNames[date.weekday() - 1] : "";
  if (date.month() != 0 && date.day() != 0 && date.year() == 0) {
    return absl::StrCat(weekday, weekday.empty() ? "" : " ", date.day(), " ",
                        kMonthNames[date.month() - 1], " (no year given)");
  }
  const std::string iso = FormatIsoDate(date);
  if (date.year() != 0) return weekday.empty() || date.day() == 0 ? iso : absl::StrCat(weekday, " ", iso);
  return weekday.empty() ? "an unknown date" : absl::StrCat("a ", weekday, " (no date given)");
}

}  // namespace factcheck
