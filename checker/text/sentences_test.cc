#include "checker/text/sentences.h"

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

}  // namespace
}  // namespace factcheck
