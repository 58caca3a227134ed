#include "checker/report/html.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The test report with a document id and outlet that try to become markup.
Report HostileReport() {
  Report report = ReportForTests();
  report.mutable_documents(1)->set_outlet("\"><svg onload=alert(1)>");
  Discrepancy* finding = report.mutable_discrepancies(0);
  finding->mutable_variants(1)->mutable_evidence(0)->set_document(
      "b<img src=x onerror=alert(2)>.txt");
  report.mutable_documents(1)->set_id("b<img src=x onerror=alert(2)>.txt");
  return report;
}

TEST(RenderHtmlTest, CorpusStringsNeverBecomeMarkup) {
  const std::string html = RenderHtml(HostileReport());
  EXPECT_TRUE(Contains(html, "Rafah &lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(Contains(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_TRUE(Contains(html, "b&lt;img src=x onerror=alert(2)&gt;.txt"));
  EXPECT_TRUE(Contains(html, "&quot;&gt;&lt;svg onload=alert(1)&gt;"));
  EXPECT_FALSE(Contains(html, "<script>alert"));
  EXPECT_FALSE(Contains(html, "<img"));
  EXPECT_FALSE(Contains(html, "<svg onload"));
  EXPECT_TRUE(Contains(html, "corpus&lt;1&gt;"));
}

TEST(RenderHtmlTest, ShowsEachVariantWithItsHighlightedEvidence) {
  const std::string html = RenderHtml(ReportForTests());
  EXPECT_TRUE(Contains(html, "id=\"finding-0123456789abcdef\""));
  EXPECT_TRUE(Contains(html, "data-kind=\"QUANTITY\" data-severity=\"WARNING\""));
  EXPECT_TRUE(Contains(html,
                       "<h3>\xE2\x80\x9C"
                       "1.5 million\xE2\x80\x9D</h3>"));
  EXPECT_TRUE(Contains(html, "home to <mark>about 1.4 million</mark> people."));
  EXPECT_TRUE(Contains(html, "<span class=\"source\">b.txt:4</span>"));
  EXPECT_TRUE(Contains(html, "<p class=\"sources\">1 source: a.txt</p>"));
  EXPECT_TRUE(Contains(html, "<code>bad.txt</code>: invalid UTF-8 at byte 3"));
}

TEST(RenderHtmlTest, MarksBaselinedFindingsAndAcceptedSpellings) {
  Report report = ReportForTests();
  report.mutable_discrepancies(0)->set_baselined(true);
  report.mutable_discrepancies(0)->mutable_variants(0)->set_accepted(true);
  report.mutable_discrepancies(0)->mutable_variants(0)->clear_evidence();
  const std::string html = RenderHtml(report);
  EXPECT_TRUE(Contains(html, "data-state=\"baselined\""));
  EXPECT_TRUE(Contains(html, "<span class=\"badge baselined\">Baselined</span>"));
  EXPECT_TRUE(Contains(html, "<span class=\"badge accepted\">Accepted</span>"));
  EXPECT_TRUE(Contains(html, "No source uses this spelling."));
}

TEST(RenderHtmlTest, PicturesDocumentsAsNodesAndFindingsAsEdges) {
  const std::string html = RenderHtml(ReportForTests());
  EXPECT_TRUE(Contains(html, "<g class=\"node in-findings\" data-document=\"a.txt\">"));
  EXPECT_TRUE(Contains(html, "<g class=\"node in-findings\" data-document=\"b.txt\">"));
  EXPECT_TRUE(Contains(html, "<line class=\"edge QUANTITY\""));
  EXPECT_TRUE(Contains(html,
                       "<title>a.txt and b.txt disagree on Quantity: Rafah "
                       "&lt;script&gt;alert(1)&lt;/script&gt; (population)</title>"));
}

// A figure stated by a hundred documents in three ways: the picture shows
// the first forty, joined where they disagree, and says where the rest are.
TEST(RenderHtmlTest, PicturesTheFirstDocumentsOfAFindingInMany) {
  Report report;
  Discrepancy* finding = report.add_discrepancies();
  finding->set_kind(QUANTITY);
  for (int i = 0; i < 3; ++i) finding->add_variants()->set_value(absl::StrCat(10 + i));
  for (int document = 0; document < 100; ++document) {
    const std::string id = absl::StrFormat("d%03d.txt", document);
    report.add_documents()->set_id(id);
    finding->mutable_variants(document % 3)->add_evidence()->set_document(id);
  }
  const std::string html = RenderHtml(report);
  auto count = [&html](const std::string& part) {
    int found = 0;
    for (size_t at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) {
      ++found;
    }
    return found;
  };
  EXPECT_EQ(count("<g class=\"node in-findings\""), 40);
  EXPECT_TRUE(Contains(html, "data-document=\"d039.txt\""));
  EXPECT_FALSE(Contains(html, "data-document=\"d040.txt\""));
  // Of d000 to d039, 14 state 10, 13 state 11 and 13 state 12.
  EXPECT_EQ(count("<line class=\"edge QUANTITY\""), 14 * 13 + 14 * 13 + 13 * 13);
  EXPECT_TRUE(Contains(html, "The 60 other documents in findings are listed"));
}

TEST(RenderHtmlTest, SummarisesTheRunAndTheGate) {
  Report report = ReportForTests();
  report.mutable_gate()->set_min_severity(WARNING);
  report.mutable_gate()->set_failing(1);
  const std::string html = RenderHtml(report);
  EXPECT_TRUE(Contains(html,
                       "<p class=\"verdict failed\">Gate failed: 1 finding at warning or "
                       "above.</p>"));
  EXPECT_TRUE(Contains(html, "<div><dt>Skipped</dt><dd>1</dd></div>"));
  EXPECT_TRUE(Contains(html, "<tr><td>Quantity</td><td>0</td><td>1</td><td>0</td></tr>"));
  EXPECT_TRUE(Contains(html, "<option value=\"a.txt\">a.txt (1)</option>"));
  EXPECT_TRUE(Contains(html,
                       "<details class=\"inputs\" open><summary>1 input skipped</summary>\n<ul>\n"
                       "<li><code>bad.txt</code>: invalid UTF-8 at byte 3</li>"));
  EXPECT_FALSE(Contains(html, "repaired</summary>"));
}

TEST(RenderHtmlTest, ListsRepairedDocuments) {
  Report report = ReportForTests();
  report.mutable_documents(1)->set_repair("its date, \"<b>\", is not a date and was left out");
  EXPECT_TRUE(Contains(RenderHtml(report),
                       "<details class=\"inputs\" open><summary>1 document repaired</summary>\n"
                       "<ul>\n<li><code>b.txt</code>: its date, &quot;&lt;b&gt;&quot;, is not a "
                       "date and was left out</li>"));
}

TEST(RenderHtmlTest, SaysWhichDatelinesAreReadFromUrls) {
  Report report = ReportForTests();
  report.mutable_documents(1)->set_dateline("2024-03-21");
  report.mutable_documents(1)->set_dateline_from_url(true);
  EXPECT_TRUE(Contains(RenderHtml(report),
                       "<td>2024-03-21 <span class=\"source\">from its URL</span></td>"));
}

TEST(RenderHtmlTest, IsSelfContained) {
  const std::string html = RenderHtml(ReportForTests());
  for (const char* external : {"http://", "https://", "src=\"", "<link", "@import", "url("}) {
    EXPECT_FALSE(Contains(html, external)) << external;
  }
  EXPECT_TRUE(Contains(html, "content=\"default-src 'none';"));
}

TEST(RenderHtmlTest, SaysSoWhenSourcesAgree) {
  Report report = ReportForTests();
  report.clear_discrepancies();
  const std::string html = RenderHtml(report);
  EXPECT_TRUE(Contains(html, "No discrepancies found"));
  EXPECT_FALSE(Contains(html, "<script>"));
}

}  // namespace
}  // namespace factcheck
