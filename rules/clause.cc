#include "rules/clause.h"

namespace factcheck {

absl::string_view ClauseAround(absl::string_view text, int begin, int end) {
  const size_t before = begin > 0 ? text.substr(0, begin).find_last_of(",;:(") : text.npos;
  const size_t clause_begin = before == text.npos ? 0 : before + 1;
  const size_t after = text.find_first_of(",;:)", end);
  return text.substr(clause_begin, (after == text.npos ? text.size() : after) - clause_begin);
}

}  // namespace factcheck
