#include "checker/report/terminal.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(EscapeForTerminalTest, ShowsEachControlCharacterAsAnEscape) {
  const struct {
    absl::string_view text;
    absl::string_view shown;
  } kExamples[] = {
      // One example a line, some split where a hex escape would run on.
      // clang-format off
      {"a \x1B[31mred\x1B[0m word", "a \\x1B[31mred\\x1B[0m word"},  // colour
      {"\x1B]52;c;cHduZWQ=\x07", "\\x1B]52;c;cHduZWQ=\\x07"},        // clipboard
      {"one\nGate passed", "one\\nGate passed"},                     // a line of its own
      {"overwritten\rhere", "overwritten\\rhere"},
      {"bell\x07 and delete\x7F", "bell\\x07 and delete\\x7F"},
      // C1 CSI, which starts a sequence as ESC [ does
      {"\xC2\x9B" "31m", "\\u009B31m"},
      {"\xC2\x85", "\\u0085"},  // C1 next line
      // A right-to-left override: RLO "gpj.exe" shows as "exe.jpg".
      {"photo \xE2\x80\xAEgpj.exe", "photo \\u202Egpj.exe"},
      {"\xE2\x80\xAA\xE2\x80\xAC\xE2\x81\xA6\xE2\x81\xA9", "\\u202A\\u202C\\u2066\\u2069"},
      // Their neighbours pass: a paragraph separator, a narrow no-break
      // space, an invisible plus, a symmetric swapping control, a dash.
      {"\xE2\x80\xA9 \xE2\x80\xAF \xE2\x81\xA5 \xE2\x81\xAA \xE2\x80\x94",
       "\xE2\x80\xA9 \xE2\x80\xAF \xE2\x81\xA5 \xE2\x81\xAA \xE2\x80\x94"},
      {"a\tb", "a\tb"},
      {"caf\xC3\xA9 \xC2\xA0\xC2\xBB \xE2\x80\x9Cquoted\xE2\x80\x9D",
       "caf\xC3\xA9 \xC2\xA0\xC2\xBB \xE2\x80\x9Cquoted\xE2\x80\x9D"},  // UTF-8 passes
      {"", ""},
      // clang-format on
  };
  for (const auto& [text, shown] : kExamples) EXPECT_EQ(EscapeForTerminal(text), shown) << text;
}

}  // namespace
}  // namespace factcheck
