// The date parser on any text: mentions in order, inside the text, without
// overlap, each a date the calendar has; read with no reference, none names
// a month or a year where MayNameMonthOrYear says none can. The text read
// as a URL, or as a dateline with a misspelled month, names a whole day or
// none.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

#include "absl/strings/string_view.h"
#include "rules/dates/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  const factcheck::PartialDate reference = factcheck::CalendarDay(2024, 3, 21);
  const std::vector<factcheck::DateMention> mentions =
      factcheck::FindDates(text, reference, factcheck::DetectNumericOrder(text));
  int previous_end = 0;
  for (const factcheck::DateMention& mention : mentions) {
    if (mention.begin < previous_end || mention.end <= mention.begin ||
        mention.end > static_cast<int>(text.size())) {
      std::abort();
    }
    previous_end = mention.end;
    // Every description and ISO form is computable for what was found.
    (void)factcheck::DescribeDate(mention.date);
    if (factcheck::IsCompleteDate(mention.date)) (void)factcheck::FormatIsoDate(mention.date);
  }
  if (!factcheck::MayNameMonthOrYear(text)) {
    for (const factcheck::DateMention& mention :
         factcheck::FindDates(text, factcheck::PartialDate())) {
      if (mention.date.year() != 0 || mention.date.month() != 0) std::abort();
    }
  }
  for (const std::optional<factcheck::PartialDate>& day :
       {factcheck::ParseUrlDay(text), factcheck::ReadDateWithMisspelledMonth(text)}) {
    if (day.has_value() && !factcheck::IsCompleteDate(*day)) std::abort();
  }
  return 0;
}
