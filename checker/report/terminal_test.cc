#include "checker/report/terminal.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(EscapeForTerminalTest, ShowsEachControlCharacterAsAnEscape) {
  const struct {
    absl::string_view text;
    absl::string_view shown;
  } kExamples[] = {
      {"a \x1B[31mred\x1B[0m word", "a \\x1B[31mred\\x1B[0m word"},  // colour
      {"\x1B]52;c;cHduZWQ=\x07", "\\x1B]52;c;cHduZWQ=\\x07"},        // clipboard
      {"one\nGate passed", "one\\nGate passed"},                     // a line of its own
      {"overwritten\rhere", "overwritten\\rhere"},
      {"bell\x07 and delete\x7F", "bell\\x07 and delete\\x7F"},
      {"\xC2\x9B" "31m", "\\u009B31m"},  // C1 CSI
      {"\xC2\x85", "\\u0085"},           // C1 next line
      {"a\tb", "a\tb"},
      {"caf\xC3\xA9 \xC2\xA0\xC2\xBB \xE2\x80\x9Cquoted\xE2\x80\x9D",
       "caf\xC3\xA9 \xC2\xA0\xC2\xBB \xE2\x80\x9Cquoted\xE2\x80\x9D"},  // UTF-8 passes
      {"", ""},
  };
  for (const auto& [text, shown] : kExamples) EXPECT_EQ(EscapeForTerminal(text), shown) << text;
}

}  // namespace
}  // namespace factcheck
