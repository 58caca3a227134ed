#include "checker/util/bounded_read.h"

#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(ReadAtMostTest, ReadsAllThatFitsAndStopsPastTheBound) {
  const std::string long_text(200000, 'x');  // longer than the pieces it is read in
  for (const auto& [text, max_bytes, fits] :
       std::vector<std::tuple<std::string, int64_t, bool>>{{"", 0, true},
                                                           {"abc", 3, true},
                                                           {"abcd", 3, false},
                                                           {long_text, 200000, true},
                                                           {long_text, 199999, false}}) {
    std::istringstream in(text);
    std::string contents;
    EXPECT_EQ(ReadAtMost(in, max_bytes, &contents), fits) << text.size() << " " << max_bytes;
    if (fits) EXPECT_EQ(contents, text);
    EXPECT_LE(static_cast<int64_t>(contents.size()), max_bytes);
  }
}

// Each line ReadLine gives, "(too long)" for one past `max_bytes`.
std::vector<std::string> Lines(const std::string& text, int64_t max_bytes) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  std::string line;
  bool too_long = false;
  while (ReadLine(in, max_bytes, LongLine::kReadToItsEnd, &line, &too_long)) {
    lines.push_back(too_long ? "(too long)" : line);
  }
  return lines;
}

TEST(ReadLineTest, LinesWithOrWithoutTheLastNewline) {
  EXPECT_EQ(Lines("a\nbb\n", 10), (std::vector<std::string>{"a", "bb"}));
  EXPECT_EQ(Lines("a\nbb", 10), (std::vector<std::string>{"a", "bb"}));
  EXPECT_EQ(Lines("a\n\nc\n", 10), (std::vector<std::string>{"a", "", "c"}));
  EXPECT_EQ(Lines("", 10), std::vector<std::string>{});
}

TEST(ReadLineTest, ALineOverTheBoundIsReadToItsEndAndNoneOfItKept) {
  EXPECT_EQ(Lines("12345\n123456\n1\n", 5), (std::vector<std::string>{"12345", "(too long)", "1"}));
  // Longer than the pieces it is read in (64 KiB), and the last line.
  const std::string long_line(200000, 'x');
  EXPECT_EQ(Lines("a\n" + long_line + "\nb\n" + long_line, 100000),
            (std::vector<std::string>{"a", "(too long)", "b", "(too long)"}));
  EXPECT_EQ(Lines(long_line + "\n", 200000), (std::vector<std::string>{long_line}));
}

// A reader that gives up at a line too long reads no more of it than the
// piece that took it past the bound, so that a line with no end ends.
TEST(ReadLineTest, ALineOverTheBoundIsReadNoFurtherWhenAskedToStop) {
  const std::string long_line(1 << 20, 'x');
  std::istringstream in("a\n" + long_line + "\nb\n");
  std::string line;
  bool too_long = false;
  ASSERT_TRUE(ReadLine(in, 100000, LongLine::kStop, &line, &too_long));
  EXPECT_EQ(line, "a");
  EXPECT_FALSE(too_long);
  ASSERT_TRUE(ReadLine(in, 100000, LongLine::kStop, &line, &too_long));
  EXPECT_TRUE(too_long);
  EXPECT_EQ(line, "");
  const int64_t read = in.tellg();
  EXPECT_GT(read, 100000);
  EXPECT_LT(read, 200000);
}

}  // namespace
}  // namespace factcheck
