// File: rules/regex.h
//
// The few RE2 helpers every rule module needs: compiling a pattern from data
// with an error that names it, visiting each match with its byte offsets, and
// a set of patterns that skips, for each text, those that cannot match.
//
//   absl::StatusOr<std::unique_ptr<RE2>> pattern = CompilePattern("(\\d+) people");
//   ForEachMatch(**pattern, "12 people and 3 people", [](const Match& match) {
//     // match.group(1) is "12", then "3"; match.begin(0) is 0, then 14.
//   });

#ifndef FACTCHECK_RULES_REGEX_H_
#define FACTCHECK_RULES_REGEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "checker/corpus/utf8.h"
#include "re2/filtered_re2.h"
#include "re2/re2.h"
#include "re2/set.h"
#include "rules/ascii_words.h"

namespace factcheck {

// One match of a pattern in a text. Group 0 is the whole match; a group that
// took no part in the match is empty and has no offsets (`matched` is false).
// A view: valid while `text` and `groups` are.
class Match {
 public:
  Match(absl::string_view text, absl::Span<const re2::StringPiece> groups);

  absl::string_view group(int index) const;
  bool matched(int index) const;
  int begin(int index) const;  // byte offset into the searched text
  int end(int index) const;

 private:
  absl::string_view text_;
  absl::Span<const re2::StringPiece> groups_;
};

// The memory one compiled pattern may use, for its program and the DFA
// built while matching. A pattern needing more is an error when compiled,
// built-in and user-supplied alike, rather than a slow match later.
inline constexpr int64_t kPatternMemoryBudget = 8 << 20;

// The options every pattern is compiled with: the memory budget, errors
// returned rather than logged.
RE2::Options PatternOptions(bool case_sensitive);

// Compiles `pattern` (UTF-8, RE2 syntax) or says which pattern is invalid and why.
absl::StatusOr<std::unique_ptr<RE2>> CompilePattern(absl::string_view pattern,
                                                    bool case_sensitive = true);

// Calls `visit` for each successive non-overlapping match of `pattern` in `text`.
// `visit` is taken by reference, not copied: rule modules call this for
// each sentence with lambdas too large for std::function to hold without
// allocating.
void ForEachMatch(const RE2& pattern, absl::string_view text,
                  absl::FunctionRef<void(const Match&)> visit);
// As above, but after each match the text after it (`rest`) is asked of
// `may_match` first, and not searched when it says no match can be there:
// a caller that knows what every match holds (a capital, a figure) tells
// so faster than the pattern's search.
void ForEachMatch(const RE2& pattern, absl::string_view text,
                  absl::FunctionRef<void(const Match&)> visit,
                  absl::FunctionRef<bool(absl::string_view rest)> may_match);

// The first match of `pattern` in `text` at or after byte `from`, anchored
// there when `anchored`; false when there is none.
bool FindMatch(const RE2& pattern, absl::string_view text, int from, bool anchored,
               std::vector<re2::StringPiece>* groups);

// A text as a PatternSet reads it, prepared once for all the calls about
// it: measured (MeasuredText) and, when it holds characters past ASCII,
// written one byte per character, in Latin-1 with a byte of its own for each
// of the marks past Latin-1 that news prints most (curly quotes, dashes, the
// euro sign), so that patterns compiled for Latin-1 can read it as those
// compiled for UTF-8 read the text. A text with any other character past
// Latin-1 ("Łódź") has no such form.
//   const PatternText sentence("Gaza\xE2\x80\x99s");  // 7 bytes in Latin-1
class PatternText {
 public:
  template <typename Text,
            typename = std::enable_if_t<std::is_convertible<const Text&, absl::string_view>::value>>
  PatternText(const Text& text)  // NOLINT(runtime/explicit): measures
      : PatternText(MeasuredText(text)) {}
  // `text`, already measured.
  explicit PatternText(const MeasuredText& text);

  absl::string_view text() const { return measured_.text(); }
  const MeasuredText& measured() const { return measured_; }

 private:
  friend class PatternSet;

  // The text one byte per character: an ASCII text itself, else its
  // Latin-1 form; none when it has a character with no byte.
  std::optional<absl::string_view> latin1() const;
  // Where byte `at` of latin1() starts in text(); at its size, text()'s size.
  int Utf8Offset(int at) const;

  // Writes latin1_ and wide_characters_, or finds the text has no Latin-1 form.
  void WriteLatin1() const;

  MeasuredText measured_;
  // Written when first asked for, as most texts past ASCII never are: the
  // words of most sentences rule out every pattern of a set.
  mutable bool latin1_written_ = false;
  mutable bool has_latin1_ = false;
  mutable std::string latin1_;  // when not ASCII
  // Each character past ASCII in latin1_, by its index there, and the bytes
  // it has in UTF-8 beyond one.
  mutable std::vector<std::pair<int, int>> wide_characters_;
};

// Patterns tried one after another on the same texts, as a rule module's
// frames are. Before any is run, a prefilter looks for the literal words each
// pattern needs ("killed", "home to"), so a text is scanned about once
// rather than once per pattern, and only the patterns that may match run.
// Each runs compiled for Latin-1 on any text that has a Latin-1 form
// (PatternText), where it matches alike with a fraction of the program:
// `\\pL` is one set of bytes rather than hundreds of UTF-8 sequences. A few
// small patterns also run together, as one set, to tell which match at all
// before any is run for its groups.
//
//   PatternSet frames;
//   frames.Add("(\\d+) people were killed");  // id 0
//   frames.Add("home to (\\d+)");             // id 1
//   frames.Compile();
//   frames.Candidates("Police said 12 people were killed")  // {0}
//   frames.ForEachMatch(0, "Police said 12 people were killed", visit);
class PatternSet {
 public:
  PatternSet();
  ~PatternSet();

  // Adds `pattern`, compiled as by CompilePattern, with the next id (0, 1,
  // ...), or says why it does not compile. REQUIRES: Compile not yet called.
  absl::Status Add(absl::string_view pattern, bool case_sensitive = true);

  // Builds the prefilter. REQUIRES: called once, after the last Add.
  absl::Status Compile();

  int size() const { return filter_.NumRegexps(); }
  // Pattern `id` as compiled for any UTF-8 text, with its groups.
  const RE2& pattern(int id) const { return filter_.GetRE2(id); }
  // Calls `visit` for each match of pattern `id` in `text`, as ForEachMatch,
  // with `may_match` when given.
  void ForEachMatch(int id, const PatternText& text,
                    absl::FunctionRef<void(const Match&)> visit) const;
  void ForEachMatch(int id, const PatternText& text, absl::FunctionRef<void(const Match&)> visit,
                    absl::FunctionRef<bool(absl::string_view rest)> may_match) const;

  // The ids, ascending, of the patterns that may match `text`: all that do,
  // and possibly some that do not. A pattern that needs no word of three
  // letters or more ("(\\d+)%") may match any text. When the patterns are
  // small enough to run as one set: on ASCII text, and on other text with a
  // Latin-1 form that every pattern reads, exactly those that match, unless
  // the words leave one: that one, which the set would only delay.
  std::vector<int> Candidates(const PatternText& text) const;

 private:
  // The candidates by the prefilter's words alone.
  std::vector<int> WordCandidates(const MeasuredText& text) const;
  // The ids, ascending, of the patterns that match `latin1`, a text's
  // Latin-1 form, by one pass of latin1_set_; none when its DFA runs out of
  // memory.
  std::optional<std::vector<int>> Matching(absl::string_view latin1) const;
  // Pattern `id` compiled for Latin-1, when it reads `text`'s Latin-1 form.
  const RE2* Latin1Pattern(int id, const PatternText& text) const;
  std::vector<int> AllIds() const;

  const uint64_t id_;  // no other set's
  re2::FilteredRE2 filter_;
  // The prefilter's literal words, matched in any case: by one pass of a
  // table where it answers as RE2 would (ascii_words.h), as it does for
  // nearly all text; in the rest by RE2.
  std::unique_ptr<AsciiWords> ascii_words_;
  std::unique_ptr<RE2::Set> words_;
  std::vector<int> needing_no_word_;  // the candidates of a text with none of the words
  // Each pattern compiled for Latin-1 (Latin1Form in regex.cc): for ASCII
  // text, every class and case fold has the same ASCII members in both
  // encodings, and on ASCII a byte is a character in both; for the Latin-1
  // form of other text, the marks given bytes fall in the classes a
  // pattern that reads it may use as their bytes do. Null when the pattern
  // has no Latin-1 form (`\\x{2019}`); `reads_marks_` says whether it reads
  // text past ASCII, or only ASCII text (`\\pP`, where a mark and its byte
  // differ).
  std::vector<std::unique_ptr<RE2>> latin1_;
  std::vector<bool> reads_marks_;
  // All the patterns as one set, compiled for Latin-1: on text with a
  // Latin-1 form, one pass says which match at all, where most that have
  // their words do not ("in" is in most sentences, a place after it in
  // few), and running one for its groups costs several passes. Null when a
  // pattern has no Latin-1 form, or the patterns are too large to run as
  // one (kMaxSetProgramSize). Reads text past ASCII when every pattern does.
  std::unique_ptr<RE2::Set> latin1_set_;
  bool set_reads_marks_ = true;
};

inline re2::StringPiece ToPiece(absl::string_view text) {
  return re2::StringPiece(text.data(), text.size());
}

}  // namespace factcheck

#endif  // FACTCHECK_RULES_REGEX_H_
