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

TEST(RenderTextTest, ListsRepairedDocumentsAfterSkippedInputs) {
  Report report = ReportForTests();
  report.mutable_documents(1)->set_repair("its date, \"\x1B[8m\", is not a date and was left out");
  const std::string text = RenderText(report);
  EXPECT_NE(text.find("\nSkipped:\n  bad.txt: invalid UTF-8 at byte 3\n\nRepaired:\n"
                      "  b.txt: its date, \"\\x1B[8m\", is not a date and was left out\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(RenderText(ReportForTests()).find("Repaired:"), std::string::npos);
}

TEST(RenderTextTest, NamesBaselinedFindingsAfterTheRestAndMarksAcceptedSpellings) {
  Report report = ReportForTests();
  report.mutable_gate()->set_min_severity(WARNING);
  report.mutable_gate()->set_baseline("baseline.textproto");
  report.mutable_gate()->set_baselined(1);
  Discrepancy* known = report.mutable_discrepancies(0);
  Discrepancy fresh = *known;
  known->set_baselined(true);
  fresh.set_id("fedcba9876543210");
  fresh.set_kind(NAME_SPELLING);
  fresh.mutable_variants(0)->set_accepted(true);
  *report.add_discrepancies() = fresh;
  const std::string text = RenderText(report);
  EXPECT_NE(text.find("Gate passed: no new finding at warning or above (1 baselined).\n"),
            std::string::npos);
  EXPECT_NE(text.find("= [1,450,000, 1,550,000)  (accepted)\n"), std::string::npos);
  EXPECT_NE(text.find("Baselined (known findings, not failing the gate):\n"
                      "  WARNING  QUANTITY  Rafah <script>alert(1)</script> (population)  "
                      "[0123456789abcdef]\n\nSkipped:"),
            std::string::npos);
  EXPECT_EQ(text.find("QUANTITY  Rafah"), text.rfind("QUANTITY  Rafah"));  // named once
}

// A terminal never sees a control character from the corpus: not one that
// recolours, nor a line break that would start a line of the checker's own.
TEST(RenderTextTest, ShowsControlCharactersFromTheCorpusAsEscapes) {
  Report report = ReportForTests();
  Evidence* evidence = report.mutable_discrepancies(0)->mutable_variants(0)->mutable_evidence(0);
  evidence->set_document("a\nGate passed: no finding at warning or above.");
  evidence->set_excerpt("\x1B[8mhome to 1.5 million people.");
  evidence->set_highlight_begin(12);
  evidence->set_highlight_end(23);
  report.mutable_skipped(0)->set_reason("not a JSON article record: x\n{\"id\": \"\x1B]0;\"}");
  const std::string text = RenderText(report);
  EXPECT_EQ(text.find('\x1B'), std::string::npos);
  EXPECT_NE(text.find("      a\\nGate passed: no finding at warning or above.:3  "
                      "\\x1B[8mhome to \xC2\xBB"
                      "1.5 million\xC2\xAB people.\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  bad.txt: not a JSON article record: x\\n{\"id\": \"\\x1B]0;\"}\n"),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace factcheck
