// The date parser on any text: mentions in order, inside the text, without
// overlap, each a date the calendar has.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
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
  return 0;
}
