// The quantities corpus: articles in, figures out, each as
// "<subject type>:<subject>|<attribute>|<as written>|<interval>".
#include "rules/quantities/quantities.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "rules/mentions/extract_for_tests.h"
#include "rules/places/places.h"

namespace factcheck {
namespace {

const QuantitiesModule& Module() {
  static const QuantitiesModule* module =
      QuantitiesModule::Create(DefaultQuantityLexicon(),
                               PlacesModule::Create(DefaultPlaceLexicon()).value())
          .value()
          .release();
  return *module;
}

std::string Describe(const std::string& text, const QuantitiesModule& module = Module()) {
  std::vector<std::string> found;
  for (const Claim& claim : ExtractForTests(module, text)) {
    found.push_back(absl::StrCat(Claim::SubjectType_Name(claim.subject_type()), ":",
                                 claim.subject(), "|", claim.attribute(), "|", claim.value_text(),
                                 "|", FormatInterval(claim.quantity())));
  }
  return absl::StrJoin(found, "; ");
}

// Story figures are read against a dateline.
std::string Dated(const std::string& text) { return "date 2005-11-28\n\n" + text; }

struct Example {
  std::string text;
  const char* expected;  // "" when the text must yield no figure
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class QuantityCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(QuantityCorpusTest, ReadsFigures) {
  EXPECT_EQ(Describe(GetParam().text), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, QuantityCorpusTest,
    testing::Values(
        // Population, in the ways news writes it.
        Example{"Any assault on Rafah, a city home to 1.5 million displaced Palestinians, would "
                "be a disaster.",
                "PLACE:Rafah|population|1.5 million|[1,450,000, 1,550,000)"},
        Example{"He said there are currently about 1.4 million people in Rafah and more arrive.",
                "PLACE:Rafah|population|about 1.4 million|[1,350,000, 1,450,000)"},
        Example{"The quake struck Qeshm island, home to 120,000 people, on Sunday.",
                "PLACE:Qeshm|population|120,000|[115,000, 125,000)"},
        Example{"The quake was centred near Qeshm Island, home to 200,000 people.",
                "PLACE:Qeshm Island|population|200,000|[190,000, 210,000)"},
        Example{"Varnholm is now home to some 320,000 residents.",
                "PLACE:Varnholm|population|some 320,000|[315,000, 325,000)"},
        Example{"Nearly 40,000 people live in Kastel.",
                "PLACE:Kastel|population|Nearly 40,000|[36,000, 40,000)"},
        Example{"Varnholm\xE2\x80\x99s population of 2.1m has doubled.",
                "PLACE:Varnholm|population|2.1m|[2,050,000, 2,150,000)"},
        Example{"They fled to Bandar Abbas, a city of 500,000 people.",
                "PLACE:Bandar Abbas|population|500,000|[475,000, 525,000)"},
        Example{"Qeshm is Iran's largest island in the Persian Gulf, with a population of 120,000.",
                "PLACE:Qeshm|population|120,000|[115,000, 125,000)"},
        Example{"Qeshm, a 1,500-square-kilometer island off the coast, has a population of more "
                "than 100,000.",
                "PLACE:Qeshm|population|more than 100,000|(100,000, \xE2\x88\x9E)"},
        Example{"Villagers fled on Qeshm island. The island, which has about 200,000 residents, "
                "shook again.",
                "PLACE:Qeshm|population|about 200,000|[190,000, 210,000)"},
        // "The island" is no place the document declares a city, however near.
        Example{"Ferries left the port city of Kastel for the coast. Aid reached Kastel by "
                "road. The island, which has about 200,000 residents, shook again.",
                ""},
        Example{"Aid reached Kastel by road. The island, which has about 200,000 residents, "
                "shook again.",
                "PLACE:Kastel|population|about 200,000|[190,000, 210,000)"},
        Example{"Residents of Qeshm island slept outside. Residents of the island, which is near "
                "the port and is home to about 100,000 people, waited.",
                "PLACE:Qeshm|population|about 100,000|[95,000, 105,000)"},
        // "The Tamar camp" is a place; "the camp" refers back.
        Example{"Talks were held in Brussels. The Tamar camp, home to about 80,000 displaced "
                "people, waits.",
                "PLACE:Tamar|population|about 80,000|[76,000, 84,000)"},
        Example{"Nearly 100,000 people live in the Tamar camp.",
                "PLACE:Tamar|population|Nearly 100,000|[90,000, 100,000)"},
        // "The city" refers back to the place last called a city.
        Example{
            "Since the assault on Rafah, Gaza\xE2\x80\x99s most southern city, officials warned "
            "against an invasion of the city which is now home to over 1.5 million people.",
            "PLACE:Rafah|population|over 1.5 million|(1,500,000, \xE2\x88\x9E)"},
        Example{"Aid arrived in Varnholm on Monday. The city is home to about 290,000 people.",
                "PLACE:Varnholm|population|about 290,000|[285,000, 295,000)"},
        Example{"The city is home to 1.5 million people.", ""},
        // Deaths, injuries, the missing: in a place...
        Example{"At least 70 people were killed in Derna overnight.",
                "PLACE:Derna|deaths|At least 70|[70, \xE2\x88\x9E)"},
        Example{"The death toll in Derna had risen to 5,300 by Friday.",
                "PLACE:Derna|deaths|5,300|[5,250, 5,350)"},
        Example{"The number of people killed in Derna had risen to 5,300 on Friday.",
                "PLACE:Derna|deaths|5,300|[5,250, 5,350)"},
        Example{Dated("Officials said 10,000 people were still missing."),
                "STORY:|missing|10,000|[9,500, 10,500)"},
        Example{"Police said 12 people were injured in Athens.", "PLACE:Athens|injured|12|12"},
        // Digits alone down to the last unit are exact, at any length.
        Example{"Police said 1,204 people were injured in Athens.",
                "PLACE:Athens|injured|1,204|1,204"},
        Example{"Police said 1,204,317 people were injured in Athens.",
                "PLACE:Athens|injured|1,204,317|1,204,317"},
        // A number written another way is not read from its last digits.
        Example{"Officials said 3,5 million people live in Patras.", ""},
        Example{"Police said 1.204.317 people were injured in Athens.", ""},
        // Nor is a figure past what a number holds: a string of digits.
        Example{
            absl::StrCat("Police said 1", std::string(400, '0'), " people were injured in Athens."),
            ""},
        // A figure starts a word: "over 40" is not read inside "takeover",
        // where it hid the figure after it.
        Example{"Since the takeover 40 people have died.", "STORY:|deaths|40|40"},
        Example{"Ten people were injured in Athens.", "PLACE:Athens|injured|Ten|10"},
        Example{"10,000 people were still missing in Derna.",
                "PLACE:Derna|missing|10,000|[9,500, 10,500)"},
        Example{Dated("The storm killed nine people and left 12 missing."),
                "STORY:|deaths|nine|9; STORY:|missing|12|12"},
        // ...or in the story the article reports.
        Example{Dated("Police said 12 people were injured in the riots."), "STORY:|injured|12|12"},
        Example{Dated("Police said 18 people had been injured in the violence."),
                "STORY:|injured|18|18"},
        Example{
            Dated("A powerful earthquake hit southern Iran, killing 10 people and injuring 80."),
            "STORY:|deaths|10|10; STORY:|injured|80|80"},
        Example{Dated("It leveled seven villages, killing 10 persons and wounding other 70."),
                "STORY:|deaths|10|10; STORY:|injured|70|70"},
        Example{Dated("As many as 80 people were also wounded."),
                "STORY:|injured|As many as 80|[0, 80]"},
        Example{Dated("He said 30 of the 80 wounded remained in hospital."),
                "STORY:|injured|80|80"},
        Example{
            Dated("The governor said four villages had been destroyed and three people killed."),
            "STORY:|deaths|three|3"},
        Example{Dated("Three people have died after rioters set fire to a bank."),
                "STORY:|deaths|Three|3"},
        // A figure in words where the sentence is not ASCII: a curly apostrophe,
        // and the long s, which RE2 reads as an "s".
        Example{Dated("The governor\xE2\x80\x99s office said three people died."),
                "STORY:|deaths|three|3"},
        Example{Dated("The \xC5\xBFtorm killed SIX people."), "STORY:|deaths|SIX|6"},
        Example{Dated("Powerful Quake in Iran Kills 10; 80 Hurt and 7 Villages Damaged"),
                "STORY:|deaths|10|10; STORY:|injured|80|80"},
        // A toll with no noun after it, and other ways of telling one.
        Example{Dated("The blast killed 10 and wounded 40."),
                "STORY:|deaths|10|10; STORY:|injured|40|40"},
        Example{Dated("He opened fire, killing four people and wounding seven before police came."),
                "STORY:|deaths|four|4; STORY:|injured|seven|7"},
        Example{Dated("Four people were killed and six wounded in the attack."),
                "STORY:|deaths|Four|4; STORY:|injured|six|6"},
        Example{Dated("The jet crashed into a hillside, killing all 152 people on board."),
                "STORY:|deaths|152|152"},
        Example{Dated("All 152 people aboard a passenger jet were killed."),
                "STORY:|deaths|152|152"},
        Example{Dated("The gunmen killed 3 in the attack, police said."), "STORY:|deaths|3|3"},
        Example{Dated("Quake kills 10 in Iran"), "PLACE:Iran|deaths|10|10"},
        Example{Dated("Five people, including two children, were killed."), "STORY:|deaths|Five|5"},
        Example{Dated("At least 10 people lost their lives."),
                "STORY:|deaths|At least 10|[10, \xE2\x88\x9E)"},
        Example{Dated("The floods claimed the lives of 12 people."), "STORY:|deaths|12|12"},
        Example{Dated("The quake claimed 10 lives."), "STORY:|deaths|10|10"},
        Example{Dated("Death toll rises to 24"), "STORY:|deaths|24|24"},
        Example{Dated("The death toll from the magnitude 6.4 earthquake that struck the coast "
                      "on Monday has risen to 31."),
                "STORY:|magnitude|6.4|[6.35, 6.45); STORY:|deaths|31|31"},
        Example{Dated("The death toll from Sunday's quake rose to 10."), "STORY:|deaths|10|10"},
        Example{Dated("Rescuers found two more bodies, bringing the confirmed death toll from "
                      "the landslide to 34."),
                "STORY:|deaths|34|34"},
        Example{Dated("The floods brought the death toll to 11."), "STORY:|deaths|11|11"},
        // The toll of an earlier event, named by its year or its time ago.
        Example{Dated("The death toll from the 1998 quake reached 2,100."), ""},
        Example{Dated("The death toll in the capital is 12, while the toll nationwide is 30."), ""},
        Example{Dated("The death toll from a quake that hit the island ten years ago was 600."),
                ""},
        // Not a figure the toll reached.
        Example{Dated("The death toll from the quake is expected to rise to 20."), ""},
        // A sentence that opens with a place counts that place's dead, not
        // the story's; one opening with several counts no one's.
        Example{Dated("In the neighbouring Dalvik district, ten people were killed."),
                "PLACE:Dalvik|deaths|ten|10"},
        Example{Dated("In Orlavik and Brennholt, 12 people died."), ""},
        Example{Dated("In Orlavik, Dalvik and Brennholt, 30 people died."), ""},
        Example{Dated("In Dalvik district, where homes collapsed, ten people were killed."),
                "PLACE:Dalvik|deaths|ten|10"},
        Example{Dated("In a statement, officials said 12 people died."), "STORY:|deaths|12|12"},
        // A rate, another time, other things killed: no toll.
        Example{Dated("The virus kills 1 in 10 patients."), ""},
        Example{Dated("Floods killed 2 in 2004."), ""},
        Example{Dated("Hunters killed 10 birds."), ""},
        Example{Dated("Residents said 24 dead had been counted."), "STORY:|deaths|24|24"},
        // Her children, not the dead.
        Example{Dated("The crash on the bypass left a father of three dead."), ""},
        Example{Dated("A fire-bomb attack left at least three people dead."),
                "STORY:|deaths|at least three|[3, \xE2\x88\x9E)"},
        Example{Dated("Officials said between 10 and 12 people were injured."),
                "STORY:|injured|between 10 and 12|[10, 12]"},
        Example{Dated("Ten people were confirmed dead."), "STORY:|deaths|Ten|10"},
        // Killed, however it was done; in the passive, whatever follows.
        Example{Dated("Twelve people were killed at a checkpoint near the border."),
                "STORY:|deaths|Twelve|12"},
        Example{Dated("Five people were shot dead outside a nightclub."), "STORY:|deaths|Five|5"},
        Example{Dated("Three people were shot and killed at a petrol station."),
                "STORY:|deaths|Three|3"},
        Example{Dated("Four people were stabbed to death in Dalvik."),
                "PLACE:Dalvik|deaths|Four|4"},
        Example{Dated("Gunmen shot dead six people at a wedding."), "STORY:|deaths|six|6"},
        Example{Dated("Five people have been reported killed."), "STORY:|deaths|Five|5"},
        Example{Dated("Fourteen people perished in the fire."), "STORY:|deaths|Fourteen|14"},
        Example{Dated("Twelve died and more than 100 were injured in the crash."),
                "STORY:|deaths|Twelve|12; STORY:|injured|more than 100|(100, \xE2\x88\x9E)"},
        Example{Dated("Police said 20 were killed when the roof collapsed."),
                "STORY:|deaths|20|20"},
        Example{Dated("At least 15 people are dead after the storm."),
                "STORY:|deaths|At least 15|[15, \xE2\x88\x9E)"},
        Example{Dated("Smith, 45, died on Monday."), ""},
        Example{Dated("At least 20 migrants drowned when the boat capsized."),
                "STORY:|deaths (migrants)|At least 20|[20, \xE2\x88\x9E)"},
        Example{Dated("Officials put the death toll at 40."), "STORY:|deaths|40|40"},
        Example{Dated("At least 30 people suffered injuries."),
                "STORY:|injured|At least 30|[30, \xE2\x88\x9E)"},
        Example{Dated("Three people suffered serious injuries."), ""},
        // Those taken to hospital are a part of the injured, counted apart.
        Example{Dated("Twelve people were taken to hospital."),
                "STORY:|taken to hospital|Twelve|12"},
        Example{Dated("Nine passengers were hospitalised with burns."),
                "STORY:|taken to hospital (passengers)|Nine|9"},
        // An object, or a rate: no toll.
        Example{Dated("Two gunmen killed a police officer."), ""},
        Example{Dated("About 1,200 people are killed on the roads each year."), ""},
        Example{Dated("The attack left at least 25 people wounded."),
                "STORY:|injured|at least 25|[25, \xE2\x88\x9E)"},
        Example{Dated("At least 35 people died and more than 70 were wounded in the bombing."),
                "STORY:|deaths|At least 35|[35, \xE2\x88\x9E); STORY:|injured|more than 70|(70, "
                "\xE2\x88\x9E)"},
        // A part of the people is a different fact.
        Example{Dated("The quake killed six children in the village."),
                "STORY:|deaths (children)|six|6"},
        Example{Dated("Israeli forces also killed at least 70 Palestinian civilians."),
                "STORY:|deaths (civilians)|at least 70|[70, \xE2\x88\x9E)"},
        // Demonstrators.
        Example{"Violence broke out in the northern city of Thessaloniki, where another 20,000 "
                "people marched through the city center.",
                "PLACE:Thessaloniki|demonstrators|20,000|[19,000, 21,000)"},
        Example{"Clashes broke out in Salonika where approximately 50,000 people marched.",
                "PLACE:Salonika|demonstrators|approximately 50,000|[47,500, 52,500)"},
        Example{"Police said as many as 20,000 people took to the streets of Athens.",
                "PLACE:Athens|demonstrators|as many as 20,000|[0, 20,000]"},
        Example{
            Dated("An estimated 100,000 people took to the streets as part of nationwide strikes."),
            "STORY:|demonstrators|An estimated 100,000|[95,000, 105,000)"},
        // Arrests, and those of a part of the people.
        Example{Dated("Police arrested 176 people during the riots."), "STORY:|arrested|176|176"},
        Example{Dated("More than 200 people have been arrested."),
                "STORY:|arrested|More than 200|(200, \xE2\x88\x9E)"},
        Example{Dated("More than 400 protesters have been detained over the unrest."),
                "STORY:|arrested (protesters)|More than 400|(400, \xE2\x88\x9E)"},
        Example{Dated("Officers made 40 arrests overnight."), "STORY:|arrested|40|40"},
        Example{Dated("Hundreds of stores have been looted, and more than 200 people arrested."),
                "STORY:|arrested|more than 200|(200, \xE2\x88\x9E)"},
        Example{Dated("Police arrested 30 people in 2019."), ""},
        Example{Dated("Two police officers arrested the driver at the scene."), ""},
        // People evacuated, homes destroyed, people on board.
        Example{Dated("The fire had destroyed 40 homes, forcing some 3,500 people to evacuate."),
                "STORY:|homes destroyed|40|40; STORY:|evacuated|some 3,500|[3,450, 3,550)"},
        Example{Dated("About 3,500 residents were ordered to leave."),
                "STORY:|evacuated (residents)|About 3,500|[3,450, 3,550)"},
        Example{Dated("In 2019, 2,000 people were evacuated."), ""},
        Example{Dated("The fire forced 3,000 residents from their homes."),
                "STORY:|evacuated (residents)|3,000|[2,850, 3,150)"},
        Example{Dated("About 800 people were driven from their homes by the floods."),
                "STORY:|evacuated|About 800|[760, 840)"},
        // The abducted and the displaced.
        Example{Dated("Gunmen kidnapped 276 schoolgirls from a school on Monday."),
                "STORY:|abducted (schoolgirls)|276|276"},
        Example{Dated("At least 30 people were abducted in the raid."),
                "STORY:|abducted|At least 30|[30, \xE2\x88\x9E)"},
        Example{Dated("In 2021, gunmen kidnapped 300 students from a school nearby."), ""},
        Example{Dated("The fighting has displaced more than 10,000 people."),
                "STORY:|displaced|more than 10,000|(10,000, \xE2\x88\x9E)"},
        Example{Dated("About 4,000 people have been displaced by the floods."),
                "STORY:|displaced|About 4,000|[3,800, 4,200)"},
        // The trapped, and a ransom asked for.
        Example{Dated("Some 33 miners were trapped underground after the collapse."),
                "STORY:|trapped (miners)|Some 33|[32.5, 33.5)"},
        Example{Dated("Rescuers freed 12 trapped miners on Tuesday."), ""},
        Example{Dated("The kidnappers demanded a ransom of $3 million."),
                "STORY:|ransom demanded|$3 million|[2,850,000, 3,150,000) USD"},
        Example{Dated("The pirates are demanding $4 million in ransom."),
                "STORY:|ransom demanded|$4 million|[3,800,000, 4,200,000) USD"},
        Example{Dated("The owner paid a ransom of $1.5 million."), ""},
        // The homeless.
        Example{Dated("The storm left some 5,000 people homeless."),
                "STORY:|homeless|some 5,000|[4,750, 5,250)"},
        Example{Dated("The quake killed 40, leaving 12,000 homeless."),
                "STORY:|deaths|40|40; STORY:|homeless|12,000|[11,500, 12,500)"},
        Example{Dated("About 300 families were made homeless."),
                "STORY:|homeless (families)|About 300|[285, 315)"},
        // The area a fire burned: in acres or hectares, and only so.
        Example{Dated("The wildfire has scorched 12,000 acres."),
                "STORY:|area burned|12,000 acres|[4,653.88, 5,058.57) ha"},
        Example{Dated("The fire west of the town had grown to about 4,900 hectares by noon."),
                "STORY:|area burned|about 4,900 hectares|[4,850, 4,950) ha"},
        Example{Dated("A blaze covering 300 acres threatened the town."),
                "STORY:|area burned|300 acres|[115.34, 127.48) ha"},
        Example{Dated("More than 5,000 hectares have been burned."),
                "STORY:|area burned|More than 5,000 hectares|(5,000, \xE2\x88\x9E) ha"},
        Example{Dated("The fire has burned 40 homes."), ""},
        Example{Dated("In 2019 a fire burned 30,000 acres in the same hills."), ""},
        Example{Dated("A plane carrying 68 people crashed on Tuesday."), "STORY:|on board|68|68"},
        Example{Dated("It had 64 passengers on board."), "STORY:|on board (passengers)|64|64"},
        Example{Dated("The plane had 64 passengers and four crew on board."),
                "STORY:|on board (passengers)|64|64; STORY:|crew|four|4"},
        Example{Dated("The ferry was carrying 120 passengers and 12 crew members when it sank."),
                "STORY:|on board (passengers)|120|[115, 125); STORY:|crew|12|12"},
        // A crew counted whole, and only so.
        Example{Dated("The hijacked tanker has a crew of 25, mostly from the Philippines."),
                "STORY:|crew|25|25"},
        Example{Dated("Pirates seized the ship and its 28 crew members on Sunday."),
                "STORY:|crew|28|28"},
        Example{Dated("The 25-member crew were unharmed."), "STORY:|crew|25|25"},
        Example{Dated("Two crew members were hurt in the blast."), ""},
        Example{Dated("A crew of 12 firefighters fought the blaze."), ""},
        // Another craft than the story's.
        Example{Dated("Pirates also seized a second Greek tanker, with a crew of 18."), ""},
        Example{Dated("Another bus carrying 40 people overturned nearby."), ""},
        Example{Dated("Police clashed with 200 protesters on Tuesday."), ""},
        // Earthquakes: magnitude, depth, distance.
        Example{
            Dated("The 6.1-magnitude quake struck Qeshm island, home to 120,000 people."),
            "STORY:|magnitude|6.1|[6.05, 6.15); PLACE:Qeshm|population|120,000|[115,000, 125,000)"},
        Example{Dated("It was first rocked by a magnitude-5.9 earthquake early Sunday."),
                "STORY:|magnitude|5.9|[5.85, 5.95)"},
        Example{Dated("The earthquake measured 6.4, the seismology centre said."),
                "STORY:|magnitude|6.4|[6.35, 6.45)"},
        Example{Dated("A quake that measured 5.9 struck near the town."),
                "STORY:|magnitude|5.9|[5.85, 5.95)"},
        Example{Dated("The strongest aftershock measured 4.8."), ""},
        Example{Dated("A 5.9 magnitude earthquake has leveled seven villages."),
                "STORY:|magnitude|5.9|[5.85, 5.95)"},
        Example{Dated("Tremors from an earthquake registering 6.1 on the Richter scale were felt."),
                "STORY:|magnitude|6.1|[6.05, 6.15)"},
        Example{Dated("A quake of 7 on the Richter scale could cause severe damage."), ""},
        Example{Dated("The survey said it had a magnitude of 5.9."),
                "STORY:|magnitude|5.9|[5.85, 5.95)"},
        Example{Dated("An earthquake with a magnitude of at least 5.9 hit southern Iran."),
                "STORY:|magnitude|at least 5.9|[5.9, \xE2\x88\x9E)"},
        Example{Dated("The quake occurred about 14 miles north-northeast of Healdsburg and had a "
                      "depth of 1.2 miles."),
                "STORY:|distance from Healdsburg|about 14 miles|[21.73, 23.34) km; "
                "STORY:|depth|1.2 miles|[1.85, 2.01) km"},
        Example{Dated("It struck on the Maacama Fault with a depth of 12 miles."),
                "STORY:|depth|12 miles|[18.51, 20.12) km"},
        Example{Dated("The quake was at a depth of 10 kilometers (6 miles)."),
                "STORY:|depth|10 kilometers|[9.5, 10.5) km"},
        // Units and scales RE2 matched past ASCII, in any case: the Kelvin
        // sign for "k", the long s; they crashed the checker once.
        Example{Dated("The quake was at a depth of 10 \xE2\x84\xAAm."),
                "STORY:|depth|10 \xE2\x84\xAAm|[9.5, 10.5) km"},
        Example{Dated("Some 12 THOU\u017FAND people were killed."),
                "STORY:|deaths|Some 12 THOU\u017FAND|[11,500, 12,500)"},
        Example{
            Dated("The temblor was centered in Geyserville, about 20 miles north of Santa Rosa."),
            "STORY:|distance from Santa Rosa|about 20 miles|[30.58, 33.8) km"},
        // Ages of people.
        Example{"Police arrested 61-year-old Sharron Diane Crawford Smith on Friday.",
                "PERSON:Sharron Diane Crawford Smith|age|61|61"},
        Example{"Sixty-year-old Sharron Diane Crawford Smith is accused.",
                "PERSON:Sharron Diane Crawford Smith|age|Sixty|60"},
        Example{"Police charged Sharron Diane Crawford Smith, age 61, with murder.",
                "PERSON:Sharron Diane Crawford Smith|age|61|61"},
        Example{"Queens resident Raj Chohan, 59, was struck.", "PERSON:Raj Chohan|age|59|59"},
        Example{"Raj Chohan, a 59-year-old father of two, was struck.",
                "PERSON:Raj Chohan|age|59|59"},
        // A short form is the person it refers to; one that refers to no one is no one's.
        Example{"Raj Chohan was struck. Chohan, 59, was taken to hospital.",
                "PERSON:Raj Chohan|age|59|59"},
        Example{"Mr Okafor, 59, was struck.", ""},
        Example{"Bettie Page died on Thursday at the age of 85.", "PERSON:Bettie Page|age|85|85"},
        // The person who died is the nearest named before it, not the first capitalised word.
        Example{"Police said pin-up model Bettie Page died on Thursday in Los Angeles, aged 85.",
                "PERSON:Bettie Page|age|85|85"},
        Example{"John Smith said Bettie Page died on Thursday at the age of 85.",
                "PERSON:Bettie Page|age|85|85"},
        Example{"Bettie Page retired from modelling in 1957; she died at the age of 85.", ""},
        // Headlines: "dies at 87", "dies aged 86", "dead at 87"; not a time of day.
        Example{"Screen legend Vera Callow dies at 87", "PERSON:Vera Callow|age|87|87"},
        Example{"Vera Callow, Oscar winner, dies aged 86", "PERSON:Vera Callow|age|86|86"},
        Example{"Actress Vera Callow dead at 87", "PERSON:Vera Callow|age|87|87"},
        Example{"Vera Callow died at 3 a.m. in Santa Barbara.", ""},
        // Set off by commas, the nearest may be named in a clause about another.
        Example{"Anna Lindqvist, the painter, died on Thursday at the age of 85.",
                "PERSON:Anna Lindqvist|age|85|85"},
        Example{"Anna Lindqvist, who taught the painter Tomas Ekberg, died on Thursday at the age "
                "of 85.",
                ""},
        Example{"Anna Lindqvist's students (among them Tomas Ekberg) said she died aged 85.", ""},
        Example{"Anna Lindqvist was ill. Her friend said Lindqvist, the painter, died aged 85.",
                "PERSON:Anna Lindqvist|age|85|85"},
        Example{"A 60-year-old woman was released.", ""},
        Example{"The victim was the daughter of Tomas Ekberg, 61.",
                "PERSON:Tomas Ekberg|age|61|61"},
        Example{"Police named him as Tomas Ekberg (61); his wife survived.",
                "PERSON:Tomas Ekberg|age|61|61"},
        Example{"Tomas Ekberg (2019) is a film.", ""},
        // An age that ends its clause.
        Example{"Grace Holloway, the club's manager, is 45.", "PERSON:Grace Holloway|age|45|45"},
        Example{"Tomas Ekberg, who turned 61, was buried.", "PERSON:Tomas Ekberg|age|61|61"},
        Example{"Tomas Ekberg was 45 minutes late.", ""},
        Example{"Tomas Ekberg is 45 points ahead.", ""},
        // Years of a life are no age (the frame's max_value).
        Example{"Former president Tomas Ekberg, 1945-2020, was buried.", ""},
        Example{"Former president Tomas Ekberg, 79, was buried.", "PERSON:Tomas Ekberg|age|79|79"},
        // Prison terms, of the person named; not an earlier term, one faced or
        // one cut on appeal.
        Example{"Judge Miriam Castellano said Derrick Oyelaran was sentenced on Monday to 35 "
                "years in prison.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35"},
        Example{"Derrick Oyelaran, 27, was sentenced to 35 years.",
                "PERSON:Derrick Oyelaran|age|27|27; "
                "PERSON:Derrick Oyelaran|prison term (years)|35|35"},
        Example{"Judge Miriam Castellano sentenced Derrick Oyelaran to 40 years on Monday.",
                "PERSON:Derrick Oyelaran|prison term (years)|40|40"},
        Example{"Derrick Oyelaran will spend 35 years in prison.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35"},
        Example{"Derrick Oyelaran received a 35-year prison sentence.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35"},
        Example{"The court jailed Derrick Oyelaran for 35 years.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35"},
        Example{"Derrick Oyelaran was jailed on Monday for 35 years.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35"},
        // Each person of one sentencing.
        Example{"The judge sentenced Derrick Oyelaran to 35 years in prison and his brother, Tunde "
                "Oyelaran, to eight years.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35; "
                "PERSON:Tunde Oyelaran|prison term (years)|eight|8"},
        Example{"A judge jailed Derrick Oyelaran for 35 years and Tomas Ekberg for 10 years.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35; "
                "PERSON:Tomas Ekberg|prison term (years)|10|10"},
        Example{"Derrick Oyelaran was sentenced to 35 years for fraud and money laundering, and "
                "his partner Tomas Ekberg received 10 years.",
                "PERSON:Derrick Oyelaran|prison term (years)|35|35; "
                "PERSON:Tomas Ekberg|prison term (years)|10|10"},
        // A term someone faces leaves the whole sentence unread.
        Example{"Derrick Oyelaran was jailed for 35 years and Tomas Ekberg faces 10 years.", ""},
        Example{"Derrick Oyelaran faces up to 40 years in prison.", ""},
        Example{"Derrick Oyelaran was sentenced to five years for robbery in 2019.", ""},
        Example{"Derrick Oyelaran was previously sentenced to five years.", ""},
        Example{"On appeal, Derrick Oyelaran was sentenced to 25 years.", ""},
        Example{"A man was sentenced to 35 years in prison.", ""},
        // Elections and money.
        Example{"Turnout in Varnholm was 58 percent.",
                "PLACE:Varnholm|turnout|58 percent|[57.5, 58.5)%"},
        Example{Dated("Turnout reached nearly half."), "STORY:|turnout|nearly half|[45, 50)%"},
        Example{Dated("In the last election, turnout was 70 percent."), ""},
        Example{Dated("Turnout fell to 61 percent from 66 percent in the previous round."), ""},
        Example{"Mayor Ingrid Saarinen won 52% of the vote.",
                "PERSON:Ingrid Saarinen|vote share|52%|[51.5, 52.5)%"},
        Example{"Mayor Ingrid Saarinen won the runoff on Sunday with 52% of the vote.",
                "PERSON:Ingrid Saarinen|vote share|52%|[51.5, 52.5)%"},
        Example{"Mayor Ingrid Saarinen was elected on Sunday, taking 52 percent of the vote.",
                "PERSON:Ingrid Saarinen|vote share|52 percent|[51.5, 52.5)%"},
        Example{"Mayor Ingrid Saarinen beat Tomas Ekberg with 52% of the vote.",
                "PERSON:Ingrid Saarinen|vote share|52%|[51.5, 52.5)%"},
        // The loser's share, or one another clause gives, is not the winner's;
        // a clause about the loser gives the loser's.
        Example{"Mayor Ingrid Saarinen won, and Tomas Ekberg had 48% of the vote.", ""},
        Example{"Mayor Ingrid Saarinen beat Tomas Ekberg, who won 48% of the vote.",
                "PERSON:Tomas Ekberg|vote share|48%|[47.5, 48.5)%"},
        Example{"Tomas Ekberg, who won 48%, conceded on Monday.",
                "PERSON:Tomas Ekberg|vote share|48%|[47.5, 48.5)%"},
        Example{"Tomas Ekberg, who won 48% of the shares, sold them.", ""},
        Example{"Mayor Ingrid Saarinen won the first round on May 31 with 38% of the vote.", ""},
        Example{"In the first round, Mayor Ingrid Saarinen won 38% of the vote.", ""},
        Example{Dated("Donors pledged $1.2bn for reconstruction."),
                "STORY:|pledge|$1.2bn|[1,150,000,000, 1,250,000,000) USD"},
        Example{Dated("Donors pledged 240 billion dollars."),
                "STORY:|pledge|240 billion dollars|[235,000,000,000, 245,000,000,000) USD"},
        Example{Dated("Helix agreed on Tuesday to buy Northgate Data for about $13.9 billion in "
                      "cash, its largest deal."),
                "STORY:|deal value|about $13.9 billion|[13,850,000,000, 13,950,000,000) USD"},
        Example{Dated("Helix would acquire Northgate for $13.2 billion, paying $25 per share."),
                "STORY:|deal value|$13.2 billion|[13,150,000,000, 13,250,000,000) USD"},
        Example{Dated("The $13.9 billion acquisition of Northgate is Helix's largest."),
                "STORY:|deal value|$13.9 billion|[13,850,000,000, 13,950,000,000) USD"},
        Example{Dated("Helix agreed to buy Northgate for $25 a share."), ""},
        Example{Dated("Orion offered to buy Northgate for $12 billion."), ""},
        Example{Dated("Helix will buy Northgate for $15 billion including debt."), ""},
        Example{Dated("Helix agreed to buy Lumora for $1.2 billion in 2022."), ""},
        // What a contract for a term is worth; not an offer, nor a term alone.
        Example{Dated("The Gulls signed Kolinsky to an eight-year, $180 million contract."),
                "STORY:|contract value|$180 million|[175,000,000, 185,000,000) USD"},
        Example{Dated("He signed a $120 million, six-year contract."),
                "STORY:|contract value|$120 million|[115,000,000, 125,000,000) USD"},
        Example{Dated("Kolinsky agreed to a five-year deal worth $85 million."),
                "STORY:|contract value|$85 million|[84,500,000, 85,500,000) USD"},
        Example{Dated("The Owls had offered a seven-year, $160 million contract."), ""},
        Example{Dated("He signed a two-year contract."), ""},
        // Jobs a cut takes, not those of an earlier one.
        Example{Dated("Ardent Systems said it would cut 1,500 jobs."),
                "STORY:|job cuts|1,500|[1,450, 1,550)"},
        Example{Dated("The firm will lay off about 2,000 workers, or 8 percent of its staff."),
                "STORY:|job cuts|about 2,000|[1,900, 2,100)"},
        Example{Dated("Some 1,200 jobs will go at the plant."),
                "STORY:|job cuts|Some 1,200|[1,150, 1,250)"},
        Example{Dated("The plan would eliminate 400 positions in Dalvik."),
                "PLACE:Dalvik|job cuts|400|[380, 420)"},
        Example{Dated("The industry has shed 50,000 jobs since 2008."), ""},
        Example{Dated("Workers protested against the 2009 layoffs."), ""},
        // What thieves took, as valued, in the currency written.
        Example{Dated("Armed robbers stole jewels worth an estimated 80 million euros ($108 "
                      "million) from the store."),
                "STORY:|value stolen|an estimated 80 million euros|[76,000,000, 84,000,000) EUR"},
        Example{Dated("The thieves made off with $108 million worth of jewellery."),
                "STORY:|value stolen|$108 million|[107,500,000, 108,500,000) USD"},
        Example{Dated("The gang escaped with diamonds, rings and watches worth 85 million euros."),
                "STORY:|value stolen|85 million euros|[84,500,000, 85,500,000) EUR"},
        Example{Dated("Jewels worth 85 million euros were stolen on Thursday."),
                "STORY:|value stolen|85 million euros|[84,500,000, 85,500,000) EUR"},
        Example{Dated("The central bank bought $1bn worth of gold."), ""},
        Example{Dated("The necklace, worth $2 million, was not taken."), ""},
        Example{Dated("In 2003, thieves stole diamonds worth $100 million in Antwerp."), ""},
        // Figures about other times, other quakes, or nothing at all. A
        // count of another time's event is none of this one's, even in the
        // same place (a quake's toll in Bam this week is not 26,000), nor is
        // a population its own clause sets at another time today's.
        Example{
            Dated("A 6.7-strength quake killed more than 26,000 people in Bam in December 2003."),
            ""},
        Example{Dated("The tsunami of 2004 hit hard, killing 170,000 people in Sumatra alone."),
                ""},
        Example{Dated("Gaza City, home to 700,000 people before the war, lies in ruins."), ""},
        Example{Dated("In 2003 Zarand was home to 15,000 people."), ""},
        Example{Dated("In February a quake hit Zarand, a town of about 15,000 people."),
                "PLACE:Zarand|population|about 15,000|[14,500, 15,500)"},
        Example{Dated("Varnholm, a port city home to 240,000 residents, has had no woman as "
                      "mayor since 1987."),
                "PLACE:Varnholm|population|240,000|[235,000, 245,000)"},
        Example{Dated("A quake killed 30 people in Bam on Sunday."), "PLACE:Bam|deaths|30|30"},
        Example{Dated("In February, a quake measuring 6.4 hit Zarand, killing 612 people."), ""},
        Example{Dated("The last major quake was in February. It killed 612 people."), ""},
        Example{Dated("In April last year a quake struck Aceh. Five people died in the quake."),
                ""},
        Example{Dated("A similar storm killed 12 people in Varnholm two years ago."), ""},
        Example{Dated("The last big flood came a decade ago. It killed 45 people."), ""},
        Example{Dated("Three days ago, floods killed 4 people."), "STORY:|deaths|4|4"},
        Example{Dated("It was the strongest quake since a magnitude 6.9 temblor struck."), ""},
        Example{Dated("Since the quake struck, 24 people have died."), "STORY:|deaths|24|24"},
        Example{Dated("Another four people died in hospitals."), ""},
        // A wider total than the story's own.
        Example{Dated("Floods have killed 45 people across the country since the start of the "
                      "rainy season."),
                ""},
        Example{Dated("Storms have killed about 200 people around the world."), ""},
        Example{Dated("The virus has killed 1,200 people in the past week."), ""},
        // One strike of several: its toll is that strike's alone.
        Example{Dated("A strike on a house killed 12 people, officials said."), ""},
        Example{Dated("An Israeli airstrike on a school in Gaza City killed 20 people."), ""},
        Example{Dated("A missile hit a tower block, killing 9 people in Varnholm."), ""},
        Example{Dated("The strikes killed 40 people, officials said."), "STORY:|deaths|40|40"},
        Example{Dated("An explosion at a chemical plant killed 12 people."), "STORY:|deaths|12|12"},
        Example{Dated("Three people died during a nationwide strike."), "STORY:|deaths|Three|3"},
        // Across New Year, days apart are days apart, not another year.
        Example{"date 2025-01-01\n\nOn 31 December, police said 12 people were injured.",
                "STORY:|injured|12|12"},
        Example{"date 2024-12-31\n\nBy January 2, 40 people had died.", "STORY:|deaths|40|40"},
        Example{"date 2025-01-01\n\nOn 10 December, police said 12 people were injured.", ""},
        Example{"date 2025-01-01\n\nIn 2024, police said 12 people were injured.", ""},
        Example{Dated("A magnitude-6.0 quake can cause severe damage."), ""},
        Example{"Israeli forces rescued two hostages taken on October 7.", ""},
        Example{"Washington has on three occasions vetoed draft resolutions.", ""},
        Example{"Nearly half the population faces severe food shortages.", ""},
        Example{"The 60-year-old was arrested in 2008.", ""}, Example{"1711428572", ""},
        Example{"Call 555-0100 for help in Kastel.", ""},
        Example{"The bridge, built in 1962, is 300 metres long.", ""},
        Example{"At 10:30 the city was quiet.", ""},
        // Who did the killing is not counted; who died is, as its own fact.
        Example{"100 gunmen killed two soldiers.", "STORY:|deaths (soldiers)|two|2"},
        Example{"The A380 carried 500 passengers to Dubai.", ""}));

struct FigureExample {
  const char* figure;
  const char* unit;
  const char* interval;
};

void PrintTo(const FigureExample& example, std::ostream* out) { *out << example.figure; }

class FigureTest : public testing::TestWithParam<FigureExample> {};

TEST_P(FigureTest, ReadsTheInterval) {
  std::optional<Quantity> quantity = Module().ReadFigure(GetParam().figure, GetParam().unit);
  ASSERT_TRUE(quantity.has_value()) << GetParam().figure;
  EXPECT_EQ(FormatInterval(*quantity), GetParam().interval) << GetParam().figure;
}

INSTANTIATE_TEST_SUITE_P(
    Figures, FigureTest,
    testing::Values(
        FigureExample{"12", "", "12"}, FigureExample{"about 12", "", "[11.5, 12.5)"},
        FigureExample{"5,300", "", "[5,250, 5,350)"}, FigureExample{"1234", "", "1,234"},
        FigureExample{"1000", "", "[950, 1,050)"}, FigureExample{"1,000", "", "[950, 1,050)"},
        FigureExample{"100,000", "", "[95,000, 105,000)"},
        FigureExample{"1.5 million", "", "[1,450,000, 1,550,000)"},
        FigureExample{"one and a half million", "", "[1,450,000, 1,550,000)"},
        FigureExample{"half a million", "", "[475,000, 525,000)"},
        FigureExample{"2 million", "", "[1,900,000, 2,100,000)"},
        FigureExample{"2bn", "", "[1,900,000,000, 2,100,000,000)"},
        FigureExample{"over 1.5 million", "", "(1,500,000, \xE2\x88\x9E)"},
        FigureExample{"more than 1,000", "", "(1,000, \xE2\x88\x9E)"},
        FigureExample{"at least 3", "", "[3, \xE2\x88\x9E)"},
        FigureExample{"as many as 20,000", "", "[0, 20,000]"},
        FigureExample{"nearly 500", "", "[450, 500)"},
        FigureExample{"an estimated 100,000", "", "[95,000, 105,000)"},
        FigureExample{"seventy", "", "70"}, FigureExample{"twenty-five", "", "25"},
        FigureExample{"a dozen", "", "12"}, FigureExample{"10-12", "", "[10, 12]"},
        FigureExample{"between 10 and 12", "", "[10, 12]"},
        FigureExample{"6 miles", "km", "[9.17, 10.14) km"},
        FigureExample{"6.2 miles", "km", "[9.9, 10.06) km"},
        FigureExample{"10 km", "km", "[9.5, 10.5) km"},
        FigureExample{"12,000 acres", "ha", "[4,653.88, 5,058.57) ha"},
        FigureExample{"about 4,900 hectares", "ha", "[4,850, 4,950) ha"},
        FigureExample{"40 percent", "%", "[38, 42)%"}, FigureExample{"41%", "%", "[40.5, 41.5)%"},
        FigureExample{"two-thirds", "%", "[64.17, 69.17)%"},
        FigureExample{"$240 billion", "currency", "[235,000,000,000, 245,000,000,000) USD"},
        FigureExample{"\xE2\x82\xAC"
                      "200bn",
                      "currency", "[190,000,000,000, 210,000,000,000) EUR"},
        FigureExample{"5.9", "magnitude", "[5.85, 5.95)"}));

TEST(QuantitiesModuleTest, RejectsWhatIsNotAFigureInTheWantedUnit) {
  EXPECT_FALSE(Module().ReadFigure("many").has_value());
  EXPECT_FALSE(Module().ReadFigure("12 apples").has_value());
  EXPECT_FALSE(Module().ReadFigure("12 miles").has_value());  // a count has no unit
  EXPECT_FALSE(Module().ReadFigure("12", "km").has_value());  // a length needs one
  EXPECT_FALSE(Module().ReadFigure("40", "ha").has_value());  // and so does an area
  EXPECT_FALSE(Module().ReadFigure("12 km", "%").has_value());
  EXPECT_FALSE(Module().ReadFigure("1,200", "currency").has_value());
  EXPECT_FALSE(Module().ReadFigure("half").has_value());  // a share only as a percentage
}

TEST(QuantitiesModuleTest, AFrameWithoutAFigureIsAnError) {
  QuantityLexicon lexicon = DefaultQuantityLexicon();
  lexicon.add_frame()->set_pattern("{PLACE} people");
  EXPECT_FALSE(
      QuantitiesModule::Create(lexicon, PlacesModule::Create(DefaultPlaceLexicon()).value()).ok());
}

// A slot is a named group, which a pattern holds once: a frame that would
// read a figure in either of two places is two frames.
TEST(QuantitiesModuleTest, AFrameNamingASlotTwiceIsAnError) {
  const auto error = [](const std::string& pattern) {
    QuantityLexicon lexicon = DefaultQuantityLexicon();
    lexicon.add_frame()->set_attribute("ransom");
    lexicon.mutable_frame()->rbegin()->set_pattern(pattern);
    return std::string(
        QuantitiesModule::Create(lexicon, PlacesModule::Create(DefaultPlaceLexicon()).value())
            .status()
            .message());
  };
  EXPECT_EQ(error("ransom of {FIGURE}|{FIGURE} in ransom"),
            "quantity frame for \"ransom\": names {FIGURE} twice");
  EXPECT_EQ(error("{PEOPLE} held for {FIGURE}"),
            "quantity frame for \"ransom\": has a {FIGURE} and a {PEOPLE}");
  EXPECT_EQ(error("{FIGURE} in {PLACE} and {PLACE}"),
            "quantity frame for \"ransom\": names {PLACE} twice");
}

// A figure a pattern may leave out makes no claim where it does.
TEST(QuantitiesModuleTest, AMatchWithoutItsFigureMakesNoClaim) {
  QuantityLexicon lexicon = DefaultQuantityLexicon();
  lexicon.clear_frame();
  QuantityLexicon::Frame* frame = lexicon.add_frame();
  frame->set_attribute("ransom");
  frame->set_unit("currency");
  frame->set_pattern("\\bpirates\\s+demanded(?:\\s+{FIGURE})?");
  const std::unique_ptr<QuantitiesModule> module =
      QuantitiesModule::Create(lexicon, PlacesModule::Create(DefaultPlaceLexicon()).value())
          .value();
  EXPECT_TRUE(ExtractForTests(*module, "date 2026-03-24\n\nThe pirates demanded more.\n").empty());
  EXPECT_EQ(
      ExtractForTests(*module, "date 2026-03-24\n\nThe pirates demanded $4 million.\n").size(), 1u);
}

// A part of the lexicon stands, by its name, in any frame's pattern or
// `unless`; a name no part or slot bears is an error, as is a part that is
// no pattern or is misnamed.
TEST(QuantitiesModuleTest, FramesShareTheLexiconsParts) {
  const auto create = [](const QuantityLexicon& lexicon) {
    return QuantitiesModule::Create(lexicon, PlacesModule::Create(DefaultPlaceLexicon()).value());
  };
  QuantityLexicon lexicon = DefaultQuantityLexicon();
  lexicon.clear_frame();
  QuantityLexicon::Part* part = lexicon.add_part();
  part->set_name("VOTED_FOR");
  part->set_pattern("(?:voted|polled)");
  QuantityLexicon::Frame* frame = lexicon.add_frame();
  frame->set_attribute("votes");
  frame->set_pattern("{VOTED_FOR}\\s+{FIGURE}\\s+votes");
  frame->set_unless("\\bexit poll\\b|{VOTED_FOR} early");
  const std::unique_ptr<QuantitiesModule> module = create(lexicon).value();
  EXPECT_EQ(Describe(Dated("The winner polled 5,000 votes."), *module),
            "STORY:|votes|5,000|[4,750, 5,250)");
  EXPECT_EQ(Describe(Dated("Those who voted early polled 5,000 votes."), *module), "");

  frame->set_pattern("{VOTES_FOR}\\s+{FIGURE}\\s+votes");
  EXPECT_EQ(create(lexicon).status().message(),
            "quantity frame for \"votes\": no part is named {VOTES_FOR}");
  frame->set_pattern("{VOTED_FOR}\\s+{FIGURE}\\s+votes");
  part->set_pattern("(?:voted");
  EXPECT_TRUE(absl::StartsWith(create(lexicon).status().message(),
                               "quantity part {VOTED_FOR}: invalid pattern"));
  part->set_pattern("(?:voted|polled)");
  part->set_name("FIGURE");
  EXPECT_EQ(create(lexicon).status().message(),
            "quantity part {FIGURE}: a name is capital letters and underscores, and no slot's");
}

TEST(QuantitiesModuleTest, AFrameFindsItsPersonOneWayAtMost) {
  QuantityLexicon lexicon = DefaultQuantityLexicon();
  QuantityLexicon::Frame* frame = lexicon.add_frame();
  frame->set_attribute("age");
  frame->set_pattern("{PERSON} died aged {FIGURE}");
  frame->set_person_before(80);
  const absl::Status status =
      QuantitiesModule::Create(lexicon, PlacesModule::Create(DefaultPlaceLexicon()).value())
          .status();
  EXPECT_EQ(status.message(),
            "quantity frame for \"age\": has a {PERSON} and a person_before: one person at most");
}

// A frame is skipped in a sentence that names no one only when its every
// match names someone; one whose person may be missing still reads it.
TEST(QuantitiesModuleTest, AFrameWhosePersonMayBeMissingReadsSentencesNamingNoOne) {
  for (const char* pattern : {
           "(?:{PERSON}\\s+)?polled\\s+{FIGURE}\\s+votes",
           "{PERSON}?\\s*polled\\s+{FIGURE}\\s+votes",
           "{PERSON}\\s+abstained|polled\\s+{FIGURE}\\s+votes",
           "[)]?(?:{PERSON}\\s+)?polled\\s+{FIGURE}\\s+votes",  // a ")" in a class opens nothing
       }) {
    QuantityLexicon lexicon = DefaultQuantityLexicon();
    lexicon.clear_frame();
    QuantityLexicon::Frame* frame = lexicon.add_frame();
    frame->set_attribute("votes");
    frame->set_pattern(pattern);
    const std::unique_ptr<QuantitiesModule> module =
        QuantitiesModule::Create(lexicon, PlacesModule::Create(DefaultPlaceLexicon()).value())
            .value();
    EXPECT_EQ(Describe(Dated("The winner polled 5,000 votes."), *module),
              "STORY:|votes|5,000|[4,750, 5,250)")
        << pattern;
  }
}

// The level of place a figure is about, where its document says: a city and
// a province of one name are two places.
TEST(QuantitiesModuleTest, ClaimCarriesTheLevelOfItsPlace) {
  const auto level = [](const std::string& text) {
    std::vector<std::string> levels;
    for (const Claim& claim : ExtractForTests(Module(), text)) {
      levels.push_back(claim.quantity().place_level());
    }
    return absl::StrJoin(levels, "; ");
  };
  EXPECT_EQ(level("Darvan province is home to 3.1 million people."), "province");
  EXPECT_EQ(level("Darvan, a city of 480,000 people, lies on a fault."), "city");
  EXPECT_EQ(level("The town of Darvan was hit. The town is home to 480,000 people."), "city");
  EXPECT_EQ(level("It hit Darvan county. The county, home to 90,000 people, was cut off."),
            "province");
  EXPECT_EQ(level("Darvan is home to 480,000 people."), "");
}

TEST(QuantitiesModuleTest, ClaimCarriesCountedNounKeyAndHighlight) {
  const std::vector<Claim> claims = ExtractForTests(
      Module(), "Salonika, a city home to 1.5 million displaced Palestinians, waits.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].subject_key(), "thessaloniki");
  EXPECT_EQ(claims[0].quantity().counted(), "displaced Palestinians");
  const Evidence& evidence = claims[0].evidence();
  EXPECT_EQ(evidence.excerpt().substr(evidence.highlight_begin(),
                                      evidence.highlight_end() - evidence.highlight_begin()),
            "1.5 million displaced Palestinians");
}

// The dead and the injured only grow as counts are updated; the missing
// are found, and a population is no count of what an event did.
TEST(QuantitiesModuleTest, CountsOfTheDeadAndInjuredGrow) {
  // Each figure's attribute, and whether it grows.
  const auto read = [](const std::string& text) {
    std::vector<std::string> found;
    for (const Claim& claim : ExtractForTests(Module(), Dated(text))) {
      found.push_back(absl::StrCat(claim.attribute(), claim.quantity().grows() ? " grows" : ""));
    }
    return absl::StrJoin(found, "; ");
  };
  EXPECT_EQ(read("Twelve people were killed in Kessra."), "deaths grows");
  EXPECT_EQ(read("The quake injured 40 people in Kessra."), "injured grows");
  EXPECT_EQ(read("Six people are still missing in Kessra."), "missing");
  EXPECT_EQ(read("Kessra, a town of 18,000 people, was cut off."), "population");
}

}  // namespace
}  // namespace factcheck
