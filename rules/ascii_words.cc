#include "rules/ascii_words.h"

#include <algorithm>
#include <deque>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "checker/corpus/utf8.h"

namespace factcheck {
namespace {

// Whether `text` holds one of the two characters past ASCII that RE2 folds to
// ASCII letters: the long s and the Kelvin sign.
bool HoldsCharacterFoldingToAscii(const MeasuredText& text) {
  return !text.ascii() && (absl::StrContains(text.text(), "\xC5\xBF") ||
                           absl::StrContains(text.text(), "\xE2\x84\xAA"));
}

}  // namespace

AsciiWords::AsciiWords(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    const MeasuredText measured(word);
    all_ascii_ = all_ascii_ && measured.ascii();
    folding_to_ascii_word_ = folding_to_ascii_word_ || HoldsCharacterFoldingToAscii(measured);
    for (const char c : word) {
      const unsigned char folded = absl::ascii_tolower(static_cast<unsigned char>(c));
      // At most 230 classes: the bytes but capitals.
      if (class_of_[folded] == 0) class_of_[folded] = static_cast<uint8_t>(classes_++);
    }
  }
  for (int c = 'A'; c <= 'Z'; ++c) class_of_[c] = class_of_[absl::ascii_tolower(c)];

  // The trie of the words; -1 where no word goes on.
  std::vector<std::vector<int32_t>> words_at(1);
  depth_.assign(1, 0);
  std::vector<int32_t> next(classes_, -1);  // state * classes_ + class -> state
  for (size_t id = 0; id < words.size(); ++id) {
    if (words[id].empty()) {
      found_everywhere_.push_back(static_cast<int>(id));
      continue;
    }
    int32_t state = 0;
    for (const char c : words[id]) {
      const size_t transition = state * classes_ + class_of_[static_cast<unsigned char>(c)];
      if (next[transition] < 0) {
        next[transition] = static_cast<int32_t>(words_at.size());
        words_at.emplace_back();
        depth_.push_back(depth_[state] + 1);
        next.resize(next.size() + classes_, -1);
      }
      state = next[transition];
    }
    words_at[state].push_back(static_cast<int32_t>(id));
  }

  // Breadth first, each state's fallback (its longest proper suffix that is a
  // state) is known before its own: a missing transition takes the fallback's,
  // and a state ends the words its fallback ends.
  std::vector<int32_t> fallback(words_at.size(), 0);
  std::deque<int32_t> queue;
  for (int c = 0; c < classes_; ++c) {
    int32_t& child = next[c];
    if (child < 0) {
      child = 0;
    } else {
      queue.push_back(child);
    }
  }
  while (!queue.empty()) {
    const int32_t state = queue.front();
    queue.pop_front();
    const std::vector<int32_t>& inherited = words_at[fallback[state]];
    words_at[state].insert(words_at[state].end(), inherited.begin(), inherited.end());
    for (int c = 0; c < classes_; ++c) {
      int32_t& child = next[state * classes_ + c];
      const int32_t fallback_next = next[fallback[state] * classes_ + c];
      if (child < 0) {
        child = fallback_next;
      } else {
        fallback[child] = fallback_next;
        queue.push_back(child);
      }
    }
  }
  ending_begin_.reserve(words_at.size() + 1);
  for (const std::vector<int32_t>& ending : words_at) {
    ending_begin_.push_back(static_cast<int32_t>(words_ending_.size()));
    words_ending_.insert(words_ending_.end(), ending.begin(), ending.end());
  }
  ending_begin_.push_back(static_cast<int32_t>(words_ending_.size()));

  // The table Find reads: rows a power of two wide, so that a state is its
  // row's offset and back by a shift, and an entry into a state that ends
  // words is negative, so that the loop tests one sign.
  while ((1 << row_shift_) < classes_) ++row_shift_;
  table_.assign(words_at.size() << row_shift_, 0);
  for (size_t state = 0; state < words_at.size(); ++state) {
    for (int c = 0; c < classes_; ++c) {
      const int32_t target = next[state * classes_ + c];
      const int32_t row = target << row_shift_;
      table_[(state << row_shift_) + c] = words_at[target].empty() ? row : ~row;
    }
  }
}

template <typename VisitEnding>
void AsciiWords::Scan(absl::string_view text, VisitEnding visit) const {
  // Held in locals: the compiler cannot tell that `visit` leaves them alone.
  const int32_t* const table = table_.data();
  const uint8_t* const class_of = class_of_.data();
  const unsigned char* const bytes = reinterpret_cast<const unsigned char*>(text.data());
  // One byte on from `row`; false when `visit` asks to stop.
  const auto step = [table, class_of, bytes, this, &visit](int32_t& row, size_t at) {
    row = table[static_cast<uint32_t>(row) + class_of[bytes[at]]];
    if (row >= 0) return true;
    row = ~row;
    const int32_t state = row >> row_shift_;
    return visit(words_ending_.data() + ending_begin_[state],
                 words_ending_.data() + ending_begin_[state + 1]);
  };
  // Each byte's row waits on the load of the last byte's, so a pass takes a
  // load's latency a byte. Four parts of the text scanned side by side share
  // that wait. A part then runs on past its end while a word that began in
  // it may still end: while its state's prefix began before the end.
  constexpr size_t kParts = 4;
  const size_t size = text.size();
  const size_t stride = size / kParts;
  int32_t rows[kParts] = {0, 0, 0, 0};
  for (size_t i = 0; i < stride; ++i) {
    if (!step(rows[0], i) || !step(rows[1], stride + i) || !step(rows[2], 2 * stride + i) ||
        !step(rows[3], 3 * stride + i)) {
      return;
    }
  }
  for (size_t at = kParts * stride; at < size; ++at) {
    if (!step(rows[kParts - 1], at)) return;
  }
  for (size_t part = 0; part + 1 < kParts; ++part) {
    const size_t end = (part + 1) * stride;
    for (size_t at = end; at < size && depth_[rows[part] >> row_shift_] > at - end; ++at) {
      if (!step(rows[part], at)) return;
    }
  }
}

std::vector<int> AsciiWords::Find(absl::string_view text) const {
  std::vector<int> found = found_everywhere_;
  Scan(text, [&found](const int32_t* begin, const int32_t* end) {
    found.insert(found.end(), begin, end);
    return true;
  });
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

bool AsciiWords::FindsAny(absl::string_view text) const {
  bool found = !found_everywhere_.empty();
  if (!found) {
    Scan(text, [&found](const int32_t*, const int32_t*) {
      found = true;
      return false;  // one is enough
    });
  }
  return found;
}

bool AsciiWords::Answers(const MeasuredText& text) const {
  if (text.ascii()) return !folding_to_ascii_word_;
  return all_ascii_ && !HoldsCharacterFoldingToAscii(text);
}

}  // namespace factcheck
