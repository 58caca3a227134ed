#include "rules/regex.h"

#include <algorithm>
#include <numeric>
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
  return pattern.Match(ToPiece(text), from, text.size(),
                       anchored ? RE2::ANCHOR_START : RE2::UNANCHORED, groups->data(),
                       static_cast<int>(groups->size()));
}

void ForEachMatch(const RE2& pattern, absl::string_view text,
                  const std::function<void(const Match&)>& visit) {
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

PatternSet::PatternSet() = default;
PatternSet::~PatternSet() = default;

absl::Status PatternSet::Add(absl::string_view pattern, bool case_sensitive) {
  int id = 0;
  if (filter_.Add(ToPiece(pattern), PatternOptions(case_sensitive), &id) != RE2::NoError) {
    // The filter keeps only the error's code; compiling again gives its text.
    return CompilePattern(pattern, case_sensitive).status();
  }
  RE2::Options latin1 = PatternOptions(case_sensitive);
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  auto ascii = std::make_unique<RE2>(ToPiece(pattern), latin1);
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
  filter_.AllPotentials({}, &needing_no_word_);
  std::sort(needing_no_word_.begin(), needing_no_word_.end());
  return absl::OkStatus();
}

void PatternSet::ForEachMatch(int id, absl::string_view text,
                              const std::function<void(const Match&)>& visit) const {
  const bool ascii = ascii_[id] != nullptr && AsciiLength(text) == text.size();
  factcheck::ForEachMatch(ascii ? *ascii_[id] : pattern(id), text, visit);
}

std::vector<int> PatternSet::Candidates(absl::string_view text) const {
  if (size() == 0) return {};
  std::vector<int> words;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  std::vector<int> candidates;
  if (ascii_words_->Answers(text)) {
    words = ascii_words_->Find(text);
  } else if (!words_->Match(ToPiece(text), &words, &error) && error.kind != RE2::Set::kNoError) {
    // The prefilter gave up (its DFA ran out of memory): every pattern may match.
    candidates.resize(size());
    std::iota(candidates.begin(), candidates.end(), 0);
    return candidates;
  }
  // Most texts have none of the words of some sets (an event's triggers):
  // then the answer is known without walking the prefilter.
  if (words.empty()) return needing_no_word_;
  filter_.AllPotentials(words, &candidates);
  std::sort(candidates.begin(), candidates.end());
  return candidates;
}

}  // namespace factcheck
