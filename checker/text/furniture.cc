#include "checker/text/furniture.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "checker/text/sentences.h"
#include "rules/dates/dates.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

// Times of day: "02:21:30", "05:28 AM", "9:06 a.m.".
const RE2& TimeOfDay() {
  static const RE2* pattern = new RE2("\\d{1,2}:\\d{2}(?::\\d{2})?");
  return *pattern;
}

const RE2& Word() {
  static const RE2* pattern = new RE2("(\\pL[\\pL.]*)");
  return *pattern;
}

// A dateline is short; a sentence that mentions a date is not a dateline.
constexpr int kMaxDatelineWords = 12;
// Words beside the date that are not dateline words ("Mecca" in "(Mecca time)").
constexpr int kMaxOtherWordsBesideDate = 2;
constexpr int kMaxOtherWordsBesideTime = 1;

// A part of a breadcrumb ("World" in "Home | World | Europe") is a few words.
constexpr int kMaxNavigationWords = 3;

// The parts of `line`, trimmed, that "|", "·", "•", ">" or "›" set apart:
// "By Lena Holt | 3 June 2026". The line alone when it has no such mark,
// as most do.
std::vector<absl::string_view> Parts(absl::string_view line) {
  static constexpr absl::string_view kWideMarks[] = {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\xBA"};
  std::vector<absl::string_view> parts;
  size_t begin = 0;
  for (size_t at = 0; at < line.size();) {
    size_t mark = 0;
    if (line[at] == '|' || line[at] == '>') {
      mark = 1;
    } else if (static_cast<unsigned char>(line[at]) >= 0xC2) {
      for (absl::string_view wide : kWideMarks) {
        if (absl::StartsWith(line.substr(at), wide)) mark = wide.size();
      }
    }
    if (mark == 0) {
      ++at;
      continue;
    }
    parts.push_back(absl::StripAsciiWhitespace(line.substr(begin, at - begin)));
    at += mark;
    begin = at;
  }
  parts.push_back(absl::StripAsciiWhitespace(line.substr(begin)));
  parts.erase(std::remove(parts.begin(), parts.end(), absl::string_view()), parts.end());
  return parts;
}

bool EndsLikeSentence(absl::string_view line) {
  if (line.empty()) return false;
  const char last = line.back();
  if (last != '.' && last != '!' && last != '?') return false;
  return !absl::EndsWithIgnoreCase(line, "a.m.") && !absl::EndsWithIgnoreCase(line, "p.m.");
}

}  // namespace

absl::StatusOr<FurnitureClassifier> FurnitureClassifier::Create(const LayoutRules& rules) {
  FurnitureClassifier classifier;
  auto any_pattern =
      std::make_shared<RE2::Set>(PatternOptions(/*case_sensitive=*/false), RE2::ANCHOR_BOTH);
  // The first that matches decides: a link list's heading alone ("Read
  // more") before a line that links ("Read more: ...").
  std::vector<std::pair<std::string, std::string>> kinds_and_patterns;
  for (const std::string& heading : rules.link_list_heading()) {
    kinds_and_patterns.emplace_back(kLinkList, absl::StrCat("(?:", heading, ")\\s*:?"));
  }
  for (const LayoutRules::FurniturePattern& furniture : rules.furniture()) {
    kinds_and_patterns.emplace_back(furniture.kind(), furniture.pattern());
  }
  for (const auto& [kind, pattern] : kinds_and_patterns) {
    absl::StatusOr<std::unique_ptr<RE2>> re = CompilePattern(pattern, /*case_sensitive=*/false);
    if (!re.ok()) return re.status();
    classifier.patterns_.push_back({kind, std::shared_ptr<const RE2>(std::move(*re))});
    std::string error;
    if (any_pattern->Add(pattern, &error) < 0) {
      return absl::InvalidArgumentError(absl::StrCat("invalid pattern /", pattern, "/: ", error));
    }
  }
  if (!any_pattern->Compile()) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "the furniture patterns together need more than ", kPatternMemoryBudget, " bytes"));
  }
  classifier.any_pattern_ = std::move(any_pattern);
  for (const std::string& word : rules.dateline_word()) {
    classifier.dateline_words_.insert(absl::AsciiStrToLower(word));
  }
  return classifier;
}

bool FurnitureClassifier::IsDatelineOrTime(absl::string_view line, bool* has_date) const {
  *has_date = false;
  // A dateline names a month or a year, and a time has digits: most
  // headings hold neither, and are told so before FindDates is run.
  if (EndsLikeSentence(line) || !MayNameMonthOrYear(line)) return false;
  // Blank out the dates and times, then see what words are left.
  std::string rest(line);
  const std::vector<DateMention> dates = FindDates(line, PartialDate());
  for (const DateMention& date : dates) {
    if (date.date.year() == 0 && date.date.month() == 0) continue;  // a weekday alone
    *has_date = true;
    rest.replace(date.begin, date.end - date.begin, date.end - date.begin, ' ');
  }
  const bool has_time = RE2::GlobalReplace(&rest, TimeOfDay(), " ") > 0;
  if (!*has_date && !has_time) return false;
  int words = 0, other_words = 0;
  re2::StringPiece input(rest);
  re2::StringPiece word;
  // "Posted on June 2, 2026 by Lena Holt": the names of a byline are no
  // other words.
  bool in_byline = false;
  while (RE2::FindAndConsume(&input, Word(), &word)) {
    ++words;
    std::string lower = absl::AsciiStrToLower(absl::string_view(word.data(), word.size()));
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    in_byline = lower == "by" || (in_byline && absl::ascii_isupper(word[0]));
    if (!in_byline && !dateline_words_.contains(lower)) ++other_words;
  }
  return words <= kMaxDatelineWords &&
         other_words <= (*has_date ? kMaxOtherWordsBesideDate : kMaxOtherWordsBesideTime);
}

std::string FurnitureClassifier::Classify(absl::string_view line) const {
  line = absl::StripAsciiWhitespace(line);
  std::string kind = ClassifyWhole(line);
  // A paragraph ends like a sentence; a line of parts does not.
  if (!kind.empty() || EndsLikeSentence(line)) return kind;
  const std::vector<absl::string_view> parts = Parts(line);
  if (parts.size() < 2) return kind;
  // "By Lena Holt | Published 10:42 GMT, 3 June 2026 | Updated 14:05 GMT".
  bool dated = false;
  for (const absl::string_view part : parts) {
    const std::string part_kind = ClassifyWhole(part);
    if (part_kind.empty()) {
      kind.clear();
      break;
    }
    if (kind.empty()) kind = part_kind;
    dated = dated || part_kind == "dateline";
  }
  if (dated) return "dateline";
  if (!kind.empty()) return kind;
  // "Home | World | Europe": three short parts or more, none with a digit
  // or a sentence's punctuation.
  const bool navigation =
      parts.size() >= 3 && std::all_of(parts.begin(), parts.end(), [](absl::string_view part) {
        return CountWords(part) <= kMaxNavigationWords &&
               part.find_first_of("0123456789.,;:!?") == absl::string_view::npos;
      });
  return navigation ? "navigation" : "";
}

std::string FurnitureClassifier::ClassifyWhole(absl::string_view line) const {
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  // Most lines are no furniture. Asked only whether any pattern matches, the
  // set allocates nothing; which do is asked only then.
  if (any_pattern_->Match(ToPiece(line), nullptr, &error) &&
      any_pattern_->Match(ToPiece(line), &matched, &error)) {
    return patterns_[*std::min_element(matched.begin(), matched.end())].kind;
  }
  if (error.kind != RE2::Set::kNoError) {
    // The set's DFA ran out of memory on this line: each pattern on its own.
    for (const Pattern& pattern : patterns_) {
      if (RE2::FullMatch(ToPiece(line), *pattern.re)) return pattern.kind;
    }
  }
  bool has_date = false;
  if (IsDatelineOrTime(line, &has_date)) return has_date ? "dateline" : "timestamp";
  return "";
}

}  // namespace factcheck
