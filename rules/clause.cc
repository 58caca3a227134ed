#include "rules/clause.h"

#include "absl/strings/ascii.h"

namespace factcheck {

absl::string_view ClauseAround(absl::string_view text, int begin, int end) {
  const size_t before = begin > 0 ? text.substr(0, begin).find_last_of(",;:(") : text.npos;
  const size_t clause_begin = before == text.npos ? 0 : before + 1;
  const size_t after = text.find_first_of(",;:)", end);
  return text.substr(clause_begin, (after == text.npos ? text.size() : after) - clause_begin);
}

absl::string_view WordBefore(absl::string_view text, size_t offset) {
  size_t end = offset;
  while (end > 0 && absl::ascii_isspace(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && absl::ascii_isalpha(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

}  // namespace factcheck
