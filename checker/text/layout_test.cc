#include "checker/text/layout.h"

#include <string>
#include <vector>

#include "checker/corpus/loader.h"
#include "checker/text/sentences.h"
#include "gtest/gtest.h"
#include "rules/dates/dates.h"

namespace factcheck {
namespace {

Document Analyze(const std::string& text) {
  Document document = ParseDocument("a.txt", text).value();
  LayoutAnalyzer::Create(DefaultLayoutRules()).value().Analyze(&document);
  return document;
}

std::string SentenceText(const Document& document, int index) {
  const Sentence& sentence = document.sentences(index);
  return document.text().substr(sentence.begin(), sentence.end() - sentence.begin());
}

TEST(LayoutAnalyzerTest, SeparatesTitleDatelineFurnitureAndSentences) {
  const Document document = Analyze(
      "Floods Cut Off Varnholm: Live Updates\n"
      "\n"
      "2025-10-09 07:45:12\n"
      "\n"
      "The river rose overnight. Roads closed.\n"
      "Advertisement\n"
      "Mayor Ingrid Saarinen spoke on Wednesday.\n"
      "1760000000\n"
      "#floods #Varnholm\n");
  EXPECT_EQ(document.title(), "Floods Cut Off Varnholm: Live Updates");
  EXPECT_EQ(document.dateline().year(), 2025);
  EXPECT_EQ(document.dateline().day(), 9);
  EXPECT_EQ(document.dateline_text(), "2025-10-09 07:45:12");

  ASSERT_EQ(document.sentences_size(), 4);
  EXPECT_TRUE(document.sentences(0).heading());
  EXPECT_EQ(SentenceText(document, 1), "The river rose overnight.");
  EXPECT_EQ(document.sentences(1).line(), 5);
  EXPECT_EQ(SentenceText(document, 2), "Roads closed.");
  EXPECT_EQ(SentenceText(document, 3), "Mayor Ingrid Saarinen spoke on Wednesday.");
  EXPECT_EQ(document.sentences(3).line(), 7);

  std::vector<std::string> furniture;
  for (const Furniture& line : document.furniture()) {
    furniture.push_back(std::to_string(line.line()) + ":" + line.kind());
  }
  EXPECT_EQ(furniture,
            (std::vector<std::string>{"3:dateline", "6:boilerplate", "8:timestamp", "9:hashtags"}));
}

// A page as a scraper keeps it: breadcrumbs, a byline beside the dateline,
// and lists of links to other articles, whose headlines are not the text.
TEST(LayoutAnalyzerTest, KeepsAScrapedPagesNavigationBylineAndLinkListsOutOfTheText) {
  const Document document = Analyze(
      "Home | World | Europe\n"
      "\n"
      "Flash floods kill 14 in Karrby\n"
      "\n"
      "By Lena Holt | Published 10:42 GMT, 3 June 2026 | Updated 14:05 GMT\n"
      "\n"
      "Flash floods killed 14 people in Karrby on Tuesday.\n"
      "\n"
      "RELATED STORIES\n"
      "Floods kill 9 in Karrby region\n"
      "\n"
      "Storm leaves 3 dead along the coast\n"
      "\n"
      "Rescue Efforts\n"
      "\n"
      "Six people are still missing.\n"
      "\n"
      "After the Flood\n"
      "\n"
      "Most read\n"
      "1. Floods kill 21 across the north\n"
      "Tags: floods, Karrby\n");
  EXPECT_EQ(document.title(), "Flash floods kill 14 in Karrby");
  EXPECT_EQ(FormatIsoDate(document.dateline()), "2026-06-03");
  std::vector<std::string> sentences;
  for (int i = 0; i < document.sentences_size(); ++i) {
    sentences.push_back(SentenceText(document, i));
  }
  // A heading under the list goes with it, up to the next paragraph.
  EXPECT_EQ(sentences,
            (std::vector<std::string>{"Flash floods kill 14 in Karrby",
                                      "Flash floods killed 14 people in Karrby on "
                                      "Tuesday.",
                                      "Six people are still missing.", "After the Flood"}));
  std::vector<std::string> furniture;
  for (const Furniture& line : document.furniture()) {
    furniture.push_back(std::to_string(line.line()) + ":" + line.kind());
  }
  EXPECT_EQ(furniture, (std::vector<std::string>{"1:navigation", "5:dateline", "9:link list",
                                                 "10:link list", "12:link list", "14:link list",
                                                 "20:link list", "21:link list", "22:tags"}));
}

// Scraped text's HTML is read as the text it stands for, each sentence on
// the line it was.
TEST(LayoutAnalyzerTest, ReadsHtmlLeftInTheTextAsTheTextItStandsFor) {
  const Document document = Analyze(
      "date 2026-06-03\n\n<p>Governor Maja&nbsp;Lind spoke.</p>\n<p>Karrby&#8217;s mayor "
      "wept.</p>\n");
  ASSERT_EQ(document.sentences_size(), 2);
  EXPECT_EQ(SentenceText(document, 0), "Governor Maja Lind spoke.");
  EXPECT_EQ(document.sentences(0).line(), 3);
  EXPECT_EQ(SentenceText(document, 1), "Karrby\xE2\x80\x99s mayor wept.");
  EXPECT_EQ(document.sentences(1).line(), 4);
}

TEST(LayoutAnalyzerTest, MetadataDatelineWinsAndLinesCountFromTheFileStart) {
  const Document document =
      Analyze("date 2025-10-08\noutlet example.org\n\nFirst line of text.\r\nSecond line.\r\n");
  EXPECT_EQ(document.dateline().day(), 8);
  ASSERT_EQ(document.sentences_size(), 2);
  EXPECT_EQ(document.sentences(0).line(), 4);
  EXPECT_EQ(SentenceText(document, 1), "Second line.");  // no trailing \r
}

TEST(LayoutAnalyzerTest, ASubheadingAfterTheFirstParagraphIsNotTheTitle) {
  const Document document =
      Analyze("The river rose overnight.\n\nReactions and Next Steps\n\nThe mayor spoke.\n");
  EXPECT_EQ(document.title(), "");
  ASSERT_EQ(document.sentences_size(), 3);
  EXPECT_TRUE(document.sentences(1).heading());
}

TEST(LayoutAnalyzerTest, MarkdownHeadingMarkersAreNotText) {
  const Document document = Analyze("# After the fire\n\nThe mayor spoke.\n\n## What next\n");
  EXPECT_EQ(document.title(), "After the fire");
  ASSERT_EQ(document.sentences_size(), 3);
  EXPECT_EQ(SentenceText(document, 0), "After the fire");
  EXPECT_EQ(SentenceText(document, 2), "What next");
}

TEST(LayoutAnalyzerTest, AnAmbiguousDatelineIsReadTheWayTheDocumentWritesDates) {
  const Document document = Analyze("Posted 03/04/2024\n\nThe fair opened on 25/03/2024.\n");
  EXPECT_EQ(document.numeric_date_order(), DAY_FIRST);
  EXPECT_EQ(document.dateline().month(), 4);
  EXPECT_EQ(document.dateline().day(), 3);
  // Kept for the rule modules, which read the sentences' dates the same way.
  EXPECT_EQ(Analyze("Posted 03/04/2024\n\nThe fair opened on 3/25/2024.\n").numeric_date_order(),
            MONTH_FIRST);
  EXPECT_EQ(Analyze("Posted 03/04/2024\n").numeric_date_order(), NUMERIC_ORDER_UNKNOWN);
}

TEST(LayoutAnalyzerTest, ReadsAWireDatelineAndKeepsItOutOfTheText) {
  Document document = Analyze(
      "Talks end in Cairo\n\nCAIRO, March 21, 2024 (Reuters) - The ministers met. They left.\n");
  EXPECT_EQ(document.dateline().day(), 21);
  EXPECT_EQ(document.dateline().year(), 2024);
  ASSERT_EQ(document.sentences_size(), 3);
  EXPECT_EQ(SentenceText(document, 1), "The ministers met.");

  document = Analyze("ATHENS, Greece (AP) \xE2\x80\x94 Riots broke out.\n");
  EXPECT_FALSE(document.has_dateline());
  ASSERT_EQ(document.sentences_size(), 1);
  EXPECT_EQ(SentenceText(document, 0), "Riots broke out.");

  // A city in mixed case, when a date and a source follow it.
  document = Analyze(
      "Fire near Calder Ridge\n\nCalder Ridge, Oregon, Aug. 14, 2026 (Northwest Wire) - Crews "
      "arrived.\n");
  EXPECT_EQ(document.dateline().month(), 8);
  EXPECT_EQ(document.dateline().day(), 14);
  ASSERT_EQ(document.sentences_size(), 2);
  EXPECT_EQ(SentenceText(document, 1), "Crews arrived.");
  document = Analyze("New York, March 3, 2026 /PRNewswire/ -- Helix agreed to buy Northgate.\n");
  EXPECT_EQ(document.dateline().day(), 3);
  EXPECT_EQ(SentenceText(document, 0), "Helix agreed to buy Northgate.");
  document = Analyze("Lena Varga, the mayor (left) - and her deputy - spoke.\n");
  EXPECT_FALSE(document.has_dateline());
  EXPECT_EQ(SentenceText(document, 0), "Lena Varga, the mayor (left) - and her deputy - spoke.");

  // A date set off by dashes, after the city or before it.
  document = Analyze("PARIS (AFP) \xE2\x80\x93 March 3, 2026 \xE2\x80\x93 A storm hit Calvi.\n");
  EXPECT_EQ(document.dateline().month(), 3);
  EXPECT_EQ(document.dateline().day(), 3);
  EXPECT_EQ(SentenceText(document, 0), "A storm hit Calvi.");
  document = Analyze("March 3, 2026 \xE2\x80\x94 LONDON \xE2\x80\x94 A storm hit Calvi.\n");
  EXPECT_EQ(document.dateline().year(), 2026);
  EXPECT_EQ(SentenceText(document, 0), "A storm hit Calvi.");
  // What the dash sets off is a day and nothing more.
  document = Analyze("Tuesday - The ministers met.\n");
  EXPECT_FALSE(document.has_dateline());
  document = Analyze("In March 2026 - a month of storms - the river rose.\n");
  EXPECT_FALSE(document.has_dateline());
  EXPECT_EQ(SentenceText(document, 0), "In March 2026 - a month of storms - the river rose.");

  // Only the first paragraph, and only a real dateline.
  document = Analyze("The river rose.\nKASTEL, Oct. 9 - Aid arrived.\n");
  EXPECT_FALSE(document.has_dateline());
  document = Analyze("US Secretary of State Antony Blinken - a veteran diplomat - spoke.\n");
  EXPECT_EQ(SentenceText(document, 0),
            "US Secretary of State Antony Blinken - a veteran diplomat - spoke.");
}

// The place a document's wire dateline is filed from, as written.
std::string DatelinePlace(const std::string& text) {
  const Document document = Analyze(text);
  return document.text().substr(document.dateline_place_begin(),
                                document.dateline_place_end() - document.dateline_place_begin());
}

TEST(LayoutAnalyzerTest, KeepsThePlaceAWireDatelineIsFiledFrom) {
  EXPECT_EQ(DatelinePlace("Talks end\n\nCAIRO, March 21, 2024 (Reuters) - The ministers met.\n"),
            "CAIRO");
  EXPECT_EQ(DatelinePlace("ATHENS, Greece (AP) \xE2\x80\x94 Riots broke out.\n"), "ATHENS");
  EXPECT_EQ(DatelinePlace("NEW YORK (AP) - Stocks fell.\n"), "NEW YORK");
  EXPECT_EQ(DatelinePlace("SARAI - Typhoon Lume struck.\n"), "SARAI");
  EXPECT_EQ(DatelinePlace("ST. JOHN'S, Nfld. (CP) - Fog closed the port.\n"), "ST. JOHN'S");
  EXPECT_EQ(
      DatelinePlace("Calder Ridge, Oregon, Aug. 14, 2026 (Northwest Wire) - Crews arrived.\n"),
      "Calder Ridge");
  EXPECT_EQ(DatelinePlace("PARIS (AFP) \xE2\x80\x93 March 3, 2026 \xE2\x80\x93 A storm hit.\n"),
            "PARIS");
  EXPECT_EQ(DatelinePlace("March 3, 2026 \xE2\x80\x94 LONDON \xE2\x80\x94 A storm hit.\n"),
            "LONDON");
  // No place: a date alone, a sentence with dashes, a later paragraph's.
  EXPECT_EQ(DatelinePlace("March 3, 2026 - A storm hit Calvi.\n"), "");
  EXPECT_EQ(DatelinePlace("Lena Varga, the mayor (left) - and her deputy - spoke.\n"), "");
  EXPECT_EQ(DatelinePlace("The river rose.\nKASTEL, Oct. 9 - Aid arrived.\n"), "");
}

// Each sentence as "LINE: TEXT", a heading's as "LINE# TEXT".
std::vector<std::string> Sentences(const Document& document) {
  std::vector<std::string> sentences;
  for (int i = 0; i < document.sentences_size(); ++i) {
    sentences.push_back(std::to_string(document.sentences(i).line()) +
                        (document.sentences(i).heading() ? "# " : ": ") +
                        SentenceText(document, i));
  }
  return sentences;
}

// Hard-wrapped text reads as written: a paragraph's lines are joined where
// the sentence goes on and the next word would not have fit, and each
// sentence is found on the line it starts on.
TEST(LayoutAnalyzerTest, JoinsTheLinesOfHardWrappedParagraphs) {
  const struct {
    std::string text;
    std::vector<std::string> sentences;
  } kExamples[] = {
      {"Floods in Varnholm\n"
       "\n"
       "The river rose overnight and the mayor\n"
       "said 1,200 people had left their homes\n"
       "by Tuesday. Roads closed.\n",
       {"1# Floods in Varnholm",
        "3: The river rose overnight and the mayor said 1,200 people had left their homes by "
        "Tuesday.",
        "5: Roads closed."}},
      // Windows line ends and an indent: one space between the words.
      {"  The river rose overnight and the mayor\r\n"
       "  said 1,200 people had left their homes.\r\n",
       {"1: The river rose overnight and the mayor said 1,200 people had left their homes."}},
      // A sentence that ends with its line is not joined to the next.
      {"The mayor spoke at length about the\n"
       "flood. She said that aid would come.\n"
       "The army is helping with evacuations.\n",
       {"1: The mayor spoke at length about the flood.", "2: She said that aid would come.",
        "3: The army is helping with evacuations."}},
      // An abbreviation does not end the sentence; a quote opening does.
      {"Officials at the scene thanked the U.\n"
       "S. Army for its help on Tuesday night,\n"
       "and the mayor said the town would\n"
       "rebuild soon.''\n"
       "``We will not leave,'' he told them.\n",
       {"1: Officials at the scene thanked the U. S. Army for its help on Tuesday night, and the "
        "mayor said the town would rebuild soon.''",
        "5: ``We will not leave,'' he told them."}},
      // A headline right above the text, wider than it: not wrapped text.
      {"Floods in Varnholm: what we know about the evacuation so far\n"
       "The river rose, and the mayor said 1,200 people left.\n",
       {"1# Floods in Varnholm: what we know about the evacuation so far",
        "2: The river rose, and the mayor said 1,200 people left."}},
      // A paragraph a line: lines wider than any wrap width are never joined.
      {"Floods in Varnholm: what we know about the evacuation of the old town and the port\n"
       "the river rose overnight, and the mayor said 1,200 people left their homes in the old "
       "town and the port.\n",
       {"1# Floods in Varnholm: what we know about the evacuation of the old town and the port",
        "2: the river rose overnight, and the mayor said 1,200 people left their homes in the "
        "old town and the port."}},
  };
  for (const auto& [text, sentences] : kExamples) {
    EXPECT_EQ(Sentences(Analyze(text)), sentences) << text;
  }
}

TEST(LayoutAnalyzerTest, ADocumentWithoutDatelineHasNone) {
  const Document document = Analyze("The river rose on Tuesday.\n");
  EXPECT_FALSE(document.has_dateline());
  EXPECT_EQ(document.sentences_size(), 1);
}

TEST(LayoutAnalyzerTest, ADocumentWithoutDatelineIsDatedByItsUrl) {
  const Document by_url = Analyze(
      "source_url https://example.org/world/2025-10-08-varnholm-floods.htm\n\n"
      "The river rose on Tuesday.\n");
  EXPECT_EQ(FormatIsoDate(by_url.dateline()), "2025-10-08");
  EXPECT_EQ(by_url.dateline_text(), "https://example.org/world/2025-10-08-varnholm-floods.htm");
  EXPECT_TRUE(by_url.dateline_from_url());

  // The article's own dateline, in metadata or in the text, comes first.
  const Document by_text = Analyze(
      "source_url https://example.org/2025/10/08/varnholm\n\n"
      "October 9, 2025\n\nThe river rose on Tuesday.\n");
  EXPECT_EQ(FormatIsoDate(by_text.dateline()), "2025-10-09");
  EXPECT_FALSE(by_text.dateline_from_url());
}

// A dateline without a year takes one from a later line or the URL that
// gives the same day in a year; another day leaves it be.
TEST(LayoutAnalyzerTest, ADatelineWithoutAYearIsCompletedByTheSameDayLater) {
  const std::string wire = "LONDON, March 3 (Reuters) - A storm hit Calvi.\n";
  EXPECT_EQ(FormatIsoDate(Analyze(wire + "Published March 3, 2026\n").dateline()), "2026-03-03");
  const Document by_url = Analyze("source_url https://example.org/2026/03/03/storm\n\n" + wire);
  EXPECT_EQ(FormatIsoDate(by_url.dateline()), "2026-03-03");
  EXPECT_TRUE(by_url.dateline_from_url());
  const Document other_day = Analyze(wire + "Published March 4, 2026\n");
  EXPECT_EQ(other_day.dateline().year(), 0);
  EXPECT_EQ(other_day.dateline().day(), 3);
}

TEST(LayoutAnalyzerTest, ADatelineWithAMisspelledMonthIsStillTheDateline) {
  const Document document =
      Analyze("Floods cut off Varnholm\nOctuber 9, 2025\nThe river rose on Tuesday.\n");
  EXPECT_EQ(FormatIsoDate(document.dateline()), "2025-10-09");
  ASSERT_EQ(document.furniture_size(), 1);
  EXPECT_EQ(document.furniture(0).kind(), "dateline");
  EXPECT_EQ(document.sentences_size(), 2);  // the title and the text
}

// A line of one long word, or a table flattened into one line, is no
// heading and no single sentence: it is checked in sentences of at most
// SentenceSplitter::kMaxBytes, and none of it is lost.
TEST(LayoutAnalyzerTest, NoSentenceIsLongerThanTheLimit) {
  constexpr int kMaxBytes = SentenceSplitter::kMaxBytes;
  std::string table;
  while (table.size() < 3 * kMaxBytes) table += "Rafah 12 ";
  for (const std::string& line : {std::string(3 * kMaxBytes, 'x'), table}) {
    const Document document = Analyze("Floods\n\n" + line + "\n");
    ASSERT_GE(document.sentences_size(), 4) << line.substr(0, 20);
    EXPECT_TRUE(document.sentences(0).heading());
    size_t bytes = 0;
    for (int i = 1; i < document.sentences_size(); ++i) {
      EXPECT_FALSE(document.sentences(i).heading());
      EXPECT_LE(SentenceText(document, i).size(), static_cast<size_t>(kMaxBytes));
      bytes += SentenceText(document, i).size();
    }
    EXPECT_GE(bytes + document.sentences_size(), line.size());  // every byte but the cut spaces
  }
}

}  // namespace
}  // namespace factcheck
