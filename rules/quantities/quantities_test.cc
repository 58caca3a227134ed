// The quantities corpus: sentences in, figures about places out, each as
// "subject|attribute|as written|interval".
#include "rules/quantities/quantities.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "checker/corpus/loader.h"
#include "checker/text/layout.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

const QuantitiesModule& Module() {
  static const QuantitiesModule* module =
      QuantitiesModule::Create(DefaultQuantityLexicon()).value().release();
  return *module;
}

std::string Describe(const std::string& text) {
  static const LayoutAnalyzer* layout =
      new LayoutAnalyzer(LayoutAnalyzer::Create(DefaultLayoutRules()).value());
  Document document = ParseDocument("a.txt", text).value();
  layout->Analyze(&document);
  std::vector<Claim> claims;
  Module().Extract(document, &claims);
  std::vector<std::string> found;
  for (const Claim& claim : claims) {
    found.push_back(absl::StrJoin({claim.subject(), claim.attribute(), claim.value_text(),
                                   FormatInterval(claim.quantity())},
                                  "|"));
  }
  return absl::StrJoin(found, "; ");
}

struct Example {
  const char* text;
  const char* expected;  // "" when the text must yield no figure
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class QuantityCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(QuantityCorpusTest, ReadsFiguresAboutPlaces) {
  EXPECT_EQ(Describe(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, QuantityCorpusTest,
    testing::Values(
        // Population, in the ways news writes it.
        Example{"Any assault on Rafah, a city home to 1.5 million displaced Palestinians, would "
                "be a disaster.",
                "Rafah|population|1.5 million|[1,450,000, 1,550,000)"},
        Example{"He said there are currently about 1.4 million people in Rafah and more arrive.",
                "Rafah|population|about 1.4 million|[1,350,000, 1,450,000)"},
        Example{"The quake struck Qeshm island, home to 120,000 people, on Sunday.",
                "Qeshm|population|120,000|[115,000, 125,000)"},
        Example{"Varnholm is now home to some 320,000 residents.",
                "Varnholm|population|some 320,000|[315,000, 325,000)"},
        Example{"Nearly 40,000 people live in Kastel.",
                "Kastel|population|Nearly 40,000|[36,000, 40,000)"},
        Example{"Varnholm\xE2\x80\x99s population of 2.1m has doubled.",
                "Varnholm|population|2.1m|[2,050,000, 2,150,000)"},
        Example{"They fled to Rafah, a town of 300,000 people.",
                "Rafah|population|300,000|[285,000, 315,000)"},
        // "The city" refers back to the place last called a city.
        Example{"Since the assault on Rafah, Gaza\xE2\x80\x99s most southern city, officials warned "
                "against an invasion of the city which is now home to over 1.5 million people.",
                "Rafah|population|over 1.5 million|(1,500,000, \xE2\x88\x9E)"},
        Example{"Aid arrived in Varnholm on Monday. The city is home to about 290,000 people.",
                "Varnholm|population|about 290,000|[285,000, 295,000)"},
        // A place named without "in", "of", "near"... is not taken for "the city".
        Example{"Aid reached Varnholm on Monday. The city is home to about 290,000 people.", ""},
        // Deaths, injuries and the missing, each in a place.
        Example{"At least 70 people were killed in Derna overnight.",
                "Derna|deaths|At least 70|[70, \xE2\x88\x9E)"},
        Example{"The death toll in Derna had risen to 5,300 by Friday.",
                "Derna|deaths|5,300|[5,250, 5,350)"},
        Example{"Police said 12 people were injured in Athens.", "Athens|injured|12|12"},
        Example{"Ten people were injured in Athens.", "Athens|injured|Ten|10"},
        Example{"Up to 80 people were wounded in Qeshm.", "Qeshm|injured|Up to 80|[0, 80]"},
        Example{"Fewer than twenty-five people were hurt in Kastel.",
                "Kastel|injured|Fewer than twenty-five|[0, 25)"},
        Example{"10,000 people were still missing in Derna.",
                "Derna|missing|10,000|[9,500, 10,500)"},
        // Figures that are not about a place's population, deaths or injuries.
        Example{"Israeli forces rescued two hostages taken on October 7.", ""},
        Example{"Washington has on three occasions vetoed draft resolutions.", ""},
        Example{"Nearly half the population faces severe food shortages.", ""},
        Example{"The 60-year-old was arrested in 2008.", ""},
        Example{"1711428572", ""},
        Example{"Call 555-0100 for help in Kastel.", ""},
        Example{"The bridge, built in 1962, is 300 metres long.", ""},
        Example{"At 10:30 the city was quiet.", ""},
        // A place that cannot be resolved yields nothing.
        Example{"The city is home to 1.5 million people.", ""}));

struct FigureExample {
  const char* figure;
  const char* interval;
};

class FigureTest : public testing::TestWithParam<FigureExample> {};

TEST_P(FigureTest, ReadsTheInterval) {
  std::optional<Quantity> quantity = Module().ReadFigure(GetParam().figure);
  ASSERT_TRUE(quantity.has_value()) << GetParam().figure;
  EXPECT_EQ(FormatInterval(*quantity), GetParam().interval) << GetParam().figure;
}

INSTANTIATE_TEST_SUITE_P(
    Figures, FigureTest,
    testing::Values(FigureExample{"12", "12"}, FigureExample{"about 12", "[11.5, 12.5)"},
                    FigureExample{"5,300", "[5,250, 5,350)"}, FigureExample{"1234", "1,234"},
                    FigureExample{"100,000", "[95,000, 105,000)"},
                    FigureExample{"1.5 million", "[1,450,000, 1,550,000)"},
                    FigureExample{"2 million", "[1,900,000, 2,100,000)"},
                    FigureExample{"2bn", "[1,900,000,000, 2,100,000,000)"},
                    FigureExample{"over 1.5 million", "(1,500,000, \xE2\x88\x9E)"},
                    FigureExample{"more than 1,000", "(1,000, \xE2\x88\x9E)"},
                    FigureExample{"at least 3", "[3, \xE2\x88\x9E)"},
                    FigureExample{"as many as 20,000", "[0, 20,000]"},
                    FigureExample{"nearly 500", "[450, 500)"},
                    FigureExample{"an estimated 100,000", "[95,000, 105,000)"},
                    FigureExample{"seventy", "70"}, FigureExample{"twenty-five", "25"}));

TEST(QuantitiesModuleTest, RejectsWhatIsNotAFigure) {
  EXPECT_FALSE(Module().ReadFigure("many").has_value());
  EXPECT_FALSE(Module().ReadFigure("12 apples").has_value());
}

TEST(QuantitiesModuleTest, AFrameWithoutAPlaceIsAnError) {
  QuantityLexicon lexicon = DefaultQuantityLexicon();
  lexicon.add_frame()->set_pattern("{FIGURE} people");
  EXPECT_FALSE(QuantitiesModule::Create(lexicon).ok());
}

TEST(QuantitiesModuleTest, ClaimCarriesCountedNounAndHighlight) {
  static const LayoutAnalyzer* layout =
      new LayoutAnalyzer(LayoutAnalyzer::Create(DefaultLayoutRules()).value());
  Document document =
      ParseDocument("a.txt", "Rafah, a city home to 1.5 million displaced Palestinians, waits.").value();
  layout->Analyze(&document);
  std::vector<Claim> claims;
  Module().Extract(document, &claims);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].quantity().counted(), "displaced Palestinians");
  const Evidence& evidence = claims[0].evidence();
  EXPECT_EQ(evidence.excerpt().substr(evidence.highlight_begin(),
                                      evidence.highlight_end() - evidence.highlight_begin()),
            "1.5 million displaced Palestinians");
}

}  // namespace
}  // namespace factcheck
