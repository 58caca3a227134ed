// The places corpus: sentences in, places out, each as "name=key" or
// "name=key (kind)" when the text declares what kind of place it is.
#include "rules/places/places.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "rules/mentions/extract_for_tests.h"

namespace factcheck {
namespace {

const PlacesModule& Module() {
  static const PlacesModule* module = PlacesModule::Create(DefaultPlaceLexicon()).value().release();
  return *module;
}

std::string Describe(const std::string& text) {
  std::vector<std::string> found;
  for (const PlaceMention& place : Module().FindInSentence(text, 0)) {
    found.push_back(absl::StrCat(place.name, "=", place.key,
                                 place.kind.empty() ? "" : absl::StrCat(" (", place.kind, ")")));
  }
  return absl::StrJoin(found, "; ");
}

struct Example {
  const char* text;
  const char* expected;  // "" when the text names no place
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class PlaceCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(PlaceCorpusTest, FindsPlaces) { EXPECT_EQ(Describe(GetParam().text), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Corpus, PlaceCorpusTest,
    testing::Values(
        // After a word that introduces a place.
        Example{"They met in Cairo on Thursday.", "Cairo=cairo"},
        Example{"Aid arrived in Varnholm.", "Varnholm=varnholm"},
        Example{"The quake was centred near Healdsburg.", "Healdsburg=healdsburg"},
        Example{"Refugees fled from Rafah into Egypt.", "Rafah=rafah; Egypt=egypt"},
        Example{"Trucks drove toward Kastel overnight.", "Kastel=kastel"},
        Example{"Clashes spread throughout Bandar Abbas.", "Bandar Abbas=bandar abbas"},
        Example{"A flash flood tore through Vesterholm.", "Vesterholm=vesterholm"},
        Example{"The quake struck Qeshm island on Sunday.", "Qeshm=qeshm (island)"},
        Example{"Floods hit Varnholm again.", "Varnholm=varnholm"},
        Example{"Shelling rocked Kharkiv.", "Kharkiv=kharkiv"},
        Example{"Talks were held at the State Department in Washington.",
                "State Department=state department; Washington=washington"},
        Example{"Aid reached families in the Gaza Strip.", "Gaza Strip=gaza"},
        Example{"Homes shook in the North Bay.", "North Bay=north bay"},
        // Declared kinds of place.
        Example{"Rafah, a city home to many, waits.", "Rafah=rafah (city)"},
        Example{"Since the assault on Rafah, Gaza\xE2\x80\x99s most southern city, aid stalled.",
                "Rafah=rafah (city)"},
        Example{"They fled to Rafah, a town bordering Egypt.", "Rafah=rafah (town); Egypt=egypt"},
        Example{"A quake razed the ancient city of Bam.", "Bam=bam (city)"},
        Example{"Violence broke out in the northern city of Thessaloniki.",
                "Thessaloniki=thessaloniki (city)"},
        Example{"It hit the town of Zarand in Kerman province.",
                "Zarand=zarand (town); Kerman=kerman (province)"},
        Example{"Qeshm island has 120,000 residents.", "Qeshm=qeshm (island)"},
        Example{"The quake was felt on the island of Qeshm.", "Qeshm=qeshm (island)"},
        Example{"Qeshm, a 1,500-square-kilometer island off the coast, shook.",
                "Qeshm=qeshm (island)"},
        Example{"Bandar Abbas, a port city, was jolted.", "Bandar Abbas=bandar abbas (city)"},
        // No capital past the first letter: a place only at the start.
        Example{"Qeshm\tisland shook.", "Qeshm=qeshm (island)"},
        // Nor does the word that opens the sentence belong to it.
        Example{"In Dalvik district, ten people were killed.", "Dalvik=dalvik (district)"},
        Example{"Envoys from the Near East region met.", "Near East=near east (region)"},
        Example{"Varnholm's, a harbour town, was hit.", "Varnholm=varnholm (town)"},
        Example{"The toll in the city rose to 12.", ""}, Example{"Qeshm-island shook.", ""},
        // Keys: aliases, generic nouns and possessives.
        Example{"Clashes broke out in Salonika.", "Salonika=thessaloniki"},
        Example{"Trains stopped in Bombay.", "Bombay=mumbai"},
        Example{"The centre was near Qeshm Island.", "Qeshm Island=qeshm"},
        Example{"The quake was recorded in Sonoma County.", "Sonoma County=sonoma"},
        Example{"Aid went to Gaza.", "Gaza=gaza"}, Example{"The talks moved to Kiev.", "Kiev=kyiv"},
        Example{"Ministers met in Rafah\xE2\x80\x99s main square.", "Rafah=rafah"},
        Example{"Delegates flew in from the United States.", "United States=united states"},
        Example{"Delegates flew in from the US.", "US=united states"},
        // Not places: months, weekdays, modifiers, titles, people after "in".
        Example{"It happened in March.", ""}, Example{"They met in mid-February.", ""},
        Example{"They spoke on Monday in Washington.", "Washington=washington"},
        Example{"The pursuit of a pause in the Israel-Hamas conflict went on.", ""},
        Example{"He was in the Gaza war room.", ""}, Example{"Figures in The Times differ.", ""},
        Example{"In Mr Blinken\xE2\x80\x99s view, it failed.", ""},
        Example{"They voted in favour.", ""}, Example{"Prices rose in early trading.", ""},
        Example{"The city was quiet.", ""}, Example{"Police said 12 people were injured.", ""},
        Example{"It was felt across the region.", ""}, Example{"Nothing here names a place.", ""},
        // Points of the compass.
        Example{"The quake hit southern Iran on Sunday.", "Iran=iran"},
        Example{"A dozen died in a quake in eastern China.", "China=china"},
        Example{"It struck 14 miles north-northeast of Healdsburg.", "Healdsburg=healdsburg"},
        Example{"It was centered about 3 miles southwest of Cobb.", "Cobb=cobb"},
        Example{"4.6 quake rattles Sonoma County early Thursday", "Sonoma County=sonoma"},
        Example{"It was recorded in the North Bay Thursday morning.", "North Bay=north bay"},
        // Several places in one sentence.
        Example{"Blinken flew from Cairo to Doha and on to Tel Aviv.",
                "Cairo=cairo; Doha=doha; Tel Aviv=tel aviv"},
        Example{"The temblor struck about 26 miles north of Santa Rosa in the Geysers area.",
                "Santa Rosa=santa rosa; Geysers=geysers (area)"},
        Example{"It was centered in Geyserville, about 20 miles north of Santa Rosa.",
                "Geyserville=geyserville; Santa Rosa=santa rosa"},
        Example{"Blinken spoke about the situation in Rafah while meeting Shoukry in Cairo.",
                "Rafah=rafah; Cairo=cairo"},
        Example{"Three people died when an Athens bank went up in flames.", ""},
        Example{"Tremors were felt in Dubai, prompting evacuations in the emirate.", "Dubai=dubai"},
        Example{"Survivors spent the night in tents on Qeshm.", ""},
        Example{"Troops moved into Varnholm, a city of 320,000, on Friday.",
                "Varnholm=varnholm (city)"},
        Example{"Ships waited off Bandar Abbas.", "Bandar Abbas=bandar abbas"},
        Example{"Residents of the village of Gavarzin complained.", "Gavarzin=gavarzin (village)"},
        Example{"The Tamar camp, home to many, waits.", "Tamar=tamar (camp)"},
        Example{"Protesters marched in Athens and Thessaloniki.",
                "Athens=athens; Thessaloniki=thessaloniki"},
        Example{"Protesters marched in Athens, Patras and Heraklion.",
                "Athens=athens; Patras=patras; Heraklion=heraklion"},
        Example{"He lives in Staunton, Virginia.", "Staunton=staunton; Virginia=virginia"},
        Example{"She was born in Nashville, Tennessee, in 1923.",
                "Nashville=nashville; Tennessee=tennessee"},
        Example{"Rain fell across Northern California overnight.",
                "Northern California=northern california"},
        Example{"Storms battered the coast of Kastel province.", "Kastel=kastel (province)"},
        // A named storm is no place.
        Example{"The death toll from Storm Idris rose to 11 in Port Ellis.",
                "Port Ellis=port ellis"},
        Example{"Towns in Hurricane Maria's path were evacuated.", ""},
        // Sources, peoples and modifiers are no places.
        Example{"Twelve died, according to the US Geological Survey.", ""},
        Example{"According to Iran's seismology centre, it was shallow.", "Iran=iran"},
        Example{"\"We ran,\" a baker said to AFP in Kessra.", "Kessra=kessra"},
        // A news agency, a source news cites or a platform, however introduced.
        Example{"\"The roads are gone,\" said a farmer near Kessra to AFP.", "Kessra=kessra"},
        Example{"Readings came in from the US Geological Survey.", ""},
        Example{"Rescuers reached Kessra, a driver with the Red Crescent wrote to the Associated "
                "Press.",
                "Kessra=kessra"},
        Example{"The mayor wrote through Facebook from Kessra.", "Kessra=kessra"},
        Example{"Videos posted via TikTok showed the flood.", ""},
        Example{"Smoke hung over the Greek capital.", ""},
        Example{"The quake hit the Indonesian province of Aceh.", "Aceh=aceh (province)"},
        Example{"Aid was flown to French Guiana.", "French Guiana=french guiana"},
        Example{"She spoke to People magazine last week.", ""},
        Example{"Youths tossed in Molotov cocktails.", ""},
        Example{"The bill was debated in Parliament.", ""},
        Example{"Crowds gathered in Parliament Square.", "Parliament Square=parliament square"},
        Example{"Talks moved to Geneva.", "Geneva=geneva"}));

TEST(PlacesModuleTest, TheCityRefersBackToThePlaceCalledACity) {
  std::vector<PlaceMention> places = Module().FindInSentence(
      "Since the assault in Rafah, Gaza's most southern city and at the border with Egypt, "
      "officials warned against an invasion of the city.",
      0);
  const PlaceMention* city = PlacesModule::Antecedent(places, 0, 1000, "city");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->name, "Rafah");
  // Without a place declared a city, the nearest place before it in the sentence.
  places = Module().FindInSentence("Aid arrived in Varnholm and then Kastel; the city waits.", 0);
  city = PlacesModule::Antecedent(places, 0, 1000, "city");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->name, "Varnholm");
}

TEST(PlacesModuleTest, LooksOnlyTwoSentencesBack) {
  std::vector<PlaceMention> places =
      Module().FindInSentence("Rafah, a city on the border, waits.", 0);
  EXPECT_NE(PlacesModule::Antecedent(places, 2, 0, "city"), nullptr);
  EXPECT_EQ(PlacesModule::Antecedent(places, 3, 0, "city"), nullptr);
  EXPECT_EQ(PlacesModule::Antecedent(places, 1, 0, "island"), nullptr);  // not declared an island
}

// The places an article names, each as "sentence:name", read as the checker
// reads it: `headline`, a line of its own without closing punctuation, is a
// heading, and `body` follows it.
std::string DescribeArticle(const std::string& headline, const std::string& body) {
  std::vector<std::string> found;
  for (const Claim& claim : ExtractForTests(Module(), headline + "\n\n" + body + "\n")) {
    found.push_back(absl::StrCat(claim.evidence().sentence(), ":", claim.subject()));
  }
  return absl::StrJoin(found, "; ");
}

TEST(PlacesModuleTest, NamesOfSeveralWordsInATitleCaseHeadingNeedTheArticlesOtherSentences) {
  // Where a name ends is not told by capitals.
  EXPECT_EQ(DescribeArticle("Woman Killed In Orlavik Hit-And-Run, Driver Charged",
                            "The crash happened in Orlavik on Friday."),
            "1:Orlavik");
  // Named again below the heading.
  EXPECT_EQ(DescribeArticle("Strong Quake Shakes Sonoma County Homes",
                            "It was felt across Sonoma County."),
            "1:Sonoma County");
  EXPECT_EQ(
      DescribeArticle("Strong Quake Shakes Sonoma County", "It was felt across Sonoma County."),
      "0:Sonoma County; 1:Sonoma County");
  // A name of one word, and any name in a heading not in title case, stand alone.
  EXPECT_EQ(DescribeArticle("Aid Flows Again To Orlavik", "Nobody was hurt."), "0:Orlavik");
  EXPECT_EQ(DescribeArticle("Aid reaches Bandar Abbas", "Nobody was hurt."), "0:Bandar Abbas");
  // "Floods" takes a place as "hits" does: here it takes none.
  EXPECT_EQ(DescribeArticle("Floods Return To Orlavik", "Nobody was hurt."), "");
}

// The place a wire dateline is filed from, as "sentence:name=key|excerpt",
// with the name's capitals as a name's; "" when it names none.
std::string DescribeDateline(const std::string& first_paragraph) {
  std::vector<std::string> found;
  for (const Claim& claim : ExtractForTests(Module(), "Headline\n\n" + first_paragraph + "\n")) {
    if (claim.attribute() != PlacesModule::kDatelineAttribute) continue;
    const Evidence& evidence = claim.evidence();
    found.push_back(absl::StrCat(
        evidence.sentence(), ":", claim.subject(), "=", claim.subject_key(), "|",
        evidence.excerpt().substr(evidence.highlight_begin(),
                                  evidence.highlight_end() - evidence.highlight_begin())));
  }
  return absl::StrJoin(found, "; ");
}

TEST(PlacesModuleTest, TheDatelinesPlaceIsAMentionOfItsOwnKind) {
  EXPECT_EQ(DescribeDateline("SARAI, Sept. 15 (Coast Herald) - Twelve people drowned."),
            "1:Sarai=sarai|SARAI");
  EXPECT_EQ(DescribeDateline("NEW YORK (AP) - Stocks fell."), "1:New York=new york|NEW YORK");
  EXPECT_EQ(DescribeDateline("Calder Ridge, Oregon, Aug. 14, 2026 (Northwest Wire) - Crews came."),
            "1:Calder Ridge=calder ridge|Calder Ridge");
  // Its evidence is the dateline and the sentence it opens.
  const std::vector<Claim> claims =
      ExtractForTests(Module(), "Headline\n\nKASTEL - Aid arrived. Roads reopened.\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].evidence().excerpt(), "KASTEL - Aid arrived.");
  EXPECT_EQ(claims[0].evidence().line(), 3);
  // A label, a news agency or a weekday opening a paragraph so is no place.
  EXPECT_EQ(DescribeDateline("EXCLUSIVE - Talks collapsed."), "");
  EXPECT_EQ(DescribeDateline("BREAKING NEWS - Talks collapsed."), "");
  EXPECT_EQ(DescribeDateline("REUTERS - Talks collapsed."), "");
  EXPECT_EQ(DescribeDateline("MONDAY - Talks collapsed."), "");
}

TEST(PlacesModuleTest, KeysMatchOtherNamesOfOnePlace) {
  EXPECT_EQ(Module().Key("Salonika"), Module().Key("Thessaloniki"));
  EXPECT_EQ(Module().Key("Qeshm Island"), Module().Key("Qeshm"));
  EXPECT_NE(Module().Key("Gaza City"), Module().Key("Gaza"));
}

// "Darvan province" and the city of Darvan share a key, at two levels.
TEST(PlacesModuleTest, TellsTheLevelOfAKindOfPlace) {
  EXPECT_EQ(Module().Level("town"), "city");
  EXPECT_EQ(Module().Level("City"), "city");
  EXPECT_EQ(Module().Level("county"), "province");
  EXPECT_EQ(Module().Level("island"), "island");
  EXPECT_EQ(Module().Level("valley"), "");
}

}  // namespace
}  // namespace factcheck
