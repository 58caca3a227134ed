#include "checker/compare/values.h"

#include <limits>

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

PartialDate::Weekday KnownWeekday(const PartialDate& date) {
  if (IsCompleteDate(date)) return WeekdayOf(date.year(), date.month(), date.day());
  return date.weekday();
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
  auto same = [](int x, int y) { return x == 0 || y == 0 || x == y; };
  if (!same(a.year(), b.year()) || !same(a.month(), b.month()) || !same(a.day(), b.day())) {
    return false;
  }
  if (!same(KnownWeekday(a), KnownWeekday(b))) return false;
  // Together they may pin down a full date whose weekday either contradicts.
  const PartialDate together = Narrow(a, b);
  if (IsCompleteDate(together)) {
    const PartialDate::Weekday weekday = WeekdayOf(together.year(), together.month(), together.day());
    return same(a.weekday(), weekday) && same(b.weekday(), weekday);
  }
  return true;
}

PartialDate Narrow(const PartialDate& a, const PartialDate& b) {
  PartialDate narrowed;
  narrowed.set_year(a.year() != 0 ? a.year() : b.year());
  narrowed.set_month(a.month() != 0 ? a.month() : b.month());
  narrowed.set_day(a.day() != 0 ? a.day() : b.day());
  narrowed.set_weekday(KnownWeekday(a) != PartialDate::WEEKDAY_UNKNOWN ? KnownWeekday(a)
                                                                      : KnownWeekday(b));
  if (IsCompleteDate(narrowed)) {
    narrowed.set_weekday(WeekdayOf(narrowed.year(), narrowed.month(), narrowed.day()));
  }
  return narrowed;
}

int KnownParts(const PartialDate& date) {
  return (date.year() != 0 ? 8 : 0) + (date.month() != 0 ? 4 : 0) + (date.day() != 0 ? 2 : 0) +
         (date.weekday() != PartialDate::WEEKDAY_UNKNOWN ? 1 : 0);
}

}  // namespace factcheck
