#include "rules/regex.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>
#include <numeric>
#include <optional>
#include <string>
#include <utility>

#include "absl/hash/hash.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "checker/corpus/utf8.h"

namespace factcheck {

Match::Match(absl::string_view text, absl::Span<const re2::StringPiece> groups)
    : text_(text), groups_(groups) {}

absl::string_view Match::group(int index) const {
  const re2::StringPiece& piece = groups_[index];
  return absl::string_view(piece.data(), piece.size());
}

bool Match::matched(int index) const { return groups_[index].data() != nullptr; }

int Match::begin(int index) const { return static_cast<int>(groups_[index].data() - text_.data()); }

int Match::end(int index) const { return begin(index) + static_cast<int>(groups_[index].size()); }

RE2::Options PatternOptions(bool case_sensitive) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(kPatternMemoryBudget);
  return options;
}

absl::StatusOr<std::unique_ptr<RE2>> CompilePattern(absl::string_view pattern,
                                                    bool case_sensitive) {
  auto compiled = std::make_unique<RE2>(ToPiece(pattern), PatternOptions(case_sensitive));
  if (!compiled->ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid pattern /", pattern, "/: ", compiled->error()));
  }
  return compiled;
}

namespace {

// What ForEachMatch asks of a rest when its caller knows nothing of it.
bool MayMatchAnyRest(absl::string_view) { return true; }

}  // namespace

bool FindMatch(const RE2& pattern, absl::string_view text, int from, bool anchored,
               std::vector<re2::StringPiece>* groups) {
  groups->assign(1 + pattern.NumberOfCapturingGroups(), re2::StringPiece());
  const RE2::Anchor anchor = anchored ? RE2::ANCHOR_START : RE2::UNANCHORED;
  // Asked for groups of an anchored match, RE2 skips its DFA and backtracks
  // over a bitmap as large as the rest of the text, which most texts fail at
  // their first bytes: the DFA is asked first whether there is a match.
  if (anchored && !pattern.Match(ToPiece(text), from, text.size(), anchor, nullptr, 0)) {
    return false;
  }
  return pattern.Match(ToPiece(text), from, text.size(), anchor, groups->data(),
                       static_cast<int>(groups->size()));
}

void ForEachMatch(const RE2& pattern, absl::string_view text,
                  absl::FunctionRef<void(const Match&)> visit) {
  ForEachMatch(pattern, text, visit, MayMatchAnyRest);
}

void ForEachMatch(const RE2& pattern, absl::string_view text,
                  absl::FunctionRef<void(const Match&)> visit,
                  absl::FunctionRef<bool(absl::string_view rest)> may_match) {
  std::vector<re2::StringPiece> groups;
  size_t position = 0;
  while (position <= text.size() &&
         FindMatch(pattern, text, static_cast<int>(position), false, &groups)) {
    const size_t match_begin = groups[0].data() - text.data();
    const size_t match_end = match_begin + groups[0].size();
    visit(Match(text, groups));
    // An empty match must still move on, or the loop would never end.
    position = match_end > match_begin ? match_end : match_end + 1;
    if (position <= text.size() && !may_match(text.substr(position))) break;
  }
}

namespace {

// The set's DFA follows every pattern at once. Past a few thousand
// instructions its states multiply faster than its cache keeps them: the 42
// quantity frames (64,554 instructions) took over 30 times as long as a set
// as one by one, while places' 5 patterns (2,242) and the dates' 16 (2,646)
// as sets make their modules about a tenth and a sixth faster.
constexpr int kMaxSetProgramSize = 4096;

// Every PatternSet's id, which no other has had: KnownCandidates tells
// sets apart by it.
std::atomic<uint64_t> next_set_id{1};

// The candidates by words of one set of words, in PatternSet::WordCandidates.
struct KnownCandidates {
  uint64_t set_id = 0;
  std::vector<int> words;  // ascending
  std::vector<int> candidates;
};
constexpr size_t kKnownCandidates = 1024;

// Latin-1 for text one byte per character; see PatternSet::latin1_.
RE2::Options Latin1Options(bool case_sensitive) {
  RE2::Options options = PatternOptions(case_sensitive);
  options.set_encoding(RE2::Options::EncodingLatin1);
  return options;
}

// The marks past Latin-1 that news prints most, each given a byte of
// Latin-1's C1 controls (U+0080 to U+009F, which no news holds): the mark at
// index i byte 0x80 + i. A mark is no letter, digit, mark or space, and no
// word character; nor is a control, so in every class a pattern that reads
// marks may use (Latin1Form) the two fall alike.
constexpr char32_t kMarks[] = {
    0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E,  // ‘ ’ ‚ ‛ “ ” „
    0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212,  // hyphens, dashes, minus
    0x2026, 0x2022, 0x2032, 0x2033, 0x2039, 0x203A,          // … • ′ ″ ‹ ›
    0x20AC, 0x2122, 0x2009, 0x202F, 0x200B,  // € ™ thin, narrow, zero-width spaces
};
static_assert(sizeof(kMarks) / sizeof(kMarks[0]) <= 0x20, "one C1 control each");

// The byte a character is written as, one byte per character, or -1.
int Latin1Byte(char32_t code_point) {
  if (code_point < 0x80 || (code_point >= 0xA0 && code_point <= 0xFF)) {
    return static_cast<int>(code_point);
  }
  const auto* mark = std::find(std::begin(kMarks), std::end(kMarks), code_point);
  return mark == std::end(kMarks) ? -1 : 0x80 + static_cast<int>(mark - std::begin(kMarks));
}

// A pattern as it reads text one byte per character (PatternText).
struct Latin1Form {
  std::string pattern;  // each character past ASCII written as the escape of its byte
  // Whether it reads text past ASCII as the pattern does in UTF-8, or only
  // ASCII text. It does not where a mark and its byte could fall apart: in a
  // class of punctuation, symbols, separators or others (`\\pP` holds the
  // mark, not the control), an escape of a character (`\\x{85}` is a mark's
  // byte), a character past ASCII beside a "-" (a range across the
  // controls), a byte (`\\C`) or quoted text (`\\Q`).
  bool reads_marks = true;
};

// `pattern`'s Latin-1 form, or none when a character in it has no byte
// ("Ł", which in any case also matches "ł").
std::optional<Latin1Form> ToLatin1Form(absl::string_view pattern) {
  Latin1Form form;
  for (size_t at = 0; at < pattern.size();) {
    const auto c = static_cast<unsigned char>(pattern[at]);
    if (c == '\\' && at + 1 < pattern.size()) {
      const auto escaped = static_cast<unsigned char>(pattern[at + 1]);
      if (escaped >= 0x80) return std::nullopt;
      size_t end = at + 2;
      if (escaped == 'p' || escaped == 'P') {
        absl::string_view name = pattern.substr(end, 1);
        if (name == "{") {
          const size_t close = pattern.find('}', end);
          if (close == absl::string_view::npos) return std::nullopt;
          name = pattern.substr(end + 1, close - end - 1);
          end = close + 1;
        } else {
          end += name.size();
        }
        absl::ConsumePrefix(&name, "^");
        // General categories have names of one or two letters; scripts longer.
        if (!name.empty() && name.size() <= 2 &&
            absl::string_view("PSZC").find(name[0]) != absl::string_view::npos) {
          form.reads_marks = false;
        }
      } else if (escaped == 'x' || escaped == 'C' || escaped == 'Q' ||
                 absl::ascii_isdigit(escaped)) {
        form.reads_marks = false;
      }
      absl::StrAppend(&form.pattern, pattern.substr(at, end - at));
      at = end;
    } else if (c < 0x80) {
      form.pattern.push_back(static_cast<char>(c));
      ++at;
    } else {
      const auto [code_point, length] = DecodeUtf8(pattern.substr(at));
      const int byte = Latin1Byte(code_point);
      if (byte < 0) return std::nullopt;
      if ((at > 0 && pattern[at - 1] == '-') ||
          (at + length < pattern.size() && pattern[at + length] == '-')) {
        form.reads_marks = false;
      }
      absl::StrAppendFormat(&form.pattern, "\\x{%x}", byte);
      at += length;
    }
  }
  return form;
}

}  // namespace

PatternText::PatternText(const MeasuredText& text) : measured_(text) {}

void PatternText::WriteLatin1() const {
  latin1_written_ = true;
  if (FindInvalidUtf8(text()) >= 0) return;
  absl::string_view rest = text();
  latin1_.reserve(rest.size());
  while (!rest.empty()) {
    // Most of it is ASCII, copied as it is.
    const size_t ascii = AsciiLength(rest);
    latin1_.append(rest.data(), ascii);
    rest.remove_prefix(ascii);
    if (rest.empty()) break;
    const auto [code_point, length] = DecodeUtf8(rest);
    const int byte = Latin1Byte(code_point);
    if (byte < 0) return;
    wide_characters_.push_back({static_cast<int>(latin1_.size()), static_cast<int>(length) - 1});
    latin1_.push_back(static_cast<char>(byte));
    rest.remove_prefix(length);
  }
  has_latin1_ = true;
}

int PatternText::Utf8Offset(int at) const {
  int offset = at;
  for (const auto& [index, more_bytes] : wide_characters_) {
    if (index >= at) break;
    offset += more_bytes;
  }
  return offset;
}

std::optional<absl::string_view> PatternText::latin1() const {
  if (measured_.ascii()) return text();
  if (!latin1_written_) WriteLatin1();
  if (has_latin1_) return absl::string_view(latin1_);
  return std::nullopt;
}

PatternSet::PatternSet()
    : id_(next_set_id++),
      latin1_set_(
          std::make_unique<RE2::Set>(Latin1Options(/*case_sensitive=*/true), RE2::UNANCHORED)) {}
PatternSet::~PatternSet() = default;

absl::Status PatternSet::Add(absl::string_view pattern, bool case_sensitive) {
  int id = 0;
  if (filter_.Add(ToPiece(pattern), PatternOptions(case_sensitive), &id) != RE2::NoError) {
    // The filter keeps only the error's code; compiling again gives its text.
    return CompilePattern(pattern, case_sensitive).status();
  }
  const std::optional<Latin1Form> form = ToLatin1Form(pattern);
  std::unique_ptr<RE2> latin1;
  if (form.has_value()) {
    latin1 = std::make_unique<RE2>(form->pattern, Latin1Options(case_sensitive));
    if (!latin1->ok()) latin1.reset();  // "\\x{2019}" has no Latin-1 form
  }
  const bool reads_marks = latin1 != nullptr && form->reads_marks;
  if (latin1_set_ != nullptr) {
    int program_size = latin1 != nullptr ? latin1->ProgramSize() : 0;
    // While the set stands, every pattern before has its Latin-1 form.
    for (const std::unique_ptr<RE2>& other : latin1_) program_size += other->ProgramSize();
    // The set has one case option for all; a pattern matched in any case says so itself.
    if (latin1 == nullptr || program_size > kMaxSetProgramSize ||
        latin1_set_->Add(case_sensitive ? form->pattern : absl::StrCat("(?i:", form->pattern, ")"),
                         nullptr) != id) {
      latin1_set_.reset();
    }
  }
  set_reads_marks_ = set_reads_marks_ && reads_marks;
  latin1_.push_back(std::move(latin1));
  reads_marks_.push_back(reads_marks);
  return absl::OkStatus();
}

absl::Status PatternSet::Compile() {
  if (size() == 0) return absl::OkStatus();  // nothing to filter; FilteredRE2 would complain
  std::vector<std::string> words;
  filter_.Compile(&words);
  words_ = std::make_unique<RE2::Set>(PatternOptions(/*case_sensitive=*/false), RE2::UNANCHORED);
  for (const std::string& word : words) {
    std::string error;
    if (words_->Add(RE2::QuoteMeta(word), &error) < 0) {
      return absl::InternalError(absl::StrCat("prefilter word \"", word, "\": ", error));
    }
  }
  if (!words_->Compile()) return absl::ResourceExhaustedError("prefilter words exceed memory");
  ascii_words_ = std::make_unique<AsciiWords>(words);
  if (latin1_set_ != nullptr && !latin1_set_->Compile()) latin1_set_.reset();
  filter_.AllPotentials({}, &needing_no_word_);
  std::sort(needing_no_word_.begin(), needing_no_word_.end());
  return absl::OkStatus();
}

const RE2* PatternSet::Latin1Pattern(int id, const PatternText& text) const {
  if (text.measured().ascii()) return latin1_[id].get();
  return reads_marks_[id] && text.latin1().has_value() ? latin1_[id].get() : nullptr;
}

void PatternSet::ForEachMatch(int id, const PatternText& text,
                              absl::FunctionRef<void(const Match&)> visit) const {
  ForEachMatch(id, text, visit, MayMatchAnyRest);
}

void PatternSet::ForEachMatch(int id, const PatternText& text,
                              absl::FunctionRef<void(const Match&)> visit,
                              absl::FunctionRef<bool(absl::string_view rest)> may_match) const {
  const RE2* latin1 = Latin1Pattern(id, text);
  if (latin1 == nullptr) {
    return factcheck::ForEachMatch(pattern(id), text.text(), visit, may_match);
  }
  if (text.measured().ascii()) {
    return factcheck::ForEachMatch(*latin1, text.text(), visit, may_match);
  }
  // Matched in the Latin-1 form, told in the text.
  const absl::string_view latin1_text = *text.latin1();
  std::vector<re2::StringPiece> groups(1 + latin1->NumberOfCapturingGroups());
  auto visit_in_text = [&](const Match& match) {
    for (size_t group = 0; group < groups.size(); ++group) {
      groups[group] = re2::StringPiece();
      if (!match.matched(group)) continue;
      const int begin = text.Utf8Offset(match.begin(group));
      groups[group] =
          re2::StringPiece(text.text().data() + begin, text.Utf8Offset(match.end(group)) - begin);
    }
    visit(Match(text.text(), groups));
  };
  auto may_match_in_text = [&](absl::string_view latin1_rest) {
    const int at = static_cast<int>(latin1_rest.data() - latin1_text.data());
    return may_match(text.text().substr(text.Utf8Offset(at)));
  };
  factcheck::ForEachMatch(*latin1, latin1_text, visit_in_text, may_match_in_text);
}

std::vector<int> PatternSet::Candidates(const PatternText& text) const {
  if (size() == 0) return {};
  if (latin1_set_ == nullptr || (!text.measured().ascii() && !set_reads_marks_)) {
    return WordCandidates(text.measured());
  }
  // When a pattern needs no word, the words rule no text out: the set answers alone.
  const bool by_words = needing_no_word_.empty();
  std::vector<int> candidates = by_words ? WordCandidates(text.measured()) : std::vector<int>();
  // One candidate is asked of the text no faster by the set than by running
  // it, which a match would then do again.
  if (by_words && candidates.size() <= 1) return candidates;
  const std::optional<absl::string_view> latin1 = text.latin1();
  if (!latin1.has_value()) return by_words ? candidates : WordCandidates(text.measured());
  std::optional<std::vector<int>> matching = Matching(*latin1);
  if (!matching) return by_words ? candidates : AllIds();  // the set gave up
  if (!by_words) return *std::move(matching);
  std::vector<int> matching_candidates;
  std::set_intersection(candidates.begin(), candidates.end(), matching->begin(), matching->end(),
                        std::back_inserter(matching_candidates));
  return matching_candidates;
}

std::vector<int> PatternSet::WordCandidates(const MeasuredText& text) const {
  std::vector<int> words;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (ascii_words_->Answers(text)) {
    words = ascii_words_->Find(text.text());
  } else if (!words_->Match(ToPiece(text.text()), &words, &error) &&
             error.kind != RE2::Set::kNoError) {
    return AllIds();  // the prefilter gave up (its DFA ran out of memory)
  }
  // Most texts have none of the words of some sets (an event's triggers):
  // then the answer is known without walking the prefilter.
  if (words.empty()) return needing_no_word_;
  std::sort(words.begin(), words.end());
  // Walking the prefilter allocates, and costs more than the scan that found
  // the words, while sentences share few sets of words ("the", "was",
  // "killed"): the answers for the last sets asked are kept, on each thread.
  thread_local std::array<KnownCandidates, kKnownCandidates> known;
  KnownCandidates& slot = known[absl::HashOf(id_, words) % kKnownCandidates];
  if (slot.set_id != id_ || slot.words != words) {
    slot.set_id = id_;
    slot.words = words;
    slot.candidates.clear();
    filter_.AllPotentials(words, &slot.candidates);
    std::sort(slot.candidates.begin(), slot.candidates.end());
  }
  return slot.candidates;
}

std::optional<std::vector<int>> PatternSet::Matching(absl::string_view latin1) const {
  std::vector<int> matching;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!latin1_set_->Match(ToPiece(latin1), &matching, &error) && error.kind != RE2::Set::kNoError) {
    return std::nullopt;  // its DFA ran out of memory
  }
  std::sort(matching.begin(), matching.end());
  return matching;
}

std::vector<int> PatternSet::AllIds() const {
  std::vector<int> ids(size());
  std::iota(ids.begin(), ids.end(), 0);
  return ids;
}

}  // namespace factcheck
