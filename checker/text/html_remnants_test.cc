// Scraped text in, the text HTML stood for out.
#include "checker/text/html_remnants.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

struct Example {
  const char* text;
  const char* rewritten;  // the text itself when there is nothing to rewrite
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class HtmlRemnantsTest : public testing::TestWithParam<Example> {};

TEST_P(HtmlRemnantsTest, RewritesTagsAndReferences) {
  const std::optional<std::string> rewritten = RewriteHtmlRemnants(GetParam().text);
  EXPECT_EQ(rewritten.value_or(GetParam().text), GetParam().rewritten);
  EXPECT_EQ(rewritten.has_value(), std::string(GetParam().text) != GetParam().rewritten);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, HtmlRemnantsTest,
    testing::Values(
        // Tags: dropped, or a space between two words.
        Example{"<p>Floods hit Karrby.</p>", "Floods hit Karrby."},
        Example{"governor <b>Maja Lind</b> said", "governor Maja Lind said"},
        Example{"in <a href=\"https://example.org/x?a=1&b=2\">Karrby</a>.", "in Karrby."},
        Example{"one<br>two<br/>three", "one two three"},
        Example{"line one</p>\n<p>line two", "line one\nline two"},
        // References: named, decimal, hexadecimal.
        Example{"Maja&nbsp;Lind &amp; Tomas Brenn", "Maja Lind & Tomas Brenn"},
        Example{"Karrby&#8217;s mayor", "Karrby\xE2\x80\x99s mayor"},
        Example{"Karrby&#x2019;s mayor", "Karrby\xE2\x80\x99s mayor"},
        Example{"&ldquo;We are shocked,&rdquo; she said",
                "\xE2\x80\x9CWe are shocked,\xE2\x80\x9D she said"},
        Example{"&#160;14&#160;dead", " 14 dead"},
        // What only looks like HTML stays.
        Example{"AT&T and Q&A", "AT&T and Q&A"}, Example{"x < y and 3 <4", "x < y and 3 <4"},
        Example{"I <3 Karrby", "I <3 Karrby"},
        Example{"Apple Inc <AAPL.O> said", "Apple Inc <AAPL.O> said"},
        Example{"if x<bigger and y>z", "if x<bigger and y>z"},
        Example{"&unknown; &#0; &#xD800; &#99999999;", "&unknown; &#0; &#xD800; &#99999999;"},
        Example{"<p unclosed\nnext>", "<p unclosed\nnext>"}, Example{"&", "&"}, Example{"<", "<"},
        Example{"No markup at all.", "No markup at all."}));

}  // namespace
}  // namespace factcheck
