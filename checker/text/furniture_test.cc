// The furniture corpus: page lines that must be recognised, and article lines
// that must not be.
#include "checker/text/furniture.h"

#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(FurnitureClassifierTest, RejectsAnInvalidPattern) {
  LayoutRules rules;
  rules.add_furniture()->set_pattern("[unclosed");
  EXPECT_FALSE(FurnitureClassifier::Create(rules).ok());
}

struct Example {
  const char* line;
  const char* kind;  // "" for article text
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.line; }

class FurnitureCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(FurnitureCorpusTest, Classifies) {
  static const FurnitureClassifier* classifier =
      new FurnitureClassifier(FurnitureClassifier::Create(DefaultLayoutRules()).value());
  EXPECT_EQ(classifier->Classify(GetParam().line), GetParam().kind);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, FurnitureCorpusTest,
    testing::Values(
        Example{"Advertisment", "boilerplate"}, Example{"ADVERTISEMENT", "boilerplate"},
        Example{"Leave a Reply", "boilerplate"}, Example{"Leave a Comment", "boilerplate"},
        Example{"Your email address will not be published. Required fields are marked *",
                "boilerplate"},
        Example{"Subscribe To Our Newsletter", "boilerplate"},
        Example{"This site uses Akismet to reduce spam. Learn how your data is processed.",
                "boilerplate"},
        Example{"The link has been copied! copy urlhttps://example.org/x1", "boilerplate"},
        Example{"Share this article", "boilerplate"},
        Example{"READ: Minister visits flooded towns", "related link"},
        Example{"Related: How the dam failed", "related link"},
        Example{"More from Northern Wire: Karrby's long dry summer", "related link"},
        Example{"[newsletter_form id=\"31\"]", "shortcode"}, Example{"[/caption]", "shortcode"},
        Example{"#floods #Varnholm #relief", "hashtags"}, Example{"1711428572", "timestamp"},
        Example{"Updated 9:06 AM", "timestamp"}, Example{"https://example.org/story/1", "link"},
        Example{"AFP/ Al Jazeera", "credit"}, Example{"Reuters / AP", "credit"},
        Example{"2024-03-26 02:21:30", "dateline"},
        Example{"3/26/2024-|Last update: 3/26/202405:28 AM (Mecca time)", "dateline"},
        Example{"Published 13/09/2023 08:15", "dateline"},
        Example{"Last Updated: Monday, 28 November 2005, 02:24 GMT", "dateline"},
        Example{"Saturday, Sep 14, 2013", "dateline"},
        // Bylines, alone or beside a dateline; breadcrumbs, tags, captions.
        Example{"By Lena Holt", "byline"},
        Example{"By Lena Holt and Omar Said, Northern Wire", "byline"},
        Example{"By Lena Holt | Published 10:42 GMT, 3 June 2026 | Updated 14:05 GMT", "dateline"},
        Example{"Lena Holt \xC2\xB7 3 June 2026", "dateline"},
        Example{"Posted on June 2, 2026 by Lena Holt", "dateline"},
        Example{"By Lena Holt, Northern Wire Published June 2, 2026", "dateline"},
        Example{"2026/06/02", "dateline"},
        Example{"By Lena Holt \xE2\x80\xA2 June 3, 2026", "dateline"},
        Example{"Home | World | Europe", "navigation"},
        Example{"News \xE2\x80\xBA World \xE2\x80\xBA Europe", "navigation"},
        Example{"Tags: floods, Karrby, weather", "tags"},
        Example{"(Reporting by Jon Ashby; Editing by Clare Fenwick)", "credit"},
        Example{"Additional reporting by John Ashby. Editing by Claire Fenwick.", "credit"},
        Example{"Written by Clare Fenwicke. Contact the author at news@example.org.", "credit"},
        Example{"Contributing: Omar Said", "credit"},
        Example{"Image caption Rescuers search for survivors in Karrby", "caption"},
        Example{"Image copyright Getty Images", "credit"},
        Example{"Story continues below advertisement", "boilerplate"},
        Example{"Correction: An earlier version of this article said 16 people had died.",
                "correction"},
        Example{"An earlier version of this story gave the wrong toll.", "correction"},
        Example{"Editor's note: This article was updated on June 4.", "correction"},
        Example{"(AP Photo/Lena Holt)", "credit"},
        Example{"\xE2\x80\x94 Maja Lind (@majalind) June 3, 2026", "embed"},
        Example{"We use cookies to improve your experience on our site.", "boilerplate"},
        Example{"Photo: Floodwaters in Karrby in 2019", "caption"},
        // Headings over links to other articles.
        Example{"RELATED STORIES", "link list"}, Example{"Most read", "link list"},
        Example{"More from Northern Wire", "link list"}, Example{"Read more", "link list"},
        Example{"You may also like:", "link list"},
        // Article text, even when it mentions dates, times, shares or replies.
        Example{"The mayor met the minister on March 21.", ""},
        Example{"He met them at 10:30 in the town hall.", ""},
        Example{"Officials will reply to the letter on Monday, 28 November 2005.", ""},
        Example{"Shares in the company fell 5% on Tuesday.", ""},
        Example{"Residents were told to leave a day earlier.", ""},
        Example{"Rescue teams reach flooded Varnholm", ""},
        Example{"1.5 million people live there.", ""},
        Example{"Hashtags such as #floods spread quickly.", ""}, Example{"By the numbers", ""},
        Example{"By Tuesday, the river had fallen.", ""},
        Example{"Floods in Karrby | Northern Wire", ""},
        Example{"Profits > costs > forecasts, the report said", ""},
        Example{"Related costs rose by 5% in May.", ""}, Example{"More rain is expected", ""},
        Example{"More from the ministry was expected.", ""},
        Example{"The reporting by local media was wrong.", ""},
        Example{"Update: the toll has risen to 16.", ""},
        Example{"The correction came a day later.", ""},
        Example{"Floods hit by surprise on June 2, 2026", ""},
        Example{"(The toll rose to 16 on Wednesday.)", ""},
        Example{"\xE2\x80\x94 the governor said (on Tuesday) that the toll was 14.", ""}));

}  // namespace
}  // namespace factcheck
