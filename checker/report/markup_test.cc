#include "checker/report/markup.h"

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(EscapeMarkupTest, EscapesEveryCharacterThatCanStartMarkup) {
  EXPECT_EQ(EscapeMarkup("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  EXPECT_EQ(EscapeMarkup("\"><svg onload=alert(1)>"), "&quot;&gt;&lt;svg onload=alert(1)&gt;");
}

TEST(EscapeMarkupTest, ReplacesControlCharactersXmlForbids) {
  EXPECT_EQ(EscapeMarkup("a\tb\nc\x0B"
                         "d\x1B"),
            "a\tb\nc\xEF\xBF\xBD"
            "d\xEF\xBF\xBD");
  EXPECT_EQ(EscapeMarkup("caf\xC3\xA9"), "caf\xC3\xA9");  // UTF-8 passes through
}

}  // namespace
}  // namespace factcheck
