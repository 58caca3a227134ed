#include "checker/report/text.h"

#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(RenderTextTest, ListsEachFindingWithItsSources) {
  EXPECT_EQ(RenderText(ReportForTests()),
            "Checked 2 documents (1 skipped): 4 claims, 1 discrepancy (1 warning).\n"
            "\n"
            "WARNING  QUANTITY  Rafah <script>alert(1)</script> (population)  [0123456789abcdef]\n"
            "  Figures differ: \"1.5 million\" & 'about 1.4 million'.\n"
            "  \xE2\x80\x9C"
            "1.5 million\xE2\x80\x9D  = [1,450,000, 1,550,000)\n"
            "      a.txt:3  \"><img src=x onerror=alert(1)> home to \xC2\xBB"
            "1.5 million\xC2\xAB people.\n"
            "  \xE2\x80\x9C"
            "about 1.4 million\xE2\x80\x9D  = [1,350,000, 1,450,000)\n"
            "      b.txt:4  \"><img src=x onerror=alert(1)> home to \xC2\xBB"
            "about 1.4 million\xC2\xAB people.\n"
            "\n"
            "Skipped:\n"
            "  bad.txt: invalid UTF-8 at byte 3\n");
}

}  // namespace
}  // namespace factcheck
