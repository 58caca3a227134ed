#include "checker/compare/values.h"

#include <limits>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "rules/dates/dates.h"

namespace factcheck {
namespace {

// A bound of an interval: its value (infinite when absent) and whether the
// interval contains it.
struct Bound {
  double value;
  bool inclusive;
};

Bound Low(const Quantity& quantity) {
  return quantity.has_low() ? Bound{quantity.low(), quantity.low_inclusive()}
                            : Bound{-std::numeric_limits<double>::infinity(), false};
}

Bound High(const Quantity& quantity) {
  return quantity.has_high() ? Bound{quantity.high(), quantity.high_inclusive()}
                             : Bound{std::numeric_limits<double>::infinity(), false};
}

// The higher of two lower bounds; at a tie, the exclusive one.
Bound Higher(Bound a, Bound b) {
  if (a.value != b.value) return a.value > b.value ? a : b;
  return {a.value, a.inclusive && b.inclusive};
}

// The lower of two upper bounds; at a tie, the exclusive one.
Bound Lower(Bound a, Bound b) {
  if (a.value != b.value) return a.value < b.value ? a : b;
  return {a.value, a.inclusive && b.inclusive};
}

// The days of its year a date allows, as (month, day) bounds: a day, a
// range, a month, or the whole year when no month is known.
struct DayBounds {
  int first_month, first_day, last_month, last_day;
};

DayBounds BoundsOf(const PartialDate& date) {
  if (date.month() == 0) return {1, 1, 12, 31};
  if (date.day() == 0)
    return {date.month(), 1, date.month(), DaysInMonth(date.year(), date.month())};
  if (IsRange(date)) return {date.month(), date.day(), date.through_month(), date.through_day()};
  return {date.month(), date.day(), date.month(), date.day()};
}

bool Before(int month_a, int day_a, int month_b, int day_b) {
  return std::make_pair(month_a, day_a) < std::make_pair(month_b, day_b);
}

// The days both allow; first after last when none.
DayBounds Intersect(const DayBounds& a, const DayBounds& b) {
  DayBounds both = a;
  if (Before(both.first_month, both.first_day, b.first_month, b.first_day)) {
    both.first_month = b.first_month;
    both.first_day = b.first_day;
  }
  if (Before(b.last_month, b.last_day, both.last_month, both.last_day)) {
    both.last_month = b.last_month;
    both.last_day = b.last_day;
  }
  return both;
}

bool IsEmpty(const DayBounds& bounds) {
  return Before(bounds.last_month, bounds.last_day, bounds.first_month, bounds.first_day);
}

// The days within `bounds` of `year` that fall on `weekday`.
std::vector<absl::CivilDay> DaysOnWeekday(int year, const DayBounds& bounds,
                                          PartialDate::Weekday weekday) {
  std::vector<absl::CivilDay> days;
  const absl::CivilDay last(year, bounds.last_month, bounds.last_day);
  for (absl::CivilDay day(year, bounds.first_month, bounds.first_day); day <= last; ++day) {
    if (WeekdayOf(year, day.month(), day.day()) == weekday) days.push_back(day);
  }
  return days;
}

}  // namespace

bool Agree(const Quantity& a, const Quantity& b) {
  const Bound low = Higher(Low(a), Low(b));
  const Bound high = Lower(High(a), High(b));
  return low.value < high.value || (low.value == high.value && low.inclusive && high.inclusive);
}

Quantity Narrow(const Quantity& a, const Quantity& b) {
  // Keep the stated figure of the narrower side.
  Quantity narrowed = Width(a) <= Width(b) ? a : b;
  const Bound low = Higher(Low(a), Low(b));
  const Bound high = Lower(High(a), High(b));
  narrowed.clear_low();
  narrowed.clear_high();
  if (low.value != -std::numeric_limits<double>::infinity()) narrowed.set_low(low.value);
  if (high.value != std::numeric_limits<double>::infinity()) narrowed.set_high(high.value);
  narrowed.set_low_inclusive(low.inclusive);
  narrowed.set_high_inclusive(high.inclusive);
  return narrowed;
}

double Width(const Quantity& quantity) {
  if (!quantity.has_low() || !quantity.has_high()) return std::numeric_limits<double>::infinity();
  return quantity.high() - quantity.low();
}

bool Agree(const PartialDate& a, const PartialDate& b) {
  if (a.year() != 0 && b.year() != 0 && a.year() != b.year()) return false;
  const DayBounds both = Intersect(BoundsOf(a), BoundsOf(b));
  if (IsEmpty(both)) return false;
  const PartialDate::Weekday weekday_a = a.weekday(), weekday_b = b.weekday();
  if (weekday_a != PartialDate::WEEKDAY_UNKNOWN && weekday_b != PartialDate::WEEKDAY_UNKNOWN &&
      weekday_a != weekday_b) {
    return false;
  }
  // With a year, a weekday must fall on one of the days both allow.
  const int year = a.year() != 0 ? a.year() : b.year();
  const PartialDate::Weekday weekday =
      weekday_a != PartialDate::WEEKDAY_UNKNOWN ? weekday_a : weekday_b;
  if (year != 0 && weekday != PartialDate::WEEKDAY_UNKNOWN && (a.month() != 0 || b.month() != 0)) {
    return !DaysOnWeekday(year, both, weekday).empty();
  }
  return true;
}

PartialDate Narrow(const PartialDate& a, const PartialDate& b) {
  const int year = a.year() != 0 ? a.year() : b.year();
  PartialDate::Weekday weekday =
      a.weekday() != PartialDate::WEEKDAY_UNKNOWN ? a.weekday() : b.weekday();
  PartialDate narrowed;
  narrowed.set_year(year);
  if (a.month() == 0 && b.month() == 0) {
    narrowed.set_weekday(weekday);
    narrowed.set_precision(weekday != PartialDate::WEEKDAY_UNKNOWN ? PartialDate::WEEKDAY
                                                                   : PartialDate::YEAR);
    return narrowed;
  }
  DayBounds both = Intersect(BoundsOf(a), BoundsOf(b));
  // A weekday inside a week or month may pin down the day.
  if (year != 0 && weekday != PartialDate::WEEKDAY_UNKNOWN) {
    const std::vector<absl::CivilDay> days = DaysOnWeekday(year, both, weekday);
    if (days.size() == 1) both = {days[0].month(), days[0].day(), days[0].month(), days[0].day()};
  }
  narrowed.set_month(both.first_month);
  if (a.day() == 0 && b.day() == 0 && both.first_day == 1 &&
      both.last_day == DaysInMonth(year, both.first_month) && both.first_month == both.last_month) {
    narrowed.set_weekday(weekday);
    narrowed.set_precision(PartialDate::MONTH);
    return narrowed;
  }
  narrowed.set_day(both.first_day);
  if (both.first_month == both.last_month && both.first_day == both.last_day) {
    narrowed.set_precision(PartialDate::DAY);
    narrowed.set_weekday(year != 0 ? WeekdayOf(year, both.first_month, both.first_day) : weekday);
  } else {
    narrowed.set_precision(PartialDate::DAY_RANGE);
    narrowed.set_through_month(both.last_month);
    narrowed.set_through_day(both.last_day);
    narrowed.set_weekday(weekday);
  }
  return narrowed;
}

int KnownParts(const PartialDate& date) {
  int precision = 0;
  switch (date.precision()) {
    case PartialDate::DAY:
      precision = 6;
      break;
    case PartialDate::DAY_RANGE:
      precision = 4;
      break;
    case PartialDate::MONTH:
      precision = 2;
      break;
    case PartialDate::WEEKDAY:
      precision = 1;
      break;
    default:
      break;
  }
  return (date.year() != 0 ? 8 : 0) + precision;
}

}  // namespace factcheck
