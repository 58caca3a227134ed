#include "checker/corpus/utf8.h"

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(AsciiLengthTest, CountsTheBytesBeforeTheFirstHighOne) {
  EXPECT_EQ(AsciiLength(""), 0u);
  EXPECT_EQ(AsciiLength("plain ASCII, past eight bytes"), 29u);
  EXPECT_EQ(AsciiLength("caf\xC3\xA9"), 3u);
  EXPECT_EQ(AsciiLength("\xE2\x80\x9Cquoted"), 0u);
  EXPECT_EQ(AsciiLength("eight by\x80"), 8u);
  EXPECT_EQ(AsciiLength("nine byte\xE9 after"), 9u);
  EXPECT_EQ(AsciiLength("twelve bytes"), 12u);
  EXPECT_EQ(AsciiLength("ten bytes.\xC3\xA9"), 10u);  // past the last eight's start
}

// Every length around the eight bytes read at once, and every place for the
// first high byte in it, or none.
TEST(AsciiLengthTest, CountsAsOneByteAtATimeWould) {
  for (size_t size = 0; size <= 25; ++size) {
    for (size_t high = 0; high <= size; ++high) {
      std::string text(size, 'a');
      if (high < size) text[high] = '\x80';
      EXPECT_EQ(AsciiLength(text), high) << "size " << size << ", high byte at " << high;
    }
  }
}

TEST(MeasuredTextTest, KnowsWhetherItsTextIsAscii) {
  EXPECT_TRUE(MeasuredText("").ascii());
  EXPECT_TRUE(MeasuredText("Rafah, Gaza").ascii());
  EXPECT_FALSE(MeasuredText("Gaza\xE2\x80\x99s").ascii());
  const std::string text = "Caf\xC3\xA9";
  const MeasuredText measured(text);
  EXPECT_FALSE(measured.ascii());
  EXPECT_EQ(measured.text().data(), text.data());  // a view, not a copy
  EXPECT_EQ(measured.text().size(), text.size());
}

TEST(FindInvalidUtf8Test, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8(""), -1);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII"), -1);
  EXPECT_EQ(FindInvalidUtf8("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x93\xB0"), -1);
}

TEST(FindInvalidUtf8Test, PointsAtTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("caf\xE9 au lait"), 3);   // Latin-1, not UTF-8
  EXPECT_EQ(FindInvalidUtf8("ab\x80"), 2);            // stray continuation byte
  EXPECT_EQ(FindInvalidUtf8("ab\xE2\x80"), 2);        // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1);     // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0);  // past U+10FFFF
  // After runs of ASCII read eight bytes at a time.
  EXPECT_EQ(FindInvalidUtf8("seven b\x80"), 7);
  EXPECT_EQ(FindInvalidUtf8("eight by\x80"), 8);
  EXPECT_EQ(FindInvalidUtf8("nine byte\x80"), 9);
  EXPECT_EQ(FindInvalidUtf8("sixteen bytes...\xE2\x80\x9C, then\xE9"), 25);
  EXPECT_EQ(FindInvalidUtf8("sixteen bytes...\xE2\x80\x9C, then ASCII"), -1);
}

TEST(DecodeUtf8Test, ReadsOneCodePointAndItsLength) {
  const std::vector<std::pair<std::string, std::pair<char32_t, size_t>>> table = {
      {"a", {U'a', 1}},
      {"\x7F!", {0x7F, 1}},
      {"\xC2\x80", {0x80, 2}},
      {"\xC3\xA9!", {0xE9, 2}},
      {"\xE2\x80\xAE", {0x202E, 3}},
      {"\xEF\xBF\xBF", {0xFFFF, 3}},
      {"\xF0\x9F\x98\x80x", {0x1F600, 4}},
      {"\xF4\x8F\xBF\xBF", {0x10FFFF, 4}},
      {"\xE2\x80", {0x80, 2}},  // truncated: read as far as it goes
  };
  for (const auto& [text, expected] : table) {
    EXPECT_EQ(DecodeUtf8(text), expected) << text;
  }
}

TEST(CharacterStartTest, MovesBackToTheCharactersFirstByte) {
  const std::string text = "a\xC3\xA9\xE2\x80\x9C!";  // a é “ !
  const std::vector<std::pair<size_t, size_t>> table = {
      {0, 0}, {1, 1}, {2, 1}, {3, 3}, {4, 3}, {5, 3}, {6, 6}, {7, 7}, {9, 9},
  };
  for (const auto& [at, start] : table) EXPECT_EQ(CharacterStart(text, at), start) << at;
  EXPECT_EQ(CharacterStart("\x80\x80", 1), 0u);  // invalid: as far back as it continues
}

TEST(ShortenedTest, KeepsWholeCharactersAndMarksTheCut) {
  const std::vector<std::tuple<std::string, size_t, std::string>> table = {
      {"Dhaka Tribune", 13, "Dhaka Tribune"},
      {"Dhaka Tribune", 12, "Dhaka Tribu\xE2\x80\xA6"},
      {"Dhaka Tribune", 6, "Dhaka\xE2\x80\xA6"},
      {"caf\xC3\xA9s", 5, "caf\xE2\x80\xA6"},  // é would be cut in two
      {"caf\xC3\xA9s!", 6, "caf\xC3\xA9\xE2\x80\xA6"},
      {"", 0, ""},
      {"ab", 0, "\xE2\x80\xA6"},
  };
  for (const auto& [text, max_bytes, shortened] : table) {
    EXPECT_EQ(Shortened(text, max_bytes), shortened) << text << " " << max_bytes;
  }
}

TEST(InCodePointRangesTest, IncludesBothEndsOfEachRange) {
  constexpr CodePointRange kRanges[] = {{0x80, 0x9F}, {0x202A, 0x202E}, {0xE0001, 0xE0001}};
  const std::vector<std::pair<char32_t, bool>> table = {
      {0x7F, false},   {0x80, true},    {0x90, true},     {0x9F, true},
      {0xA0, false},   {0x2029, false}, {0x202A, true},   {0x202E, true},
      {0x202F, false}, {0xE0001, true}, {0xE0002, false},
  };
  for (const auto& [code_point, inside] : table) {
    EXPECT_EQ(InCodePointRanges(code_point, kRanges), inside) << std::hex << code_point;
  }
  EXPECT_FALSE(InCodePointRanges('a', {}));
}

TEST(ReplaceInvalidUtf8Test, ReplacesEachBadByteAndNul) {
  const auto replace = [](absl::string_view text) {
    int replaced = 0;
    std::string out = ReplaceInvalidUtf8(text, &replaced);
    return std::to_string(replaced) + ":" + out;
  };
  EXPECT_EQ(replace("caf\xC3\xA9"), "0:caf\xC3\xA9");
  EXPECT_EQ(replace("caf\xE9!"), "1:caf\xEF\xBF\xBD!");
  EXPECT_EQ(replace("ab\xE2\x80"), "2:ab\xEF\xBF\xBD\xEF\xBF\xBD");  // then the lone \x80
  EXPECT_EQ(replace(absl::string_view("a\0b", 3)),
            "1:a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(replace(absl::string_view("\0more than eight\0\0", 18)),
            "3:\xEF\xBF\xBDmore than eight\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(replace("a longer line, then \xE9 and \xFF"),
            "2:a longer line, then \xEF\xBF\xBD and \xEF\xBF\xBD");
  EXPECT_EQ(replace(""), "0:");
}

TEST(AppendUtf8Test, WritesEachLengthOfSequence) {
  std::string out;
  for (const char32_t code_point : {U'A', U'\u00E9', U'\u2019', U'\U0001F600'}) {
    AppendUtf8(code_point, &out);
  }
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80");
  EXPECT_EQ(DecodeUtf8(out.substr(3)), std::make_pair(char32_t{0x2019}, size_t{3}));
}

}  // namespace
}  // namespace factcheck
