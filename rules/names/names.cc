#include "rules/names/names.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "re2/re2.h"
#include "rules/evidence.h"
#include "rules/regex.h"
#include "rules/word_list.h"

namespace factcheck {

// A name has at most this many words, particles aside: "Abdel Fattah el-Sissi".
constexpr int kMaxNameWords = 4;
// Titles this short are abbreviations when a period follows: "Dr.", "Gen.".
constexpr size_t kMaxAbbreviatedTitle = 4;

namespace names_internal {

// The shapes of the words of a word list: for each first byte, the lengths
// (bit 31 for 31 bytes or more) and last bytes (bit byte % 64, which tells
// the letters apart) its words have, in ASCII lower case. The lists are
// asked of nearly every word of every sentence, and most words are ruled
// out by these bits before they are folded or hashed.
class WordShapes {
 public:
  void Add(absl::string_view word) {
    if (word.empty()) return;
    Start& start = starts_[Lower(word.front())];
    start.lengths |= LengthBit(word);
    start.last_bytes |= LastByteBit(word);
  }

  // False only when no word added has the shape of `word`.
  bool MayHold(absl::string_view word) const {
    if (word.empty()) return true;
    const Start& start = starts_[Lower(word.front())];
    return (start.lengths & LengthBit(word)) != 0 && (start.last_bytes & LastByteBit(word)) != 0;
  }

 private:
  struct Start {
    uint32_t lengths = 0;
    uint64_t last_bytes = 0;
  };
  static unsigned char Lower(char c) {
    return static_cast<unsigned char>(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  static uint32_t LengthBit(absl::string_view word) {
    return uint32_t{1} << std::min<size_t>(word.size(), 31);
  }
  static uint64_t LastByteBit(absl::string_view word) {
    return uint64_t{1} << (Lower(word.back()) % 64);
  }

  std::array<Start, 256> starts_{};
};

// A word list looked up by the words of every sentence: their shapes first.
class ShapedWordSet {
 public:
  void Insert(absl::string_view word) {
    shapes_.Add(word);
    words_.insert(std::string(word));
  }
  bool Contains(absl::string_view word) const {
    return shapes_.MayHold(word) && words_.contains(word);
  }

 private:
  WordShapes shapes_;
  absl::flat_hash_set<std::string> words_;
};

struct Index {
  // Titles by their lower-case first word, each as lower-case words, longest first.
  absl::flat_hash_map<std::string, std::vector<std::vector<std::string>>> titles;
  WordShapes title_first_words;
  // As written ("Antony"): the lexicon's given_names and other_given_names.
  absl::flat_hash_set<std::string> given_names;
  // Folded given name -> the folded first spelling of its variant group:
  // given_names and their variants only.
  absl::flat_hash_map<std::string, std::string> given_keys;
  ShapedWordSet particles;
  ShapedWordSet thing_nouns;
  absl::flat_hash_set<std::string> kin;  // lower case: "son", "widow"
  // Lower case: "mrs", "ms"; "mr"; "dr", "sir".
  absl::flat_hash_set<std::string> womens_honorifics;
  absl::flat_hash_set<std::string> mens_honorifics;
  absl::flat_hash_set<std::string> other_honorifics;  // of either sex or of rank
  // Never a word of a name: the lexicon's not_a_name and the thing nouns,
  // one lookup for every capitalised word.
  ShapedWordSet not_name_words;
};

}  // namespace names_internal

namespace {

using names_internal::Index;

// A word of a sentence, without a trailing period or possessive.
struct Token {
  int begin = 0;  // bytes within the sentence
  int end = 0;
  absl::string_view text;  // a view of the sentence
  bool name_word = false;  // may be a word of a name: IsNameWord
  // Only ASCII letters, which NormalizeName folds to their lower case alone.
  bool ascii_letters = false;
};

// A word in ASCII lower case, as the lexicon's titles and particles are
// looked up. Every word of every sentence is looked up, so the copy stays on
// the stack unless the word is long.
class FoldedWord {
 public:
  explicit FoldedWord(absl::string_view word) {
    char* out = short_;
    if (word.size() > sizeof(short_)) {
      long_.resize(word.size());
      out = &long_[0];
    }
    for (size_t i = 0; i < word.size(); ++i) out[i] = absl::ascii_tolower(word[i]);
    folded_ = absl::string_view(out, word.size());
  }
  FoldedWord(const FoldedWord&) = delete;  // views its own buffer
  FoldedWord& operator=(const FoldedWord&) = delete;

  absl::string_view view() const { return folded_; }

 private:
  char short_[32];
  std::string long_;
  absl::string_view folded_;
};

// WordCharacterLength for a `rest` that starts with a non-ASCII character.
int NonAsciiWordCharacterLength(absl::string_view rest, bool inside_word) {
  static const RE2* letter = new RE2("[\\pL\\pM]");
  re2::StringPiece input = ToPiece(rest);
  if (RE2::Consume(&input, *letter)) return static_cast<int>(rest.size() - input.size());
  return inside_word && absl::StartsWith(rest, "\xE2\x80\x99") ? 3 : 0;
}

// What a byte is to a word: every byte of every sentence is asked.
enum class InWord : uint8_t { kNo, kLetter, kJoiner, kPastAscii };
constexpr std::array<InWord, 256> kInWord = [] {
  std::array<InWord, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool joiner = c == '\'' || c == '.' || c == '-';
    table[c] = c >= 0x80 ? InWord::kPastAscii
               : letter  ? InWord::kLetter
               : joiner  ? InWord::kJoiner
                         : InWord::kNo;
  }
  return table;
}();

// Byte length of the word character at byte `at` of `text`, or 0: a letter
// or mark, and inside a word also an apostrophe, period or hyphen. ASCII,
// most of any text, is answered inline, without a regular expression.
inline int WordCharacterLength(absl::string_view text, size_t at, bool inside_word) {
  const InWord kind = kInWord[static_cast<unsigned char>(text[at])];
  if (kind == InWord::kLetter) return 1;
  if (kind == InWord::kPastAscii) return NonAsciiWordCharacterLength(text.substr(at), inside_word);
  return kind == InWord::kJoiner && inside_word ? 1 : 0;
}

// The text between two tokens: " " inside a name.
absl::string_view Gap(absl::string_view sentence, const Token& before, const Token& after) {
  return sentence.substr(before.end, after.begin - before.end);
}

bool IsSpace(absl::string_view gap) { return gap == " " || gap == "\xC2\xA0"; }

bool IsInitial(const Token& token) {
  // A capital alone, or capitals joined by periods: "H.W" of "George H.W.
  // Bush", the token without its last period.
  const absl::string_view text = token.text;
  if (text.size() % 2 == 0) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 2 == 0 ? !absl::ascii_isupper(text[i]) : text[i] != '.') return false;
  }
  return true;
}

// Asked of most words, whose first letter is small, so inline.
inline bool IsAllCapitals(absl::string_view word) {
  for (const char c : word) {
    if (absl::ascii_islower(c)) return false;
  }
  return true;
}

// Whether `after` continues a name that has reached `before`: one space
// between them, or ". " after an initial ("John F. Kennedy").
bool ContinuesName(absl::string_view sentence, const Token& before, const Token& after) {
  const absl::string_view gap = Gap(sentence, before, after);
  return IsSpace(gap) || (IsInitial(before) && gap == ". ");
}

// StartsUpper for a `word` that starts with a non-ASCII character.
bool NonAsciiStartsUpper(absl::string_view word) {
  static const RE2* upper = new RE2("^\\p{Lu}");
  return RE2::PartialMatch(ToPiece(word), *upper);
}

// Whether `word` starts with a capital letter; most words are ASCII and
// answered inline, without a regular expression.
inline bool StartsUpper(absl::string_view word) {
  if (word.empty()) return false;
  const unsigned char first = word[0];
  return first < 0x80 ? absl::ascii_isupper(first) : NonAsciiStartsUpper(word);
}

// Whether `word` has `c`: asked of every word, so without the out-of-line
// absl::string_view::find of the system's Abseil.
bool Contains(absl::string_view word, char c) {
  return !word.empty() && std::memchr(word.data(), c, word.size()) != nullptr;
}

// `joined`: whether `word` holds an apostrophe, period or hyphen, which most
// words do not; only then is it searched for them.
bool IsNameWord(const Index& index, absl::string_view word, bool joined) {
  const bool hyphenated = joined && Contains(word, '-');
  // Most words are neither: their first byte says so.
  if (!StartsUpper(word) && !hyphenated) return false;
  // "U.S", "e.g": abbreviations, not names.
  if (joined && Contains(word, '.')) return false;
  // Short all-capital words are acronyms: UN, AFP, NATO.
  if (word.size() <= 4 && IsAllCapitals(word)) return false;
  if (index.not_name_words.Contains(word)) return false;
  if (!hyphenated) return word.size() > 1;  // capitalised, as asked above
  // Every part of a hyphenated name is capitalised ("Thomas-Greenfield"),
  // except a leading particle ("el-Sissi"); "T-shirts" is not a name.
  bool first = true;
  for (absl::string_view part : absl::StrSplit(word, '-')) {
    const bool particle = first && index.particles.Contains(part);
    if (!particle && !StartsUpper(part)) return false;
    first = false;
  }
  return word.size() > 1;
}

// Appends the words of `sentence` to `tokens`, each marked whether it may be
// part of a name.
void Tokenize(const Index& index, absl::string_view sentence, std::vector<Token>* tokens) {
  // Possessives and a trailing hyphen, of which a word loses the first found.
  static constexpr absl::string_view kSuffixes[] = {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'",
                                                    "-"};
  size_t at = 0;
  while (at < sentence.size()) {
    const int first = WordCharacterLength(sentence, at, /*inside_word=*/false);
    if (first == 0) {
      ++at;
      continue;
    }
    const size_t begin = at;
    at += first;
    bool joined = false;
    bool past_ascii = kInWord[static_cast<unsigned char>(sentence[begin])] == InWord::kPastAscii;
    while (at < sentence.size()) {
      // Most of a word is ASCII letters: a run of them costs a lookup a byte.
      const InWord kind = kInWord[static_cast<unsigned char>(sentence[at])];
      if (kind == InWord::kLetter) {
        ++at;
        continue;
      }
      const int next = WordCharacterLength(sentence, at, /*inside_word=*/true);
      if (next == 0) break;
      joined = joined || kind == InWord::kJoiner;
      past_ascii = past_ascii || kind == InWord::kPastAscii;
      at += next;
    }
    absl::string_view word = sentence.substr(begin, at - begin);
    // A period, apostrophe or hyphen is a joiner and "’" is past ASCII: most
    // words have neither, and so end in none of them.
    if (joined || past_ascii) {
      // "Blinken’s", "Hamas’", "U.S." -> "Blinken", "Hamas", "U.S".
      while (!word.empty() && word.back() == '.') word.remove_suffix(1);
      for (absl::string_view suffix : kSuffixes) {
        if (absl::ConsumeSuffix(&word, suffix)) break;
      }
      if (word.empty()) continue;
    }
    const int word_begin = static_cast<int>(begin);
    tokens->push_back({word_begin, word_begin + static_cast<int>(word.size()), word,
                       IsNameWord(index, word, joined), !joined && !past_ascii});
  }
}

bool IsParticle(const Index& index, const Token& token) {
  return index.particles.Contains(FoldedWord(token.text).view());  // "bin", "van", "Van", "Al"
}

// MatchTitle for a word the lexicon's titles may begin with.
int MatchTitleWords(const Index& index, absl::string_view sentence, absl::Span<const Token> tokens,
                    int at) {
  const auto found = index.titles.find(FoldedWord(tokens[at].text).view());
  if (found == index.titles.end()) return 0;
  for (const std::vector<std::string>& title : found->second) {
    const int length = static_cast<int>(title.size());
    if (at + length > static_cast<int>(tokens.size())) continue;
    bool matches = true;
    for (int k = 1; k < length && matches; ++k) {
      matches = absl::EqualsIgnoreCase(tokens[at + k].text, title[k]) &&
                IsSpace(Gap(sentence, tokens[at + k - 1], tokens[at + k]));
    }
    if (matches) return length;
  }
  return 0;
}

// Number of title words at `at` (the longest title that matches), or 0.
// Asked at every word: most are ruled out by their shape, inline, before the
// lookup and its buffer.
inline int MatchTitle(const Index& index, absl::string_view sentence,
                      absl::Span<const Token> tokens, int at) {
  if (!index.title_first_words.MayHold(tokens[at].text)) return 0;
  return MatchTitleWords(index, sentence, tokens, at);
}

// Number of tokens from `at` that form a name of at most `max_words` words
// (particles and initials included, never at its end), or 0.
int ReadName(const Index& index, absl::string_view sentence, absl::Span<const Token> tokens, int at,
             int max_words) {
  const int size = static_cast<int>(tokens.size());
  int end = at;
  int words = 0;
  while (end < size && words < max_words) {
    if (end > at && !ContinuesName(sentence, tokens[end - 1], tokens[end])) break;
    const Token& token = tokens[end];
    if (token.name_word) {
      ++words;
    } else if (!(end > at && IsParticle(index, token)) && !IsInitial(token)) {
      break;
    }
    ++end;
  }
  while (end > at && !tokens[end - 1].name_word) --end;
  // "Sheikh Zayed Road": the name of a place or thing, not a person.
  if (end > at && end < size && index.thing_nouns.Contains(tokens[end].text) &&
      IsSpace(Gap(sentence, tokens[end - 1], tokens[end]))) {
    return 0;
  }
  return end - at;
}

bool IsGivenName(const Index& index, const Token& token) {
  if (index.given_names.contains(token.text)) return true;
  // "ANTONY" in an all-capital headline.
  if (token.text.size() <= 1 || !IsAllCapitals(token.text)) return false;
  std::string capitalised = absl::AsciiStrToLower(token.text);
  capitalised[0] = absl::ascii_toupper(capitalised[0]);
  return index.given_names.contains(capitalised);
}

PersonMention MakeMention(absl::string_view sentence, absl::Span<const Token> tokens,
                          int sentence_index, int name_begin, int name_end, const Index& index) {
  PersonMention mention;
  mention.sentence = sentence_index;
  mention.begin = tokens[name_begin].begin;
  mention.end = tokens[name_end - 1].end;
  mention.text = std::string(sentence.substr(mention.begin, mention.end - mention.begin));
  // The surname is the last word with the particles right before it.
  int surname_begin = name_end - 1;
  while (surname_begin - 1 > name_begin && IsParticle(index, tokens[surname_begin - 1])) {
    --surname_begin;
  }
  mention.surname = std::string(
      sentence.substr(tokens[surname_begin].begin, mention.end - tokens[surname_begin].begin));
  if (surname_begin > name_begin) {
    mention.given =
        std::string(sentence.substr(mention.begin, tokens[surname_begin - 1].end - mention.begin));
  }
  return mention;
}

// Whether the name that ends before token `after` is followed by its title
// or age set off by a comma: ", Governor of Qeshm island", ", the magazine's
// founder", ", head of the rescue unit", ", 59,". Sets `title` to the title
// as written ("" for an age).
bool AppositiveTitle(const Index& index, absl::string_view sentence, absl::Span<const Token> tokens,
                     int after, std::string* title) {
  const int end_of_name = tokens[after - 1].end;
  const absl::string_view rest = sentence.substr(end_of_name);
  if (!absl::StartsWith(rest, ", ")) return false;
  // ", 59," and, ending the sentence, ", 61.", as the age frames read them.
  static const RE2* const kAge = new RE2("^, \\d{1,3}(?:[,;]|\\.?$)");  // compiled once
  if (RE2::PartialMatch(ToPiece(rest), *kAge)) return true;
  // Up to three words may come first: an article, a possessive, a qualifier.
  constexpr int kMaxWordsBeforeTitle = 3;
  const int size = static_cast<int>(tokens.size());
  for (int at = after; at < size && at <= after + kMaxWordsBeforeTitle; ++at) {
    if (at > after && !IsSpace(Gap(sentence, tokens[at - 1], tokens[at])) &&
        Gap(sentence, tokens[at - 1], tokens[at]) != "\xE2\x80\x99s " &&
        Gap(sentence, tokens[at - 1], tokens[at]) != "'s ") {
      return false;
    }
    if (at == after && tokens[at].begin != end_of_name + 2) return false;
    const int title_words = MatchTitle(index, sentence, tokens, at);
    if (title_words > 0) {
      *title = std::string(
          sentence.substr(tokens[at].begin, tokens[at + title_words - 1].end - tokens[at].begin));
      return true;
    }
  }
  return false;
}

// Whether `title` ends with a word for kin: "son", "widow".
bool IsKin(const Index& index, absl::string_view title) {
  return !title.empty() &&
         index.kin.contains(FoldedWord(title.substr(title.find_last_of(' ') + 1)).view());
}

// Whether `mention`, in `sentence`, is named as kin of someone of its own
// surname: "Sandhu's son, Amrit Sandhu". The surname alone is then either's.
bool KinOfNamesake(const Index& index, absl::string_view sentence, const PersonMention& mention) {
  if (!IsKin(index, mention.title)) return false;
  absl::string_view before = absl::StripTrailingAsciiWhitespace(sentence.substr(0, mention.begin));
  absl::ConsumeSuffix(&before, ",");
  if (!absl::ConsumeSuffix(&before, mention.title)) return false;
  before = absl::StripTrailingAsciiWhitespace(before);
  if (!absl::ConsumeSuffix(&before, "'s") && !absl::ConsumeSuffix(&before, "\xE2\x80\x99s")) {
    return false;
  }
  return absl::EndsWith(before, mention.surname) &&
         (before.size() == mention.surname.size() ||
          !absl::ascii_isalpha(before[before.size() - mention.surname.size() - 1]));
}

// The honorific a title ends with, by whom it names: a woman ("Mrs"), a man
// ("Mr."), either ("Dr"); none for a title that names a role.
enum class Honorific { kNone, kWoman, kMan, kEither };
Honorific HonorificOf(const Index& index, absl::string_view title) {
  if (title.empty()) return Honorific::kNone;  // as most names have none
  title = title.substr(title.find_last_of(' ') + 1);
  absl::ConsumeSuffix(&title, ".");
  const FoldedWord folded(title);
  if (index.womens_honorifics.contains(folded.view())) return Honorific::kWoman;
  if (index.mens_honorifics.contains(folded.view())) return Honorific::kMan;
  if (index.other_honorifics.contains(folded.view())) return Honorific::kEither;
  return Honorific::kNone;
}

// Whether `mention`, a short form in `sentence`, names kin of whoever bears
// its surname in full: "His wife, Mrs Okoro", "his wife Mrs Okoro", "Ms
// Okoro, 44, his wife of twenty years". The surname alone is then either's.
bool ShortFormOfKin(const Index& index, absl::string_view sentence, const PersonMention& mention) {
  for (absl::string_view word : absl::StrSplit(mention.title, ' ')) {
    if (IsKin(index, word)) return true;
  }
  absl::string_view before = absl::StripTrailingAsciiWhitespace(sentence.substr(0, mention.begin));
  absl::ConsumeSuffix(&before, mention.title);
  before = absl::StripTrailingAsciiWhitespace(before);
  if (absl::ConsumeSuffix(&before, ",") && IsKin(index, before)) return true;
  absl::string_view after = sentence.substr(mention.end);
  if (!absl::ConsumePrefix(&after, ", ")) return false;
  const size_t age_digits = after.find_first_not_of("0123456789");
  if (age_digits > 0 && age_digits != absl::string_view::npos) {
    after.remove_prefix(age_digits);
    if (!absl::ConsumePrefix(&after, ", ")) return false;
  }
  if (!absl::ConsumePrefix(&after, "his ") && !absl::ConsumePrefix(&after, "her ") &&
      !absl::ConsumePrefix(&after, "their ")) {
    return false;
  }
  return IsKin(index, after.substr(0, after.find_first_of(" ,;.")));
}

// The mentions with a title or a known given name in one sentence. In a
// heading, where capitals tell little ("Prime Minister Calls Bank Workers"),
// and in all-capital text, a name is a known given name and one more word.
// `tokens` are the sentence's words (Tokenize).
void FindMentions(const Index& index, absl::string_view sentence, bool heading, int sentence_index,
                  absl::Span<const Token> tokens, std::vector<PersonMention>* mentions) {
  const int size = static_cast<int>(tokens.size());
  auto max_words = [&](int at) {
    return heading || IsAllCapitals(tokens[at].text) ? 2 : kMaxNameWords;
  };
  auto strict = [&](int at) { return heading || IsAllCapitals(tokens[at].text); };
  int at = 0;
  while (at < size) {
    int title_words = MatchTitle(index, sentence, tokens, at);
    // Titles one after another are one: "Incumbent President Ida Kovar".
    while (title_words > 0 && at + title_words < size &&
           IsSpace(Gap(sentence, tokens[at + title_words - 1], tokens[at + title_words]))) {
      const int more = MatchTitle(index, sentence, tokens, at + title_words);
      if (more == 0) break;
      title_words += more;
    }
    if (title_words > 0) {
      const int name_at = at + title_words;
      if (name_at < size) {
        const absl::string_view gap = Gap(sentence, tokens[name_at - 1], tokens[name_at]);
        // "Dr. Ema Suryani": a short title may be written with a period.
        const bool abbreviated =
            gap == ". " && tokens[name_at - 1].text.size() <= kMaxAbbreviatedTitle;
        int name_words = IsSpace(gap) || gap == ", " || abbreviated
                             ? ReadName(index, sentence, tokens, name_at, max_words(name_at))
                             : 0;
        if (strict(name_at) && !IsGivenName(index, tokens[name_at])) name_words = 0;
        // Set off by a comma, a title takes a full name ("the Secretary of
        // State, Antony Blinken"): a word alone after "Prince, " is more
        // likely the country after a place that ends in a title ("Port au
        // Prince, Haiti").
        if (gap == ", " && name_words < 2) name_words = 0;
        // "His sister Paula": one name alone after a word for kin is a
        // given name, no short form of a full name.
        if (name_words < 2 && IsKin(index, tokens[name_at - 1].text)) name_words = 0;
        if (name_words > 0) {
          PersonMention mention =
              MakeMention(sentence, tokens, sentence_index, name_at, name_at + name_words, index);
          mention.title = std::string(
              sentence.substr(tokens[at].begin, tokens[name_at - 1].end - tokens[at].begin));
          mentions->push_back(std::move(mention));
          at = name_at + name_words;
          continue;
        }
      }
      at = name_at;
      continue;
    }
    // A name right after another capitalised word belongs to a longer name:
    // "San Francisco Bay", "Sheikh Zayed Road".
    const bool inside_longer_name =
        at > 0 && tokens[at - 1].name_word && IsSpace(Gap(sentence, tokens[at - 1], tokens[at]));
    if (!inside_longer_name && !strict(at) && tokens[at].name_word) {
      const int name_words = ReadName(index, sentence, tokens, at, max_words(at));
      // A known given name, or a title or age right after the name
      // ("Heydar Alishbandi, Governor of Qeshm island", "Raj Chohan, 59,").
      std::string title;
      const bool appositive =
          name_words >= 2 && AppositiveTitle(index, sentence, tokens, at + name_words, &title);
      if (name_words >= 2 && (appositive || IsGivenName(index, tokens[at]))) {
        PersonMention mention =
            MakeMention(sentence, tokens, sentence_index, at, at + name_words, index);
        mention.title = title;
        mentions->push_back(std::move(mention));
        at += name_words;
        continue;
      }
    } else if (!inside_longer_name && strict(at) && IsGivenName(index, tokens[at])) {
      const int name_words = ReadName(index, sentence, tokens, at, max_words(at));
      if (name_words >= 2) {
        mentions->push_back(
            MakeMention(sentence, tokens, sentence_index, at, at + name_words, index));
        at += name_words;
        continue;
      }
    }
    ++at;
  }
}

std::string GivenKey(const Index& index, absl::string_view given) {
  const auto found = index.given_keys.find(NormalizeName(given.substr(0, given.find(' '))));
  return found == index.given_keys.end() ? "" : found->second;
}

bool SameGivenName(const Index& index, absl::string_view a, absl::string_view b) {
  if (NormalizeName(a) == NormalizeName(b)) return true;
  const std::string key = GivenKey(index, a);
  return !key.empty() && key == GivenKey(index, b);
}

// The full mentions of one surname, in document order.
struct SurnameBearers {
  std::vector<const PersonMention*> full;
  bool one_person = true;  // all with the same given name, none kin of another
};

// The full mention a short form refers to: the nearest one before it with
// that surname, else the first after it; none when the bearers are
// different people (different given names).
const PersonMention* ResolveShortForm(const SurnameBearers& bearers, int sentence, int begin) {
  if (!bearers.one_person) return nullptr;
  const auto before =
      std::lower_bound(bearers.full.begin(), bearers.full.end(), std::make_pair(sentence, begin),
                       [](const PersonMention* m, const std::pair<int, int>& at) {
                         return std::make_pair(m->sentence, m->begin) < at;
                       });
  return before == bearers.full.begin() ? bearers.full.front() : *std::prev(before);
}

Claim ToClaim(const Index& index, const Document& document, const PersonMention& mention) {
  Claim claim;
  claim.set_kind(Claim::PERSON_NAME);
  claim.set_attribute("name");
  claim.set_value_text(mention.text);
  PersonName* name = claim.mutable_name();
  name->set_surname(mention.surname);
  name->set_title(mention.title);
  name->set_honorific_title(mention.honorific_title);
  claim.set_subject(mention.full_name());
  if (mention.full()) {
    name->set_given(mention.given);
    name->set_given_key(GivenKey(index, mention.given));
    claim.set_rule(mention.title.empty() ? "names/given_name" : "names/titled");
    claim.set_confidence(mention.title.empty() ? 0.7f : 0.9f);
  } else {
    if (!mention.refers_to.empty()) name->set_refers_to(mention.refers_to);
    claim.set_rule("names/short_form");
    claim.set_confidence(mention.refers_to.empty() ? 0.5f : 0.8f);
  }
  *claim.mutable_evidence() = MakeEvidence(document, mention.sentence, mention.begin, mention.end);
  return claim;
}

}  // namespace

std::string NormalizeName(absl::string_view name) {
  std::string folded;
  folded.reserve(name.size());
  auto add_space = [&folded] {
    if (!folded.empty() && folded.back() != ' ') folded.push_back(' ');
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = name[i];
    const absl::string_view rest = name.substr(i);
    // The curly quotes and dashes all start with 0xE2: most names never compare them.
    if (c == 0xE2 &&
        (absl::StartsWith(rest, "\xE2\x80\x99") || absl::StartsWith(rest, "\xE2\x80\x98"))) {
      folded.push_back('\'');  // curly apostrophes
      i += 2;
    } else if (c == 0xE2 &&
               (absl::StartsWith(rest, "\xE2\x80\x90") || absl::StartsWith(rest, "\xE2\x80\x93"))) {
      add_space();  // Unicode hyphen, en dash
      i += 2;
    } else if (c == 0xC3 && i + 1 < name.size() &&
               static_cast<unsigned char>(name[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(name[i + 1]) <= 0x9E &&
               static_cast<unsigned char>(name[i + 1]) != 0x97) {
      folded.push_back(static_cast<char>(c));  // À..Þ (not ×) -> à..þ
      folded.push_back(static_cast<char>(name[i + 1] + 0x20));
      ++i;
    } else if (c == '-' || absl::ascii_isspace(c)) {
      add_space();
    } else if (c != '.') {
      folded.push_back(absl::ascii_tolower(c));
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

NamesModule::NamesModule(std::unique_ptr<const Index> index) : index_(std::move(index)) {}
NamesModule::~NamesModule() = default;

absl::StatusOr<std::unique_ptr<NamesModule>> NamesModule::Create(const NameLexicon& lexicon) {
  if (lexicon.title().empty() && lexicon.given_names().empty() &&
      lexicon.other_given_names().empty()) {
    return absl::InvalidArgumentError("name lexicon lists no titles and no given names");
  }
  auto index = std::make_unique<Index>();
  index->kin = WordSet(lexicon.kin());
  index->womens_honorifics = WordSet(lexicon.womens_honorific());
  index->mens_honorifics = WordSet(lexicon.mens_honorific());
  index->other_honorifics = WordSet(lexicon.honorific());
  std::vector<std::string> titles(lexicon.title().begin(), lexicon.title().end());
  for (const auto* words : {&index->kin, &index->womens_honorifics, &index->mens_honorifics,
                            &index->other_honorifics}) {
    titles.insert(titles.end(), words->begin(), words->end());
  }
  for (const std::string& title : titles) {
    std::vector<std::string> words =
        absl::StrSplit(absl::AsciiStrToLower(title), ' ', absl::SkipEmpty());
    if (words.empty()) continue;
    index->title_first_words.Add(words[0]);
    index->titles[words[0]].push_back(std::move(words));
  }
  for (auto& [first_word, titles] : index->titles) {
    std::stable_sort(titles.begin(), titles.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
  for (const std::string& given : WordSet(lexicon.given_names())) {
    index->given_names.insert(given);
    index->given_keys.emplace(NormalizeName(given), NormalizeName(given));
  }
  // Known to mark a person, but not as a name apart from others.
  for (const std::string& given : WordSet(lexicon.other_given_names())) {
    index->given_names.insert(given);
  }
  for (const std::string& entry : lexicon.variants()) {
    const std::vector<absl::string_view> spellings = absl::StrSplit(entry, ' ', absl::SkipEmpty());
    if (spellings.empty()) continue;
    const std::string key = NormalizeName(spellings[0]);
    for (absl::string_view spelling : spellings) {
      index->given_names.insert(std::string(spelling));
      index->given_keys[NormalizeName(spelling)] = key;
    }
  }
  for (const std::string& particle : lexicon.particle()) index->particles.Insert(particle);
  for (const std::string& noun : WordSet(lexicon.thing_noun())) {
    index->thing_nouns.Insert(noun);
    index->not_name_words.Insert(noun);
  }
  for (const std::string& word : WordSet(lexicon.not_a_name())) index->not_name_words.Insert(word);
  return std::unique_ptr<NamesModule>(new NamesModule(std::move(index)));
}

absl::StatusOr<PersonName> NamesModule::ParseFullName(absl::string_view text) const {
  std::vector<Token> tokens;
  Tokenize(*index_, text, &tokens);
  const PersonMention mention =
      tokens.empty() ? PersonMention() : MakeMention(text, tokens, 0, 0, tokens.size(), *index_);
  if (!mention.full() || mention.begin != 0 || mention.end != static_cast<int>(text.size())) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a full name (a given name and a surname): \"", text, "\""));
  }
  PersonName name;
  name.set_given(mention.given);
  name.set_surname(mention.surname);
  name.set_given_key(GivenKey(*index_, mention.given));
  return name;
}

void NamesModule::Extract(const Document& document, const DocumentMentions& mentions,
                          std::vector<Claim>* claims) const {
  for (const PersonMention& person : mentions.people) {
    claims->push_back(ToClaim(*index_, document, person));
  }
}

std::vector<PersonMention> NamesModule::FindPeople(const Document& document) const {
  const Index& index = *index_;

  std::vector<PersonMention> mentions;
  // The words of every sentence that may be a name's, one sentence after
  // another: sentence i's are from name_words_begin[i] to
  // name_words_begin[i + 1], kept for the short forms below. Only those:
  // every word of a long document would take six times its bytes.
  std::vector<Token> sentence_words;
  std::vector<Token> name_words;
  std::vector<size_t> name_words_begin(document.sentences_size() + 1);
  for (int sentence = 0; sentence < document.sentences_size(); ++sentence) {
    const absl::string_view text = SentenceText(document, sentence);
    sentence_words.clear();
    Tokenize(index, text, &sentence_words);
    FindMentions(index, text, document.sentences(sentence).heading(), sentence, sentence_words,
                 &mentions);
    name_words_begin[sentence] = name_words.size();
    std::copy_if(sentence_words.begin(), sentence_words.end(), std::back_inserter(name_words),
                 [](const Token& word) { return word.name_word; });
  }
  name_words_begin.back() = name_words.size();
  const auto sentence_name_words = [&](int sentence) {
    return absl::MakeConstSpan(name_words)
        .subspan(name_words_begin[sentence],
                 name_words_begin[sentence + 1] - name_words_begin[sentence]);
  };
  // Short forms refer to full names by surname.
  absl::flat_hash_map<std::string, SurnameBearers> full_by_surname;
  for (const PersonMention& mention : mentions) {
    if (!mention.full()) continue;
    SurnameBearers& bearers = full_by_surname[NormalizeName(mention.surname)];
    if ((!bearers.full.empty() && !SameGivenName(index, mention.given, bearers.full[0]->given)) ||
        KinOfNamesake(index, SentenceText(document, mention.sentence), mention)) {
      bearers.one_person = false;
    }
    bearers.full.push_back(&mention);
  }
  // A surname given a woman's honorific and a man's ("Mrs Okoro", "Mr
  // Okoro") is two people's, as is one a short form names as kin.
  absl::flat_hash_map<absl::string_view, std::pair<bool, bool>> honored;  // a woman, a man
  for (PersonMention& mention : mentions) {
    const Honorific honorific = HonorificOf(index, mention.title);
    mention.honorific_title = honorific != Honorific::kNone;
    const auto bearers = full_by_surname.find(NormalizeName(mention.surname));
    if (bearers == full_by_surname.end()) continue;
    if (honorific == Honorific::kWoman || honorific == Honorific::kMan) {
      auto& [woman, man] = honored[bearers->first];
      (honorific == Honorific::kWoman ? woman : man) = true;
      if (woman && man) bearers->second.one_person = false;
    }
    if (!mention.full() &&
        ShortFormOfKin(index, SentenceText(document, mention.sentence), mention)) {
      bearers->second.one_person = false;
    }
  }
  for (auto& [surname, bearers] : full_by_surname) {
    std::sort(bearers.full.begin(), bearers.full.end(),
              [](const PersonMention* a, const PersonMention* b) {
                return std::make_pair(a->sentence, a->begin) <
                       std::make_pair(b->sentence, b->begin);
              });
  }
  // A word of ASCII letters is a surname's only if its shape is one's.
  names_internal::WordShapes surname_shapes;
  for (const auto& [surname, bearers] : full_by_surname) surname_shapes.Add(surname);
  std::vector<PersonMention> short_forms;
  for (const PersonMention& mention : mentions) {
    if (!mention.full()) short_forms.push_back(mention);
  }
  // Untitled short forms: a capitalised word that is a surname named in full
  // elsewhere in the document, and not already part of a mention.
  // `mentions` are in sentence order: those of a sentence are a run of them.
  auto sentence_mentions = mentions.begin();
  for (int sentence = 0; sentence < document.sentences_size(); ++sentence) {
    const absl::string_view text = SentenceText(document, sentence);
    while (sentence_mentions != mentions.end() && sentence_mentions->sentence < sentence) {
      ++sentence_mentions;
    }
    const auto sentence_end =
        std::find_if(sentence_mentions, mentions.end(),
                     [sentence](const PersonMention& m) { return m.sentence != sentence; });
    for (const Token& token : sentence_name_words(sentence)) {
      if ((token.ascii_letters && !surname_shapes.MayHold(token.text)) ||
          !full_by_surname.contains(NormalizeName(token.text))) {
        continue;
      }
      const bool covered = std::any_of(
          sentence_mentions, sentence_end,
          [&](const PersonMention& m) { return token.begin < m.end && m.begin < token.end; });
      if (covered) continue;
      PersonMention mention;
      mention.sentence = sentence;
      mention.begin = token.begin;
      mention.end = token.end;
      mention.text = std::string(text.substr(token.begin, token.end - token.begin));
      mention.surname = mention.text;
      short_forms.push_back(std::move(mention));
    }
  }
  std::vector<PersonMention*> people_named;
  for (PersonMention& mention : mentions) {
    if (mention.full()) people_named.push_back(&mention);
  }
  for (PersonMention& mention : short_forms) {
    const auto candidates = full_by_surname.find(NormalizeName(mention.surname));
    const PersonMention* refers_to =
        candidates == full_by_surname.end()
            ? nullptr
            : ResolveShortForm(candidates->second, mention.sentence, mention.begin);
    // An untitled capitalised word is a person only if it refers to one.
    if (refers_to == nullptr && mention.title.empty()) continue;
    if (refers_to != nullptr) mention.refers_to = refers_to->text;
    people_named.push_back(&mention);
  }
  std::sort(people_named.begin(), people_named.end(),
            [](const PersonMention* a, const PersonMention* b) {
              return std::make_pair(a->sentence, a->begin) < std::make_pair(b->sentence, b->begin);
            });
  std::vector<PersonMention> people;
  people.reserve(people_named.size());
  // Every short form has been told its full name: the mentions can be moved.
  for (PersonMention* mention : people_named) people.push_back(std::move(*mention));
  return people;
}

}  // namespace factcheck
