// File: checker/compare/values.h
//
// When two values of one fact agree. Quantities agree when their intervals
// overlap: "1.5 million" [1.45M, 1.55M) and "over 1.5 million" (1.5M, ∞) do,
// "about 1.4 million" [1.35M, 1.45M) does not. Dates agree when every part
// both of them know is the same: a weekday-only "Tuesday" agrees with any
// Tuesday and conflicts with Thursday 2024-03-21; "March 21" (no year) agrees
// with 2024-03-21.
//
//   if (Agree(a.quantity(), b.quantity())) merged = Narrow(a.quantity(), b.quantity());

#ifndef FACTCHECK_CHECKER_COMPARE_VALUES_H_
#define FACTCHECK_CHECKER_COMPARE_VALUES_H_

#include "proto/values.pb.h"

namespace factcheck {

// Whether the intervals share a value.
bool Agree(const Quantity& a, const Quantity& b);
// The values both allow. REQUIRES: Agree(a, b).
Quantity Narrow(const Quantity& a, const Quantity& b);
// How many values it allows: high - low, infinite when unbounded.
double Width(const Quantity& quantity);

// Whether the dates could be the same day: every part both know is the
// same, their days or ranges overlap, and a weekday falls on a day both allow.
bool Agree(const PartialDate& a, const PartialDate& b);
// What both say together. REQUIRES: Agree(a, b).
PartialDate Narrow(const PartialDate& a, const PartialDate& b);
// How much of a date is known, for ordering: a full date before a day
// without a year, a range, a month, a weekday.
int KnownParts(const PartialDate& date);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_COMPARE_VALUES_H_
