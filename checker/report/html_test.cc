#include "checker/report/html.h"

#include <string>

#include "checker/report/report_for_tests.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(RenderHtmlTest, CorpusStringsNeverBecomeMarkup) {
  const std::string html = RenderHtml(ReportForTests());
  EXPECT_TRUE(Contains(html, "Rafah &lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(Contains(html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_FALSE(Contains(html, "<script>alert"));
  EXPECT_FALSE(Contains(html, "<img"));
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
  EXPECT_TRUE(Contains(html, "<code>bad.txt</code>: invalid UTF-8 at byte 3"));
}

TEST(RenderHtmlTest, IsSelfContained) {
  const std::string html = RenderHtml(ReportForTests());
  for (const char* external : {"http://", "https://", "src=\"", "<link", "@import"}) {
    EXPECT_FALSE(Contains(html, external)) << external;
  }
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
