#include "rules/regex.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <optional>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
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
  std::vector<re2::StringPiece> groups;
  size_t position = 0;
  while (position <= text.size() &&
         FindMatch(pattern, text, static_cast<int>(position), false, &groups)) {
    const size_t match_begin = groups[0].data() - text.data();
    const size_t match_end = match_begin + groups[0].size();
    visit(Match(text, groups));
    // An empty match must still move on, or the loop would never end.
    position = match_end > match_begin ? match_end : match_end + 1;
  }
}

namespace {

// The set's DFA follows every pattern at once. Past a few thousand
// instructions its states multiply faster than its cache keeps them: the 42
// quantity frames (64,554 instructions) took over 30 times as long as a set
// as one by one, while places' 5 patterns (2,242) and the dates' 16 (2,646)
// as sets make their modules about a tenth and a sixth faster.
constexpr int kMaxSetProgramSize = 4096;

// Latin-1 for ASCII text; see PatternSet::ascii_.
RE2::Options Latin1Options(bool case_sensitive) {
  RE2::Options options = PatternOptions(case_sensitive);
  options.set_encoding(RE2::Options::EncodingLatin1);
  return options;
}

}  // namespace

PatternSet::PatternSet()
    : ascii_set_(
          std::make_unique<RE2::Set>(Latin1Options(/*case_sensitive=*/true), RE2::UNANCHORED)) {}
PatternSet::~PatternSet() = default;

absl::Status PatternSet::Add(absl::string_view pattern, bool case_sensitive) {
  int id = 0;
  if (filter_.Add(ToPiece(pattern), PatternOptions(case_sensitive), &id) != RE2::NoError) {
    // The filter keeps only the error's code; compiling again gives its text.
    return CompilePattern(pattern, case_sensitive).status();
  }
  auto ascii = std::make_unique<RE2>(ToPiece(pattern), Latin1Options(case_sensitive));
  if (ascii_set_ != nullptr) {
    int program_size = ascii->ok() ? ascii->ProgramSize() : 0;
    // While the set stands, every pattern before has its Latin-1 form.
    for (const std::unique_ptr<RE2>& other : ascii_) program_size += other->ProgramSize();
    // The set has one case option for all; a pattern matched in any case says so itself.
    if (!ascii->ok() || program_size > kMaxSetProgramSize ||
        ascii_set_->Add(case_sensitive ? std::string(pattern) : absl::StrCat("(?i:", pattern, ")"),
                        nullptr) != id) {
      ascii_set_.reset();
    }
  }
  ascii_.push_back(ascii->ok() ? std::move(ascii) : nullptr);
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
  if (ascii_set_ != nullptr && !ascii_set_->Compile()) ascii_set_.reset();
  filter_.AllPotentials({}, &needing_no_word_);
  std::sort(needing_no_word_.begin(), needing_no_word_.end());
  return absl::OkStatus();
}

void PatternSet::ForEachMatch(int id, const MeasuredText& text,
                              absl::FunctionRef<void(const Match&)> visit) const {
  const bool ascii = ascii_[id] != nullptr && text.ascii();
  factcheck::ForEachMatch(ascii ? *ascii_[id] : pattern(id), text.text(), visit);
}

std::vector<int> PatternSet::Candidates(const MeasuredText& text) const {
  if (size() == 0) return {};
  if (ascii_set_ == nullptr || !text.ascii()) return WordCandidates(text);
  // When a pattern needs no word, the words rule no text out: the set answers alone.
  const bool by_words = needing_no_word_.empty();
  std::vector<int> candidates = by_words ? WordCandidates(text) : std::vector<int>();
  // One candidate is asked of the text no faster by the set than by running
  // it, which a match would then do again.
  if (by_words && candidates.size() <= 1) return candidates;
  std::optional<std::vector<int>> matching = Matching(text.text());
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
  std::vector<int> candidates;
  filter_.AllPotentials(words, &candidates);
  std::sort(candidates.begin(), candidates.end());
  return candidates;
}

std::optional<std::vector<int>> PatternSet::Matching(absl::string_view text) const {
  std::vector<int> matching;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!ascii_set_->Match(ToPiece(text), &matching, &error) && error.kind != RE2::Set::kNoError) {
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
