#include "checker/text/layout.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "rules/dates/dates.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

// A heading is a short line of its own without closing punctuation.
constexpr int kMaxHeadingWords = 20;
// The dateline is read from the first lines of the body.
constexpr int kDatelineWithinLines = 10;

int CountWords(absl::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool IsHeading(absl::string_view line) {
  // Closing quotes do not hide the punctuation before them.
  absl::string_view end = line;
  for (absl::string_view closer : {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99"}) {
    while (absl::ConsumeSuffix(&end, closer)) {
    }
  }
  if (end.empty()) return false;
  const char last = end.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
    return false;
  }
  return CountWords(line) <= kMaxHeadingWords;
}

// `line` without Markdown heading markers: "## Aid arrives" -> "Aid arrives".
absl::string_view StripMarkdownHeading(absl::string_view line) {
  absl::string_view rest = line;
  while (absl::ConsumePrefix(&rest, "#")) {
  }
  if (rest.size() == line.size() || rest.empty() || rest[0] != ' ') return line;
  return absl::StripLeadingAsciiWhitespace(rest);
}

// A wire-service dateline opening the first paragraph: "CAIRO, March 21
// (Reuters) - ", "ATHENS, Greece (AP) — ". Group 1 is what may hold a date.
const RE2& WireDateline() {
  static const RE2* pattern = new RE2(
      "^\\p{Lu}[\\p{Lu} .'-]+(?:,\\s*\\p{Lu}[\\pL .'-]*?)?((?:,\\s*[^()\\n]{3,40}?)?)\\s*"
      "(?:\\([^)]{1,40}\\)\\s*)?(?:-{1,2}|\xE2\x80\x94|\xE2\x80\x93)\\s+");
  return *pattern;
}

int LineOfOffset(absl::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

}  // namespace

LayoutAnalyzer::LayoutAnalyzer(FurnitureClassifier furniture, SentenceSplitter sentences)
    : furniture_(std::move(furniture)), sentences_(std::move(sentences)) {}

absl::StatusOr<LayoutAnalyzer> LayoutAnalyzer::Create(const LayoutRules& rules) {
  absl::StatusOr<FurnitureClassifier> furniture = FurnitureClassifier::Create(rules);
  if (!furniture.ok()) return furniture.status();
  const std::vector<std::string> abbreviations(rules.abbreviation().begin(),
                                               rules.abbreviation().end());
  return LayoutAnalyzer(*std::move(furniture), SentenceSplitter(abbreviations));
}

void LayoutAnalyzer::Analyze(Document* document) const {
  const absl::string_view text = document->text();
  size_t line_begin = std::min<size_t>(document->body_begin(), text.size());
  int line_number = LineOfOffset(text, line_begin);
  // 03/04/2024 is read the way the document's other numeric dates are.
  const NumericOrder order = DetectNumericOrder(text);
  int content_lines = 0;        // non-blank lines seen so far
  bool paragraph_seen = false;  // the title is a heading before the first paragraph
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == absl::string_view::npos) line_end = text.size();
    const TextSpan line =
        TrimSpan(text, {static_cast<int>(line_begin), static_cast<int>(line_end)});
    const absl::string_view line_text = text.substr(line.begin, line.end - line.begin);
    if (!line_text.empty()) {
      ++content_lines;
      const std::string kind = furniture_.Classify(line_text);
      if (!kind.empty()) {
        Furniture* furniture = document->add_furniture();
        furniture->set_line(line_number);
        furniture->set_kind(kind);
        furniture->set_text(std::string(line_text));
        if (kind == "dateline" && !document->has_dateline() &&
            content_lines <= kDatelineWithinLines) {
          for (const DateMention& mention : FindDates(line_text, PartialDate(), order)) {
            if (IsCompleteDate(mention.date)) {
              *document->mutable_dateline() = mention.date;
              document->set_dateline_text(std::string(line_text));
              break;
            }
          }
        }
      } else if (IsHeading(line_text)) {
        // A Markdown heading's "## " is markup, not text.
        const int markup =
            static_cast<int>(line_text.size() - StripMarkdownHeading(line_text).size());
        Sentence* sentence = document->add_sentences();
        sentence->set_begin(line.begin + markup);
        sentence->set_end(line.end);
        sentence->set_line(line_number);
        sentence->set_heading(true);
        if (document->title().empty() && !paragraph_seen) {
          document->set_title(std::string(line_text.substr(markup)));
        }
      } else {
        int text_begin = 0;  // where the article text starts on this line
        std::vector<re2::StringPiece> wire;
        if (!paragraph_seen && FindMatch(WireDateline(), line_text, 0, /*anchored=*/true, &wire)) {
          text_begin = static_cast<int>(wire[0].size());
          const absl::string_view date(wire[1].data(), wire[1].size());
          const std::vector<DateMention> dates = FindDates(date, PartialDate(), order);
          if (!document->has_dateline() && !dates.empty()) {
            *document->mutable_dateline() = dates[0].date;
            document->set_dateline_text(std::string(line_text.substr(0, text_begin)));
          }
        }
        paragraph_seen = true;
        for (const TextSpan& span : sentences_.Split(line_text.substr(text_begin))) {
          Sentence* sentence = document->add_sentences();
          sentence->set_begin(line.begin + text_begin + span.begin);
          sentence->set_end(line.begin + text_begin + span.end);
          sentence->set_line(line_number);
        }
      }
    }
    line_begin = line_end + 1;
    ++line_number;
  }
}

}  // namespace factcheck
