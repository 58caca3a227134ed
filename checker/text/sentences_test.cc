#include "checker/text/sentences.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::vector<std::string> Split(const std::string& paragraph) {
  const SentenceSplitter splitter({"Mr", "Dr", "Feb", "Gen"});
  std::vector<std::string> sentences;
  for (const TextSpan& span : splitter.Split(paragraph)) {
    sentences.push_back(paragraph.substr(span.begin, span.end - span.begin));
  }
  return sentences;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitterTest, SplitsAtSentenceEnds) {
  EXPECT_EQ(Split("The river rose. Roads closed! Was it foreseen? Nobody said."),
            (Sentences{"The river rose.", "Roads closed!", "Was it foreseen?", "Nobody said."}));
}

TEST(SentenceSplitterTest, FindsAMarkAtAnyByte) {
  // Bytes are passed over eight at a time: a mark at each place in a block.
  for (const std::string mark : {".", "!", "?", "\xE2\x80\xA6" /* … */}) {
    for (int length = 1; length <= 17; ++length) {
      const std::string first = std::string(length, 'a') + mark;
      EXPECT_EQ(Split(first + " Next" + mark), (Sentences{first, "Next" + mark}))
          << length << " " << mark;
    }
  }
}

TEST(SentenceSplitterTest, KeepsAbbreviationsAndInitialsInside) {
  EXPECT_EQ(Split("The U.S. Secretary met Mr. Hamad. Gen. Ito and John F. Kennedy came."),
            (Sentences{"The U.S. Secretary met Mr. Hamad.", "Gen. Ito and John F. Kennedy came."}));
  EXPECT_EQ(Split("Tokens re-joined as U. S. officials said. Next."),
            (Sentences{"Tokens re-joined as U. S. officials said.", "Next."}));
  EXPECT_EQ(Split("It began on Feb. 12 in the city."),
            (Sentences{"It began on Feb. 12 in the city."}));
}

TEST(SentenceSplitterTest, KeepsClosingQuotesWithTheirSentence) {
  EXPECT_EQ(Split("He said: \xE2\x80\x9CIt is possible.\xE2\x80\x9D Then he left."),
            (Sentences{"He said: \xE2\x80\x9CIt is possible.\xE2\x80\x9D", "Then he left."}));
  EXPECT_EQ(Split("\"Go.\" She went."), (Sentences{"\"Go.\"", "She went."}));
  // Quotes written ``so'', as some wires and corpora write them.
  EXPECT_EQ(Split("He was in a hospital''. ``She captured a generation,'' he said."),
            (Sentences{"He was in a hospital''.", "``She captured a generation,'' he said."}));
}

TEST(SentenceSplitterTest, DoesNotSplitBeforeLowerCaseOrInsideNumbers) {
  EXPECT_EQ(Split("Some 1.5 million people, e.g. families, fled. Then rain."),
            (Sentences{"Some 1.5 million people, e.g. families, fled.", "Then rain."}));
  EXPECT_EQ(Split("Wait... and see."), (Sentences{"Wait... and see."}));
}

TEST(SentenceSplitterTest, TrimsNoBreakSpaces) {
  EXPECT_EQ(Split("Aid arrived.\xC2\xA0 \xC2\xA0"), (Sentences{"Aid arrived."}));
  EXPECT_EQ(Split("   "), (Sentences{}));
}

// `count` copies of `piece`, one after another.
std::string Repeated(const std::string& piece, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += piece;
  return text;
}

constexpr int kMaxBytes = SentenceSplitter::kMaxBytes;

TEST(SentenceSplitterTest, CutsARunWithoutASentenceEndAtSpaces) {
  // A table flattened into one line: 4,000 figures and no period.
  const std::string table = Repeated("Rafah 12 ", 4000);
  const Sentences pieces = Split(table);
  ASSERT_GT(pieces.size(), 1u);
  std::string rejoined;
  for (size_t i = 0; i < pieces.size(); ++i) {
    EXPECT_LE(pieces[i].size(), static_cast<size_t>(kMaxBytes));
    // As long as whole words allow, but for the rest at the end.
    if (i + 1 < pieces.size()) {
      EXPECT_GT(pieces[i].size(), static_cast<size_t>(kMaxBytes) - 9);
    }
    EXPECT_NE(pieces[i].front(), ' ');
    EXPECT_NE(pieces[i].back(), ' ');
    rejoined += pieces[i] + " ";
  }
  EXPECT_EQ(rejoined, table);  // nothing lost
  // Where the run ends in a sentence, the sentences after it are untouched.
  EXPECT_EQ(Split(table + "Then rain. It stopped.").back(), "It stopped.");
}

TEST(SentenceSplitterTest, CutsARunWithoutSpacesBetweenCharacters) {
  const std::string run = Repeated("\xC3\xA9", kMaxBytes);  // "é" 2,048 times: 4,096 bytes
  const Sentences pieces = Split(run);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].size() + pieces[1].size(), run.size());
  EXPECT_EQ(pieces[0].size(), static_cast<size_t>(kMaxBytes));  // 1,024 whole characters
  // One byte more, and the first cut falls inside a character: before it.
  const Sentences shifted = Split("x" + run);
  ASSERT_EQ(shifted.size(), 3u);
  EXPECT_EQ(shifted[0].size(), static_cast<size_t>(kMaxBytes) - 1);
  EXPECT_EQ(shifted[1].size(), static_cast<size_t>(kMaxBytes));
  // Bytes that are no characters at all are cut anyway, three short of the
  // limit, and none is lost.
  size_t bytes = 0;
  for (const std::string& piece : Split(std::string(3 * kMaxBytes, '\x80'))) {
    EXPECT_EQ(piece.size(), std::min<size_t>(kMaxBytes - 3, 3 * kMaxBytes - bytes));
    bytes += piece.size();
  }
  EXPECT_EQ(bytes, 3u * kMaxBytes);
}

TEST(SentenceSplitterTest, LeavesLongSentencesUnderTheLimitWhole) {
  const std::string sentence = Repeated("word ", kMaxBytes / 5 - 1) + "end.";
  ASSERT_LE(sentence.size(), static_cast<size_t>(kMaxBytes));
  EXPECT_EQ(Split(sentence), (Sentences{sentence}));
}

TEST(CountWordsTest, CountsRunsBetweenSpacesAndTabs) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("  "), 0);
  EXPECT_EQ(CountWords("World"), 1);
  EXPECT_EQ(CountWords(" Home\tand  Away "), 3);
  EXPECT_EQ(CountWords("U.S.-led talks"), 2);
}

}  // namespace
}  // namespace factcheck
