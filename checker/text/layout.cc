#include "checker/text/layout.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "checker/text/html_remnants.h"
#include "rules/dates/dates.h"
#include "rules/regex.h"

namespace factcheck {
namespace {

// A heading is a short line of its own without closing punctuation.
constexpr int kMaxHeadingWords = 20;
// The dateline is read from the first lines of the body.
constexpr int kDatelineWithinLines = 10;

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
  // No longer than a sentence may be, however few its spaces.
  return line.size() <= SentenceSplitter::kMaxBytes && CountWords(line) <= kMaxHeadingWords;
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
// (Reuters) - ", "ATHENS, Greece (AP) — ". Group 1 is the place it is filed
// from, group 2 what may hold a date.
const RE2& WireDateline() {
  static const RE2* pattern = new RE2(
      "^(\\p{Lu}[\\p{Lu} .'-]+)(?:,\\s*\\p{Lu}[\\pL .'-]*?)?((?:,\\s*[^()\\n]{3,40}?)?)\\s*"
      "(?:\\([^)]{1,40}\\)\\s*)?(?:-{1,2}|\xE2\x80\x94|\xE2\x80\x93)\\s+");
  return *pattern;
}

// The same with the city in mixed case, as releases and some wires print it:
// "New York, March 3, 2026 (GLOBE NEWSWIRE) -- ", "Calder Ridge, Oregon, Aug.
// 14, 2026 (Northwest Wire) - ". A sentence may open so ("Lena Varga, the
// mayor (left) - ..."), so only one whose group 2 holds a date, before a
// source in brackets or slashes, is a dateline. Group 1 is the place.
const RE2& MixedCaseWireDateline() {
  static const RE2* pattern = new RE2(
      "^(\\p{Lu}[\\pL.'-]*(?: \\p{Lu}[\\pL.'-]*){0,3})(?:,\\s*\\p{Lu}[\\pL.'-]*(?: "
      "\\p{Lu}[\\pL.'-]*){0,3})?(,\\s*[^()/\\n]{3,40}?)\\s*(?:\\([^)]{1,40}\\)|/[^/\\n]{1,40}/)\\s*"
      "(?:-{1,2}|\xE2\x80\x94|\xE2\x80\x93)\\s+");
  return *pattern;
}

// A date set off by a dash, then the city in capitals when it comes second:
// "March 3, 2026 - " after "PARIS (AFP) - ", or "March 3, 2026 - LONDON - ";
// dashes of any length. Group 1 is what may be the date, group 2 the place.
constexpr int kMaxDashedDate = 40;  // bytes
const RE2& DashedDate() {
  static const RE2* pattern = new RE2(absl::StrCat(
      "^([^()/\\n]{3,", kMaxDashedDate, "}?)\\s*(?:-{1,2}|\xE2\x80\x94|\xE2\x80\x93)\\s+",
      "(?:(\\p{Lu}[\\p{Lu} .'-]*\\p{Lu})\\s*(?:-{1,2}|\xE2\x80\x94|\xE2\x80\x93)\\s+)?"));
  return *pattern;
}

// The wire dateline `line` opens with, if any: its length, the day it gives
// when it gives one, and the place it is filed from when it names one.
struct WireDatelineMatch {
  int length = 0;
  std::optional<PartialDate> date;
  TextSpan place;  // in `line`; empty when none
};

// Where `group` lies in `line`, without the spaces and marks a capitalised
// place's pattern takes in at its end ("SARAI " in "SARAI - ").
TextSpan PlaceSpan(absl::string_view line, const re2::StringPiece& group) {
  absl::string_view place(group.data(), group.size());
  while (!place.empty() &&
         absl::string_view(" .'-").find(place.back()) != absl::string_view::npos) {
    place.remove_suffix(1);
  }
  const int begin = place.empty() ? 0 : static_cast<int>(place.data() - line.data());
  return {begin, begin + static_cast<int>(place.size())};
}

// The dashed date `line` opens with (DashedDate), when what the dash sets
// off is a day and nothing else: neither "Tuesday - " nor "In March 2026 - "
// is a dateline.
std::optional<WireDatelineMatch> FindDashedDate(absl::string_view line, NumericDateOrder order) {
  // A day has a digit, which most paragraphs' first words have not: told
  // without running the pattern.
  const absl::string_view head = line.substr(0, kMaxDashedDate);
  if (std::none_of(head.begin(), head.end(), absl::ascii_isdigit)) return std::nullopt;
  std::vector<re2::StringPiece> groups;
  if (!FindMatch(DashedDate(), line, 0, /*anchored=*/true, &groups)) return std::nullopt;
  const std::vector<DateMention> dates =
      FindDates(absl::string_view(groups[1].data(), groups[1].size()), PartialDate(), order);
  if (dates.size() != 1 || dates[0].begin != 0 ||
      dates[0].end != static_cast<int>(groups[1].size()) || dates[0].date.month() == 0 ||
      dates[0].date.day() == 0) {
    return std::nullopt;
  }
  return WireDatelineMatch{static_cast<int>(groups[0].size()), dates[0].date,
                           PlaceSpan(line, groups[2])};
}

std::optional<WireDatelineMatch> FindWireDateline(absl::string_view line, NumericDateOrder order) {
  std::vector<re2::StringPiece> groups;
  const auto first_date = [&]() -> std::optional<PartialDate> {
    const std::vector<DateMention> dates =
        FindDates(absl::string_view(groups[2].data(), groups[2].size()), PartialDate(), order);
    if (dates.empty()) return std::nullopt;
    return dates[0].date;
  };
  if (FindMatch(WireDateline(), line, 0, /*anchored=*/true, &groups)) {
    WireDatelineMatch wire{static_cast<int>(groups[0].size()), first_date(),
                           PlaceSpan(line, groups[1])};
    if (!wire.date.has_value()) {
      if (const std::optional<WireDatelineMatch> dated =
              FindDashedDate(line.substr(wire.length), order)) {
        wire.length += dated->length;
        wire.date = dated->date;
      }
    }
    return wire;
  }
  if (FindMatch(MixedCaseWireDateline(), line, 0, /*anchored=*/true, &groups)) {
    if (std::optional<PartialDate> date = first_date()) {
      return WireDatelineMatch{static_cast<int>(groups[0].size()), date,
                               PlaceSpan(line, groups[1])};
    }
  }
  return FindDashedDate(line, order);
}

// Whether `document` has no dateline yet, or one without a year, which a
// later line or its URL may date better.
bool MayDateBetter(const Document& document) {
  return !document.has_dateline() || document.dateline().year() == 0;
}

// Whether `day`, read from a line of furniture or the URL, dates `document`
// better than its dateline so far: it has none, or one with no year of which
// `day` is the same day in a year ("LONDON, March 3 (Reuters) -", then
// "Published March 3, 2026"). Another day leaves the first be.
bool DatesBetter(const Document& document, const PartialDate& day) {
  if (!document.has_dateline()) return true;
  const PartialDate& dateline = document.dateline();
  return dateline.year() == 0 && day.year() != 0 && day.month() == dateline.month() &&
         day.day() == dateline.day();
}

int LineOfOffset(absl::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// Hard-wrapped text, as mail and older wire copy are (`fold -s -w 72`): each
// paragraph broken into lines no wider than some width, wherever the next
// word would not fit. A document laid out a paragraph a line has lines far
// wider than any wrap width.
constexpr int kMaxWrapWidth = 100;

// How wide UTF-8 `text` is to an editor, which counts characters, and to
// `fold`, which counts bytes: a line wrapped by either is joined.
struct Width {
  explicit Width(absl::string_view text)
      : characters(static_cast<int>(
            std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }))),
        bytes(static_cast<int>(text.size())) {}
  Width() = default;
  int characters = 0;
  int bytes = 0;
};

// Whether the sentence that `line` ends in goes on in `next`, as `sentences`
// reads the two lines run together: "on March" / "21, AFP reported." does,
// and so does "the U." / "S. Geological Survey said."; "is flooded." / "The
// mayor" does not, nor does "hospital''." / "``She captured".
bool GoesOn(const SentenceSplitter& sentences, absl::string_view line, absl::string_view next) {
  for (const TextSpan& sentence : sentences.Split(absl::StrCat(line, " ", next))) {
    if (sentence.end == static_cast<int>(line.size())) return false;
  }
  return true;
}

// Joins the lines of `text`'s hard-wrapped paragraphs after byte `begin`,
// when it has some: a line goes on in the next when its sentence does and the
// next one's first word would not have fit beside it. The next line's text
// moves up to one space after the line's, over the line break ("\r\n" too)
// and any indent, and spaces fill in behind it, so that the text keeps its
// length and every line after the paragraph its offsets. Returns the offsets
// of the joining spaces, ascending.
std::vector<size_t> JoinWrappedLines(const FurnitureClassifier& furniture,
                                     const SentenceSplitter& sentences, size_t begin,
                                     std::string* text) {
  std::vector<TextSpan> lines;  // trimmed; empty when blank
  // Widths count from the start of `begin`'s line, which a header such as
  // "date 2024-03-21 " may share with the text.
  const size_t newline_before = begin == 0 ? std::string::npos : text->rfind('\n', begin - 1);
  const size_t first_line = newline_before == std::string::npos ? 0 : newline_before + 1;
  const auto line_text = [&](const TextSpan& line) {
    return absl::string_view(*text).substr(line.begin, line.end - line.begin);
  };
  std::vector<size_t> joined;
  Width widest;
  for (size_t line_begin = first_line; line_begin < text->size();) {
    size_t line_end = text->find('\n', line_begin);
    if (line_end == std::string::npos) line_end = text->size();
    const TextSpan& line = lines.emplace_back(
        TrimSpan(*text, {static_cast<int>(line_begin), static_cast<int>(line_end)}));
    // Most documents stop here, at their first paragraph. A character of
    // UTF-8 is at most 4 bytes.
    if (line.end - line.begin > 4 * kMaxWrapWidth) return joined;
    const Width width(line_text(line));
    if (width.characters > kMaxWrapWidth) return joined;
    widest.characters = std::max(widest.characters, width.characters);
    widest.bytes = std::max(widest.bytes, width.bytes);
    line_begin = line_end + 1;
  }
  // The lines whose sentence goes on in the next: in wrapped text, most break
  // where the next word would not have fit. Elsewhere few do, but the widest
  // line always would: a headline right above the text is joined to it only
  // if the text goes on in lower case.
  int going_on = 0;
  std::vector<size_t> wrapped;
  std::vector<size_t> wrapped_before_lower_case;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const absl::string_view line = line_text(lines[i]);
    const absl::string_view next = line_text(lines[i + 1]);
    if (static_cast<size_t>(lines[i].end) < begin || line.empty() || next.empty() ||
        !GoesOn(sentences, line, next) || !furniture.Classify(line).empty() ||
        !furniture.Classify(next).empty()) {
      continue;
    }
    ++going_on;
    // `fold -s` breaks a line one short of the width when a space follows.
    const Width width(line);
    const Width next_word(next.substr(0, next.find(' ')));
    if (width.characters + 1 + next_word.characters >= widest.characters ||
        width.bytes + 1 + next_word.bytes >= widest.bytes) {
      wrapped.push_back(i);
      if (absl::ascii_islower(next[0]) || absl::ascii_isdigit(next[0])) {
        wrapped_before_lower_case.push_back(i);
      }
    }
  }
  const bool looks_wrapped =
      wrapped.size() >= 2 && 2 * wrapped.size() >= static_cast<size_t>(going_on);
  for (const size_t i : looks_wrapped ? wrapped : wrapped_before_lower_case) {
    TextSpan& moved = lines[i + 1];
    const int joining_space = lines[i].end;
    (*text)[joining_space] = ' ';
    // Leftwards, so copying forwards never overwrites what is still to copy.
    const auto moved_end = std::copy(text->begin() + moved.begin, text->begin() + moved.end,
                                     text->begin() + joining_space + 1);
    std::fill(moved_end, text->begin() + moved.end, ' ');
    moved = {joining_space + 1, static_cast<int>(moved_end - text->begin())};
    joined.push_back(joining_space);
  }
  return joined;
}

// How many of the `joined` line breaks lie in [begin, end).
int JoinedWithin(const std::vector<size_t>& joined, size_t begin, size_t end) {
  if (joined.empty()) return 0;  // as in most documents
  return static_cast<int>(std::lower_bound(joined.begin(), joined.end(), end) -
                          std::lower_bound(joined.begin(), joined.end(), begin));
}

// The first date of `line` that names its year, month and day.
std::optional<PartialDate> FirstWholeDay(absl::string_view line, NumericDateOrder order) {
  for (const DateMention& mention : FindDates(line, PartialDate(), order)) {
    if (IsCompleteDate(mention.date)) return mention.date;
  }
  return std::nullopt;
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
  size_t line_begin = std::min<size_t>(document->body_begin(), document->text().size());
  if (std::optional<std::string> rewritten =
          RewriteHtmlRemnants(absl::string_view(document->text()).substr(line_begin))) {
    document->mutable_text()->replace(line_begin, std::string::npos, *rewritten);
  }
  const std::vector<size_t> joined =
      JoinWrappedLines(furniture_, sentences_, line_begin, document->mutable_text());
  const absl::string_view text = document->text();
  int line_number = LineOfOffset(text, line_begin);
  // 03/04/2024 is read the way the document's other numeric dates are.
  const NumericDateOrder order = DetectNumericOrder(text);
  document->set_numeric_date_order(order);
  int content_lines = 0;        // non-blank lines seen so far
  bool paragraph_seen = false;  // the title is a heading before the first paragraph
  // Under a heading such as "Related stories", until the next paragraph:
  // the headlines listed there are other articles'.
  bool in_link_list = false;
  while (line_begin < text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == absl::string_view::npos) line_end = text.size();
    const TextSpan line =
        TrimSpan(text, {static_cast<int>(line_begin), static_cast<int>(line_end)});
    const absl::string_view line_text = text.substr(line.begin, line.end - line.begin);
    if (!line_text.empty()) {
      ++content_lines;
      std::string kind = furniture_.Classify(line_text);
      const bool may_date = MayDateBetter(*document) && content_lines <= kDatelineWithinLines;
      // A dateline is no less one for a misspelled month ("Novemer 27, 2005").
      const std::optional<PartialDate> misspelled =
          kind.empty() && may_date ? ReadDateWithMisspelledMonth(line_text) : std::nullopt;
      if (misspelled.has_value()) kind = "dateline";
      if (kind.empty() && in_link_list && IsHeading(line_text)) {
        kind = std::string(FurnitureClassifier::kLinkList);
      }
      in_link_list = kind == FurnitureClassifier::kLinkList || (in_link_list && !kind.empty());
      if (!kind.empty()) {
        Furniture* furniture = document->add_furniture();
        furniture->set_line(line_number);
        furniture->set_kind(kind);
        furniture->set_text(std::string(line_text));
        if (kind == "dateline" && may_date) {
          const std::optional<PartialDate> day =
              misspelled.has_value() ? misspelled : FirstWholeDay(line_text, order);
          if (day.has_value() && DatesBetter(*document, *day)) {
            *document->mutable_dateline() = *day;
            document->set_dateline_text(std::string(line_text));
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
        if (const std::optional<WireDatelineMatch> wire =
                paragraph_seen ? std::nullopt : FindWireDateline(line_text, order)) {
          text_begin = wire->length;
          if (wire->place.end > wire->place.begin) {
            document->set_dateline_place_begin(line.begin + wire->place.begin);
            document->set_dateline_place_end(line.begin + wire->place.end);
          }
          if (!document->has_dateline() && wire->date.has_value()) {
            *document->mutable_dateline() = *wire->date;
            document->set_dateline_text(std::string(line_text.substr(0, text_begin)));
          }
        }
        paragraph_seen = true;
        for (const TextSpan& span : sentences_.Split(line_text.substr(text_begin))) {
          Sentence* sentence = document->add_sentences();
          sentence->set_begin(line.begin + text_begin + span.begin);
          sentence->set_end(line.begin + text_begin + span.end);
          sentence->set_line(line_number + JoinedWithin(joined, line_begin, sentence->begin()));
        }
      }
    }
    line_number += 1 + JoinedWithin(joined, line_begin, line_end);
    line_begin = line_end + 1;
  }
  // An article with no dateline of its own, or one without a year, is
  // often dated by its address.
  if (MayDateBetter(*document)) {
    if (const std::optional<PartialDate> day = ParseUrlDay(document->url());
        day.has_value() && DatesBetter(*document, *day)) {
      *document->mutable_dateline() = *day;
      document->set_dateline_text(document->url());
      document->set_dateline_from_url(true);
    }
  }
}

}  // namespace factcheck
