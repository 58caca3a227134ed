#include "rules/dates/dates.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "checker/corpus/utf8.h"
#include "rules/ascii_words.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

constexpr const char* kMonthNames[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
constexpr const char* kWeekdayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
constexpr const char* kMonthAbbreviations[] = {"Jan", "Feb",  "Mar", "Apr", "Jun", "Jul",
                                               "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kWeekdayAbbreviations[] = {"Mon",  "Tues", "Tue", "Wed", "Thurs",
                                                 "Thur", "Thu",  "Fri", "Sat", "Sun"};

// Two-digit years: 05 is 2005, 98 is 1998.
constexpr int kTwoDigitYearPivot = 50;
// A range of days longer than this is not read as one ("from March 1 to
// June 30" is two dates).
constexpr int kMaxRangeDays = 62;
// "On the 21st" is the dateline's month unless that day is more than this
// many days after the dateline, then it is the month before.
constexpr int kOrdinalDaysAhead = 7;

// Each word as written and in capitals: "March|MARCH".
template <size_t N>
std::string WordsInBothCases(const char* const (&words)[N]) {
  std::vector<std::string> alternatives;
  for (const char* word : words) {
    alternatives.push_back(word);
    alternatives.push_back(absl::AsciiStrToUpper(word));
  }
  return absl::StrJoin(alternatives, "|");
}

// A month: full names, or abbreviations with an optional period (only an
// abbreviation takes one, so "in April." leaves the full stop alone).
std::string MonthPattern() {
  return absl::StrCat("\\b((?:", WordsInBothCases(kMonthNames),
                      ")\\b|(?:", WordsInBothCases(kMonthAbbreviations), ")\\b\\.?)");
}

// A weekday before a date ("Saturday, Sep 14"), abbreviations allowed.
std::string WeekdayPrefixPattern() {
  return absl::StrCat("(?:\\b(", WordsInBothCases(kWeekdayNames), "|",
                      WordsInBothCases(kWeekdayAbbreviations), ")\\b\\.?,?\\s+)?");
}

constexpr absl::string_view kDay = "(\\d{1,2})(?:st|nd|rd|th)?";
constexpr absl::string_view kRangeTo = "\\s*(?:-|\xE2\x80\x93|to)\\s*";

// The kinds of expression; see Patterns() for each one's groups.
enum class Form {
  kIso,              // 1 year, 2 month, 3 day
  kNumeric,          // 1 first, 2 second, 3 year
  kDotted,           // 1 day, 2 month, 3 year
  kDayMonth,         // 1 weekday, 2 day, 3 through day, 4 month, 5 year
  kMonthDay,         // 1 weekday, 2 month, 3 day, 4 through day, 5 year
  kMonthYear,        // 1 month, 2 year
  kPartOfMonth,      // 1 part, 2 month, 3 year
  kNamedMonth,       // 1 last/this/next, 2 month
  kBareMonth,        // 1 month: "in February"
  kBareYear,         // 1 year: "in 2004"
  kWeekday,          // 1 qualifier, 2 weekday
  kRelativeDay,      // 1 yesterday/today/tomorrow
  kRelativePeriod,   // 1 last/this/next, 2 week/month/year
  kOrdinalDay,       // 1 day
  kBetweenMonthDay,  // 1 month, 2 day, 3 through day, 4 year
  kBetweenDayMonth,  // 1 day, 2 through day, 3 month, 4 year
};

// The date patterns are fixed and tested: one that does not compile is a
// programming error, which stops the program.
void CheckCompiled(const absl::Status& status) {
  if (status.ok()) return;
  std::fprintf(stderr, "date patterns: %s\n", status.ToString().c_str());
  std::abort();
}

// The date patterns, tried together: only those whose words a text has run
// on it (PatternSet).
struct DatePatterns {
  PatternSet set;
  std::vector<Form> forms;  // by pattern id
};

const DatePatterns& Patterns() {
  static const DatePatterns* patterns = [] {
    auto* list = new DatePatterns();
    auto add = [list](Form form, const std::string& pattern) {
      CheckCompiled(list->set.Add(pattern));
      list->forms.push_back(form);
    };
    const std::string month = MonthPattern();
    const std::string weekday = WeekdayPrefixPattern();
    const std::string year = "(?:,?\\s+(\\d{4}))?";
    // Year first, with hyphens or slashes ("2026/06/02"): month, then day.
    add(Form::kIso, "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    add(Form::kNumeric, "(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    add(Form::kDotted, "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    add(Form::kDayMonth, absl::StrCat(weekday, "(?:the\\s+)?", kDay, "(?:", kRangeTo, kDay,
                                      ")?\\s+(?:of\\s+)?", month, year));
    // A web page's stamp may join the year with a hyphen ("November 27-2005"):
    // a last day is no first half of a year.
    add(Form::kMonthDay, absl::StrCat(weekday, month, "\\s+", kDay, "(?:", kRangeTo, kDay,
                                      "\\b)?(?:(?:,?\\s+|-)(\\d{4}))?"));
    add(Form::kMonthYear, absl::StrCat(month, ",?\\s+(\\d{4})"));
    add(Form::kPartOfMonth,
        absl::StrCat("\\b((?i:early|mid|late|the beginning of|the start of|the middle "
                     "of|the end of))[-\\s]",
                     month, year));
    add(Form::kNamedMonth,
        absl::StrCat("\\b((?i:last|this|next))\\s+((?:", absl::StrJoin(kMonthNames, "|"), ")\\b)"));
    add(Form::kBareMonth,
        absl::StrCat("\\b(?i:in|since|until|till|by|during|before|after)\\s+", month));
    add(Form::kBareYear,
        "\\b(?i:in|since|until|till|by|during|before|after|of)\\s+((?:19|20)\\d{2})\\b");
    add(Form::kWeekday,
        "\\b(?:(last|next|this|on|since|until|by)\\s+)?"
        "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    add(Form::kRelativeDay, "\\b([Yy]esterday|[Tt]oday|[Tt]omorrow)\\b");
    add(Form::kRelativePeriod, "\\b((?i:last|this|next))\\s+(week|month|year)\\b");
    add(Form::kOrdinalDay,
        "\\b(?:on|by|until|till|since|from|before|after)\\s+the\\s+(\\d{1,2})"
        "(?:st|nd|rd|th)\\b");
    add(Form::kBetweenMonthDay, absl::StrCat("\\b(?:between|from)\\s+", month, "\\s+", kDay,
                                             "\\s+(?:and|to|until)\\s+", kDay, year));
    add(Form::kBetweenDayMonth,
        absl::StrCat("\\b(?:between|from)\\s+(?:the\\s+)?", kDay,
                     "\\s+(?:and|to|until)\\s+(?:the\\s+)?", kDay, "\\s+(?:of\\s+)?", month, year));
    CheckCompiled(list->set.Compile());
    return list;
  }();
  return *patterns;
}

// Words that move a planned event to another date: "moved from Tuesday to
// Friday" is a move, not a range of days.
constexpr absl::string_view kMoved =
    "(?:postponed|delayed|moved|put off|pushed back|put back|brought forward|rescheduled)";

// Words before a weekday that put it in the future: "will meet on Monday",
// "was moved (from Tuesday) to Friday": a change of plan moves what is still
// to come.
const RE2& FutureMarkers() {
  static const RE2* markers = new RE2(
      absl::StrCat("\\b(will|shall|is to|are to|is due to|are due to|is set to|are set to|"
                   "scheduled|plans to|planned to|expected to|next|",
                   kMoved, "(?:\\s+from\\s+\\w+(?:\\s+\\w+)?)?\\s+(?:to|until|till|for))\\b"));
  return *markers;
}

// Whether a future marker stands before a byte of `text`. The text is
// searched once, however many weekdays it holds: a line of a schedule may
// hold thousands, and searching all that stands before each one took time
// growing with the square of the line. No marker holds another, so the
// first one found is the first to end.
class FutureMarkerBefore {
 public:
  explicit FutureMarkerBefore(absl::string_view text) : text_(text) {}

  // Whether a marker ends at or before byte `at`.
  bool operator()(int at) {
    if (!first_end_.has_value()) {
      re2::StringPiece found;
      first_end_ =
          FutureMarkers().Match(ToPiece(text_), 0, text_.size(), RE2::UNANCHORED, &found, 1)
              ? static_cast<int>(found.data() + found.size() - text_.data())
              : std::numeric_limits<int>::max();
    }
    return *first_end_ <= at;
  }

 private:
  absl::string_view text_;
  std::optional<int> first_end_;  // once searched
};

int MonthNumber(absl::string_view name) {
  const std::string lower = absl::AsciiStrToLower(name.substr(0, 3));
  for (int month = 1; month <= 12; ++month) {
    if (absl::AsciiStrToLower(absl::string_view(kMonthNames[month - 1]).substr(0, 3)) == lower) {
      return month;
    }
  }
  return 0;
}

PartialDate::Weekday WeekdayNumber(absl::string_view name) {
  const std::string lower = absl::AsciiStrToLower(name.substr(0, 3));
  for (int day = 1; day <= 7; ++day) {
    if (absl::AsciiStrToLower(absl::string_view(kWeekdayNames[day - 1]).substr(0, 3)) == lower) {
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
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

// The number `digits` writes; -1 when it holds anything but digits.
int DigitsValue(absl::string_view digits) {
  int value = 0;
  for (const char digit : digits) {
    if (!absl::ascii_isdigit(digit)) return -1;
    value = value * 10 + (digit - '0');
  }
  return value;
}

// The day, when it is one of a known year.
std::optional<PartialDate> ValidDay(int year, int month, int day) {
  if (year < 1 || !IsValidDay(year, month, day)) return std::nullopt;
  return CalendarDay(year, month, day);
}

absl::CivilDay ToCivil(const PartialDate& date) {
  return absl::CivilDay(date.year(), date.month(), date.day());
}

PartialDate FromCivil(absl::CivilDay day) {
  return CalendarDay(static_cast<int>(day.year()), day.month(), day.day());
}

// Days `first` to `last` of one year as a range (or a day when they are one).
PartialDate Range(const PartialDate& first, int through_month, int through_day) {
  PartialDate range = first;
  if (through_month == first.month() && through_day == first.day()) return range;
  range.set_weekday(PartialDate::WEEKDAY_UNKNOWN);
  range.set_through_month(through_month);
  range.set_through_day(through_day);
  range.set_precision(PartialDate::DAY_RANGE);
  return range;
}

PartialDate CivilRange(absl::CivilDay first, absl::CivilDay last) {
  return Range(FromCivil(first), last.month(), last.day());
}

PartialDate Month(int year, int month) {
  PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_precision(PartialDate::MONTH);
  return date;
}

PartialDate Year(int year) {
  PartialDate date;
  date.set_year(year);
  date.set_precision(PartialDate::YEAR);
  return date;
}

// The year that puts `month`/`day` nearest the reference, or the
// reference's year (0 when it has none).
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

PartialDate ResolveWeekday(PartialDate::Weekday weekday, absl::string_view qualifier, bool future,
                           const PartialDate& reference) {
  if (!IsCompleteDate(reference)) {
    PartialDate date;
    date.set_weekday(weekday);
    date.set_precision(PartialDate::WEEKDAY);
    return date;
  }
  const absl::CivilDay anchor = ToCivil(reference);
  const int today = WeekdayOf(reference.year(), reference.month(), reference.day());
  if (future || qualifier == "next") {
    int ahead = (weekday - today + 7) % 7;
    if (ahead == 0) ahead = 7;
    return FromCivil(anchor + ahead);
  }
  int back = (today - weekday + 7) % 7;
  if (back == 0 && qualifier == "last") back = 7;
  return FromCivil(anchor - back);
}

// A day and an optional last day of one month as a date, or nullopt.
std::optional<PartialDate> DaysOfMonth(int year, int month, int day, int through_day,
                                       const PartialDate& reference) {
  if (year == 0) year = NearestYear(month, day, reference);
  if (!IsValidDay(year, month, day)) return std::nullopt;
  const PartialDate first = CalendarDay(year, month, day);
  if (through_day == 0) return first;
  if (through_day <= day || !IsValidDay(year, month, through_day)) return std::nullopt;
  return Range(first, month, through_day);
}

// The days "last week", "this week", "next week" cover: Monday to Sunday.
PartialDate Week(const PartialDate& reference, int weeks_ahead) {
  const absl::CivilDay anchor = ToCivil(reference);
  const int from_monday = WeekdayOf(reference.year(), reference.month(), reference.day()) - 1;
  const absl::CivilDay monday = anchor - from_monday + 7 * weeks_ahead;
  return CivilRange(monday, monday + 6);
}

int Offset(absl::string_view qualifier) {
  const std::string lower = absl::AsciiStrToLower(qualifier);
  return lower == "last" ? -1 : lower == "next" ? 1 : 0;
}

// A candidate expression; the longest wins where candidates overlap.
struct Candidate {
  DateMention mention;
  bool valid = false;
};

Candidate Interpret(Form form, const Match& match, absl::string_view text,
                    const PartialDate& reference, NumericDateOrder order,
                    FutureMarkerBefore* future_marker_before) {
  Candidate candidate;
  candidate.mention.begin = match.begin(0);
  candidate.mention.end = match.end(0);
  const int begin = match.begin(0);
  const int end = match.end(0);
  const bool digit_before = begin > 0 && absl::ascii_isdigit(text[begin - 1]);
  const bool digit_after = end < static_cast<int>(text.size()) && absl::ascii_isdigit(text[end]);
  const bool complete_reference = IsCompleteDate(reference);
  PartialDate& date = candidate.mention.date;
  auto group_int = [&match](int index) {
    return match.matched(index) ? ToInt(match.group(index)) : 0;
  };
  switch (form) {
    case Form::kIso: {
      if (digit_before || digit_after) return candidate;
      if (!IsValidDay(group_int(1), group_int(2), group_int(3))) return candidate;
      date = CalendarDay(group_int(1), group_int(2), group_int(3));
      break;
    }
    case Form::kNumeric: {
      if (digit_before || (begin > 0 && (text[begin - 1] == '/' || text[begin - 1] == '.'))) {
        return candidate;
      }
      // "3/26/202405:28" is a date glued to a time, not a year 202405.
      static const RE2* const kTimeOfDay = new RE2("^\\d{1,2}:\\d{2}");  // compiled once
      if (digit_after && !RE2::PartialMatch(ToPiece(text.substr(end)), *kTimeOfDay)) {
        return candidate;
      }
      if (end < static_cast<int>(text.size()) && text[end] == '/') return candidate;
      int year = group_int(3);
      if (match.group(3).size() == 2) {
        if (digit_after) return candidate;
        year += year < kTwoDigitYearPivot ? 2000 : 1900;
      }
      const int first = group_int(1), second = group_int(2);
      const bool month_first_valid = IsValidDay(year, first, second);
      const bool day_first_valid = IsValidDay(year, second, first);
      if (month_first_valid && (first == second || !day_first_valid || order == MONTH_FIRST)) {
        date = CalendarDay(year, first, second);
      } else if (day_first_valid && (!month_first_valid || order == DAY_FIRST)) {
        date = CalendarDay(year, second, first);
      } else if (month_first_valid || day_first_valid) {
        date = Year(year);  // 03/04/2024: day and month cannot be told apart
      } else {
        return candidate;
      }
      break;
    }
    case Form::kDotted: {
      if (digit_before || digit_after) return candidate;
      if (!IsValidDay(group_int(3), group_int(2), group_int(1))) return candidate;
      date = CalendarDay(group_int(3), group_int(2), group_int(1));
      break;
    }
    case Form::kDayMonth:
    case Form::kMonthDay: {
      const bool day_first = form == Form::kDayMonth;
      const int day = group_int(day_first ? 2 : 3);
      const int through = group_int(day_first ? 3 : 4);
      const int month = MonthNumber(match.group(day_first ? 4 : 2));
      // "March 2024" is a month, not the 20th; "21 March 20245" is not a year.
      if (digit_after) return candidate;
      std::optional<PartialDate> days = DaysOfMonth(group_int(5), month, day, through, reference);
      if (!days) return candidate;
      date = *days;
      if (date.year() == 0 && match.matched(1) && through == 0) {
        date.set_weekday(WeekdayNumber(match.group(1)));
      }
      break;
    }
    case Form::kMonthYear: {
      if (digit_after) return candidate;
      date = Month(group_int(2), MonthNumber(match.group(1)));
      break;
    }
    case Form::kPartOfMonth: {
      if (digit_after) return candidate;
      const int month = MonthNumber(match.group(2));
      const int year = match.matched(3) ? group_int(3) : NearestYear(month, 15, reference);
      const std::string part = absl::AsciiStrToLower(match.group(1));
      const bool early = part == "early" || part == "the beginning of" || part == "the start of";
      const bool middle = part == "mid" || part == "the middle of";
      const int first = early ? 1 : middle ? 11 : 21;
      const int last = early ? 10 : middle ? 20 : DaysInMonth(year, month);
      date = Range(CalendarDay(year, month, first), month, last);
      break;
    }
    case Form::kNamedMonth: {
      const int month = MonthNumber(match.group(2));
      const int offset = Offset(match.group(1));
      if (!complete_reference) return candidate;
      int year = reference.year();
      if (offset < 0 && month >= reference.month()) --year;
      if (offset > 0 && month <= reference.month()) ++year;
      date = Month(year, month);
      break;
    }
    case Form::kBareMonth: {
      // "In February": the last February up to the reference.
      const int month = MonthNumber(match.group(1));
      const int year = !complete_reference          ? 0
                       : month <= reference.month() ? reference.year()
                                                    : reference.year() - 1;
      date = Month(year, month);
      candidate.mention.begin = match.begin(1);
      break;
    }
    case Form::kBareYear: {
      if (digit_after) return candidate;
      date = Year(group_int(1));
      candidate.mention.begin = match.begin(1);
      break;
    }
    case Form::kWeekday: {
      const absl::string_view qualifier = match.matched(1) ? match.group(1) : "";
      const bool future = qualifier != "last" && (*future_marker_before)(match.begin(2));
      date = ResolveWeekday(WeekdayNumber(match.group(2)), qualifier, future, reference);
      // The mention is the weekday itself, without "on" or "last".
      candidate.mention.begin = match.begin(2);
      break;
    }
    case Form::kRelativeDay: {
      if (!complete_reference) return candidate;
      const std::string word = absl::AsciiStrToLower(match.group(1));
      const int offset = word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0;
      date = FromCivil(ToCivil(reference) + offset);
      break;
    }
    case Form::kRelativePeriod: {
      if (!complete_reference) return candidate;
      const int offset = Offset(match.group(1));
      const absl::string_view period = match.group(2);
      if (period == "week") {
        date = Week(reference, offset);
      } else if (period == "month") {
        const absl::CivilMonth month = absl::CivilMonth(ToCivil(reference)) + offset;
        date = Month(static_cast<int>(month.year()), month.month());
      } else {
        date = Year(reference.year() + offset);
      }
      break;
    }
    case Form::kOrdinalDay: {
      // "On the 21st anniversary", "the 21st century": not a day.
      static const RE2* counted_noun = new RE2(
          "^\\s+(?:century|centuries|anniversary|birthday|floor|minute|round|amendment|place|"
          "time|year|spot|seed|edition|congress|division|street|avenue|hole|lap|inning|week|"
          "day|month)\\b");
      if (RE2::PartialMatch(ToPiece(text.substr(end)), *counted_noun)) return candidate;
      if (!complete_reference) return candidate;
      const int day = group_int(1);
      absl::CivilMonth month(ToCivil(reference));
      if (day > reference.day() + kOrdinalDaysAhead) month -= 1;
      if (!IsValidDay(static_cast<int>(month.year()), month.month(), day)) return candidate;
      date = CalendarDay(static_cast<int>(month.year()), month.month(), day);
      candidate.mention.begin = match.begin(1);
      break;
    }
    case Form::kBetweenMonthDay:
    case Form::kBetweenDayMonth: {
      const bool month_first = form == Form::kBetweenMonthDay;
      const int month = MonthNumber(match.group(month_first ? 1 : 3));
      std::optional<PartialDate> days =
          DaysOfMonth(group_int(4), month, group_int(month_first ? 2 : 1),
                      group_int(month_first ? 3 : 2), reference);
      if (!days || digit_after) return candidate;
      date = *days;
      break;
    }
  }
  candidate.valid = true;
  return candidate;
}

// "between March 20 and March 22", "from 20 March to 22 March": two days
// joined into the range they bound; but not after kMoved.
void JoinRanges(absl::string_view text, std::vector<DateMention>* mentions) {
  static const RE2* joiner = new RE2("^\\s+(?:and|to|until|till|-|\xE2\x80\x93)\\s+$");
  static const RE2* opener = new RE2("(?i)\\b(?:between|from)\\s+$");
  static const RE2* move = new RE2(absl::StrCat("(?i)\\b", kMoved, "\\s+from\\s+$"));
  std::vector<DateMention> joined;
  for (size_t i = 0; i < mentions->size(); ++i) {
    const DateMention& first = (*mentions)[i];
    if (i + 1 < mentions->size()) {
      const DateMention& last = (*mentions)[i + 1];
      const bool bounded =
          first.date.precision() == PartialDate::DAY && last.date.precision() == PartialDate::DAY &&
          first.date.year() == last.date.year() && first.date.year() != 0 &&
          RE2::FullMatch(ToPiece(text.substr(first.end, last.begin - first.end)), *joiner) &&
          RE2::PartialMatch(ToPiece(text.substr(0, first.begin)), *opener) &&
          !RE2::PartialMatch(ToPiece(text.substr(0, first.begin)), *move);
      if (bounded) {
        const int days = DaysBetween(first.date, last.date);
        if (days > 0 && days <= kMaxRangeDays) {
          DateMention range = first;
          range.end = last.end;
          range.date = Range(first.date, last.date.month(), last.date.day());
          joined.push_back(range);
          ++i;
          continue;
        }
      }
    }
    joined.push_back(first);
  }
  *mentions = std::move(joined);
}

// Whether `text` has a digit, a slash and a digit in a row, as every numeric
// date does. Most articles have none, and finding slashes is far cheaper than
// a regex scan of the whole text, which no literal speeds up.
bool HasDigitSlashDigit(absl::string_view text) {
  for (size_t slash = text.find('/', 1);
       slash != absl::string_view::npos && slash + 1 < text.size();
       slash = text.find('/', slash + 1)) {
    if (absl::ascii_isdigit(text[slash - 1]) && absl::ascii_isdigit(text[slash + 1])) return true;
  }
  return false;
}

}  // namespace

NumericDateOrder DetectNumericOrder(absl::string_view text) {
  if (!HasDigitSlashDigit(text)) return NUMERIC_ORDER_UNKNOWN;
  static const RE2* numeric = new RE2("\\b(\\d{1,2})/(\\d{1,2})/(?:\\d{4}|\\d{2})\\b");
  bool month_first = false, day_first = false;
  ForEachMatch(*numeric, text, [&](const Match& match) {
    const int first = ToInt(match.group(1)), second = ToInt(match.group(2));
    if (first > 12 && second <= 12) day_first = true;
    if (second > 12 && first <= 12) month_first = true;
  });
  if (month_first == day_first) return NUMERIC_ORDER_UNKNOWN;
  return month_first ? MONTH_FIRST : DAY_FIRST;
}

bool MayNameMonthOrYear(absl::string_view text) {
  // Every month's name and abbreviation (MonthPattern) begins with one of these.
  static const AsciiWords* const kMonthStarts = new AsciiWords(
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"});
  return std::any_of(text.begin(), text.end(), absl::ascii_isdigit) || kMonthStarts->FindsAny(text);
}

namespace {

// Whether `a` and `b` differ, in any case, by one letter added, dropped or
// changed, or by two side by side swapped.
bool OneEditApart(absl::string_view a, absl::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t same_start = 0;
  while (same_start < a.size() &&
         absl::ascii_tolower(a[same_start]) == absl::ascii_tolower(b[same_start])) {
    ++same_start;
  }
  if (same_start == b.size()) return false;  // the same word
  // The rest after the edit must be the same.
  if (a.size() < b.size()) {
    return absl::EqualsIgnoreCase(a.substr(same_start), b.substr(same_start + 1));
  }
  if (absl::EqualsIgnoreCase(a.substr(same_start + 1), b.substr(same_start + 1))) {
    return true;  // changed
  }
  return same_start + 1 < a.size() &&
         absl::ascii_tolower(a[same_start]) == absl::ascii_tolower(b[same_start + 1]) &&
         absl::ascii_tolower(a[same_start + 1]) == absl::ascii_tolower(b[same_start]) &&
         absl::EqualsIgnoreCase(a.substr(same_start + 2), b.substr(same_start + 2));  // swapped
}

// The month `word` misspells by one edit, or 0.
int MisspelledMonth(absl::string_view word) {
  for (int month = 1; month <= 12; ++month) {
    const absl::string_view name = kMonthNames[month - 1];
    if (name.size() >= 5 && OneEditApart(word, name)) return month;
  }
  return 0;
}

bool IsWeekdayName(absl::string_view word) {
  for (const char* name : kWeekdayNames) {
    if (absl::EqualsIgnoreCase(word, name)) return true;
  }
  for (const char* name : kWeekdayAbbreviations) {
    if (absl::EqualsIgnoreCase(word, name)) return true;
  }
  return false;
}

}  // namespace

std::optional<PartialDate> ReadDateWithMisspelledMonth(absl::string_view line) {
  // An optional weekday, then month and day or day and month, then the year.
  // Their names are ASCII: letters past it would only make the pattern dear
  // to compile.
  static const RE2* const kDateAlone = new RE2(
      R"(^(?:([A-Za-z]+)\.?,?\s+)?(?:([A-Za-z]{4,})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{4,})),?\s+(\d{4})$)");
  // Asked of the first lines of every article without a dateline: most end
  // in no year, and are told so before the pattern runs.
  if (line.size() < 4 || !std::all_of(line.end() - 4, line.end(), absl::ascii_isdigit)) {
    return std::nullopt;
  }
  std::string weekday, month_first, day_second, day_first, month_second, year;
  if (!RE2::FullMatch(ToPiece(line), *kDateAlone, &weekday, &month_first, &day_second, &day_first,
                      &month_second, &year) ||
      (!weekday.empty() && !IsWeekdayName(weekday))) {
    return std::nullopt;
  }
  const bool month_leads = !month_first.empty();
  const int month = MisspelledMonth(month_leads ? month_first : month_second);
  if (month == 0) return std::nullopt;
  return ValidDay(ToInt(year), month, ToInt(month_leads ? day_second : day_first));
}

std::optional<PartialDate> ParseIsoDay(absl::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  return ValidDay(DigitsValue(text.substr(0, 4)), DigitsValue(text.substr(5, 2)),
                  DigitsValue(text.substr(8, 2)));
}

std::optional<PartialDate> ParseMachineDay(absl::string_view text) {
  static const RE2* const kYearFirst = new RE2(R"((\d{4})/(\d{1,2})/(\d{1,2}))");
  int year = 0, month = 0, day = 0;
  // One separator throughout: slashes, or dots read as slashes.
  const bool slashes = absl::StrContains(text, '/'), dots = absl::StrContains(text, '.');
  if (slashes != dots &&
      RE2::FullMatch(absl::StrReplaceAll(text, {{".", "/"}}), *kYearFirst, &year, &month, &day)) {
    return ValidDay(year, month, day);
  }
  if (text.empty() || !std::all_of(text.begin(), text.end(), absl::ascii_isdigit)) {
    return std::nullopt;
  }
  if (text.size() == 8) {
    return ValidDay(ToInt(text.substr(0, 4)), ToInt(text.substr(4, 2)), ToInt(text.substr(6, 2)));
  }
  int64_t seconds = 0;
  if (text.size() < 9 || text.size() > 13 || text.size() == 11 ||
      !absl::SimpleAtoi(text, &seconds)) {
    return std::nullopt;
  }
  if (text.size() >= 12) seconds /= 1000;
  return FromCivil(absl::ToCivilDay(absl::FromUnixSeconds(seconds), absl::UTCTimeZone()));
}

std::optional<PartialDate> ParseUrlDay(absl::string_view url) {
  // A year, a separator, a month in digits or by name, a separator, a day,
  // and what follows it.
  static const RE2* const kUrlDay =
      new RE2(R"((?i)(?:^|\D)((?:19|20)\d\d)([/_-]?)(\d\d?|[a-z]{3,9})([/_-]?)(\d\d?)(\D|$))");
  // The host names no day ("news2005.example"): the path and query may.
  const size_t scheme = url.find("://");
  const size_t path = url.find('/', scheme == absl::string_view::npos ? 0 : scheme + 3);
  if (path == absl::string_view::npos) return std::nullopt;
  re2::StringPiece rest = ToPiece(url.substr(path));
  std::optional<PartialDate> found;
  std::string year, separator, month, second_separator, day, after;
  while (RE2::FindAndConsume(&rest, *kUrlDay, &year, &separator, &month, &second_separator, &day,
                             &after)) {
    // One separator throughout; none only between two digits each
    // (20051127); a month's name only between slashes (/2005/nov/27/).
    // Between slashes, the day ends its part of the path: in
    // "/2020/12/3-ways-to-save" the "3" is the title's.
    const bool by_name = !absl::ascii_isdigit(month[0]);
    const int month_number = by_name ? MonthNumber(month) : ToInt(month);
    if (separator != second_separator ||
        (separator.empty() && (month.size() != 2 || day.size() != 2)) ||
        (separator == "/" && !after.empty() && after != "/" && after != "?" && after != "#") ||
        (by_name && (separator != "/" || month_number == 0 ||
                     !absl::StartsWithIgnoreCase(kMonthNames[month_number - 1], month)))) {
      continue;
    }
    const std::optional<PartialDate> url_day = ValidDay(ToInt(year), month_number, ToInt(day));
    if (!url_day.has_value()) continue;
    if (found.has_value() && DaysBetween(*found, *url_day) != 0) return std::nullopt;
    found = url_day;
  }
  return found;
}

PartialDate CalendarDay(int year, int month, int day) {
  PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  date.set_precision(PartialDate::DAY);
  if (year != 0) date.set_weekday(WeekdayOf(year, month, day));
  return date;
}

bool IsCompleteDate(const PartialDate& date) {
  return date.year() != 0 && date.month() != 0 && date.day() != 0;
}

bool IsRange(const PartialDate& date) { return date.through_day() != 0; }

PartialDate::Weekday WeekdayOf(int year, int month, int day) {
  switch (absl::GetWeekday(absl::CivilDay(year, month, day))) {
    case absl::Weekday::monday:
      return PartialDate::MONDAY;
    case absl::Weekday::tuesday:
      return PartialDate::TUESDAY;
    case absl::Weekday::wednesday:
      return PartialDate::WEDNESDAY;
    case absl::Weekday::thursday:
      return PartialDate::THURSDAY;
    case absl::Weekday::friday:
      return PartialDate::FRIDAY;
    case absl::Weekday::saturday:
      return PartialDate::SATURDAY;
    case absl::Weekday::sunday:
      return PartialDate::SUNDAY;
  }
  return PartialDate::WEEKDAY_UNKNOWN;
}

int DaysInMonth(int year, int month) {
  const absl::CivilMonth first(year == 0 ? 2000 : year, month);
  return static_cast<int>(absl::CivilDay(first + 1) - absl::CivilDay(first));
}

int DaysBetween(const PartialDate& a, const PartialDate& b) {
  return static_cast<int>(ToCivil(b) - ToCivil(a));
}

std::vector<DateMention> FindDates(absl::string_view text, const PartialDate& reference,
                                   NumericDateOrder order) {
  std::vector<Candidate> candidates;
  const DatePatterns& patterns = Patterns();
  const PatternText pattern_text(text);
  FutureMarkerBefore future_marker_before(text);
  for (const int id : patterns.set.Candidates(pattern_text)) {
    patterns.set.ForEachMatch(id, pattern_text, [&](const Match& match) {
      Candidate candidate =
          Interpret(patterns.forms[id], match, text, reference, order, &future_marker_before);
      if (candidate.valid) candidates.push_back(candidate);
    });
  }
  // Longest first, then leftmost; keep those that overlap nothing kept.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     const int length_a = a.mention.end - a.mention.begin;
                     const int length_b = b.mention.end - b.mention.begin;
                     if (length_a != length_b) return length_a > length_b;
                     return a.mention.begin < b.mention.begin;
                   });
  // Kept by where they begin, so that a candidate is checked against its
  // neighbours alone: a long line may hold thousands.
  std::map<int, DateMention> kept_by_begin;
  for (const Candidate& candidate : candidates) {
    const DateMention& mention = candidate.mention;
    const auto next = kept_by_begin.lower_bound(mention.begin);
    const bool overlaps_next = next != kept_by_begin.end() && next->first < mention.end;
    const bool overlaps_previous =
        next != kept_by_begin.begin() && std::prev(next)->second.end > mention.begin;
    if (!overlaps_next && !overlaps_previous) kept_by_begin.emplace(mention.begin, mention);
  }
  std::vector<DateMention> kept;
  kept.reserve(kept_by_begin.size());
  for (const auto& [begin, mention] : kept_by_begin) kept.push_back(mention);
  JoinRanges(text, &kept);
  return kept;
}

std::string FormatIsoDate(const PartialDate& date) {
  if (IsRange(date)) {
    PartialDate last = date;
    last.set_month(date.through_month());
    last.set_day(date.through_day());
    last.clear_through_month();
    last.clear_through_day();
    PartialDate first = date;
    first.clear_through_month();
    first.clear_through_day();
    return absl::StrCat(FormatIsoDate(first), "/", FormatIsoDate(last));
  }
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
  if (date.month() != 0) return absl::StrFormat("--%02d", date.month());
  if (date.weekday() != PartialDate::WEEKDAY_UNKNOWN) return kWeekdayNames[date.weekday() - 1];
  return "";
}

std::string DescribeDate(const PartialDate& date) {
  if (IsRange(date)) {
    const std::string iso = FormatIsoDate(date);
    const size_t slash = iso.find('/');
    const std::string range = absl::StrCat(iso.substr(0, slash), " to ", iso.substr(slash + 1));
    return date.year() != 0 ? range : absl::StrCat(range, " (no year given)");
  }
  const std::string weekday =
      date.weekday() != PartialDate::WEEKDAY_UNKNOWN ? kWeekdayNames[date.weekday() - 1] : "";
  if (date.month() != 0 && date.day() != 0 && date.year() == 0) {
    return absl::StrCat(weekday, weekday.empty() ? "" : " ", date.day(), " ",
                        kMonthNames[date.month() - 1], " (no year given)");
  }
  if (date.month() != 0 && date.year() == 0) {
    return absl::StrCat(kMonthNames[date.month() - 1], " (no year given)");
  }
  const std::string iso = FormatIsoDate(date);
  if (date.year() != 0)
    return weekday.empty() || date.day() == 0 ? iso : absl::StrCat(weekday, " ", iso);
  return weekday.empty() ? "an unknown date" : absl::StrCat("a ", weekday, " (no date given)");
}

}  // namespace factcheck
