// The names corpus: sentences in, person mentions out. Each mention prints as
// "Given|Surname|title" for a full name, or "Short->Full name" for a short
// form and the full name it refers to in the same document.
#include "rules/names/names.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "checker/corpus/loader.h"
#include "checker/text/layout.h"
#include "gtest/gtest.h"
#include "rules/mentions/extract_for_tests.h"

namespace factcheck {
namespace {

std::vector<Claim> Extract(const std::string& text) {
  static const NamesModule* names = NamesModule::Create(DefaultNameLexicon()).value().release();
  return ExtractForTests(*names, text);
}

std::string Describe(const std::string& text) {
  std::vector<std::string> found;
  for (const Claim& claim : Extract(text)) {
    const PersonName& name = claim.name();
    if (!name.given().empty()) {
      found.push_back(name.given() + "|" + name.surname() + "|" + name.title());
    } else {
      found.push_back(claim.value_text() + "->" + name.refers_to());
    }
  }
  return absl::StrJoin(found, "; ");
}

struct Example {
  const char* text;
  const char* expected;  // "" when the text names nobody
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.text; }

class NameCorpusTest : public testing::TestWithParam<Example> {};

TEST_P(NameCorpusTest, FindsPeople) { EXPECT_EQ(Describe(GetParam().text), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Corpus, NameCorpusTest,
    testing::Values(
        // Titles and roles before the name.
        Example{"U.S. Secretary of State Antony Blinken met him.",
                "Antony|Blinken|Secretary of State"},
        Example{"The U.S. Secretary of State, Antony Blinken, toured the region.",
                "Antony|Blinken|Secretary of State"},
        Example{"He met Egypt's Foreign Minister Sameh Shoukry in Cairo.",
                "Sameh|Shoukry|Foreign Minister"},
        Example{"Israeli Prime Minister Benjamin Netanyahu spoke.",
                "Benjamin|Netanyahu|Prime Minister"},
        Example{"UN aid chief Martin Griffiths warned against it.", "Martin|Griffiths|aid chief"},
        Example{"Harbour Master Katherine Ostrander closed the quay.",
                "Katherine|Ostrander|Harbour Master"},
        Example{"US State Department spokesman Matthew Miller said so.",
                "Matthew|Miller|spokesman"},
        Example{"American representative Linda Thomas-Greenfield objected.",
                "Linda|Thomas-Greenfield|representative"},
        Example{"Famous pin up star Betty Page has died.", "Betty|Page|star"},
        Example{"Her publicist, Leslie Sloane, did not return calls.", "Leslie|Sloane|publicist"},
        Example{"His agent Mark Roesler confirmed it.", "Mark|Roesler|agent"},
        Example{"Champion Mario Ruiz knocked out Ivan Petrov.",
                "Mario|Ruiz|Champion; Ivan|Petrov|"},
        Example{"Queens resident Raj Chohan, 59, was struck.", "Raj|Chohan|resident"},
        // A position or calling before a given name the lexicon does not know.
        Example{"The club signed first baseman Marlow Pettibone.",
                "Marlow|Pettibone|first baseman"},
        Example{"Businessman Tavish Orrel bought the club.", "Tavish|Orrel|Businessman"},
        Example{"The pilot, Radoslav Hennig, landed safely.", "Radoslav|Hennig|pilot"},
        // Kin share a surname: the surname alone is no one's in particular.
        Example{"Sandhu's son, Amrit Sandhu, spoke. Sandhu, 61, died.", "Amrit|Sandhu|son"},
        Example{"His widow Ruth Okafor thanked the crew.", "Ruth|Okafor|widow"},
        Example{"Her first husband, Billy Neal, left. She divorced Neal.",
                "Billy|Neal|husband; Neal->Billy Neal"},
        Example{"His sister Paula built the sets.", ""},
        // Kin named by title and surname: the surname is either's.
        Example{"Daniel Okoro was cleared. His wife, Mrs Okoro, 44, wept. Okoro smiled.",
                "Daniel|Okoro|; Okoro->"},
        Example{"Daniel Okoro was cleared. Ms Okoro, 44, his wife of 20 years, wept.",
                "Daniel|Okoro|; Okoro->"},
        Example{"Daniel Okoro was cleared. Mr Okoro, 47, smiled.",
                "Daniel|Okoro|; Okoro->Daniel Okoro"},
        // A surname given a woman's honorific and a man's is two people's.
        Example{"Daniel Okoro was cleared. Mr Okoro smiled. Mrs Okoro, 44, wept.",
                "Daniel|Okoro|; Okoro->; Okoro->"},
        Example{"Mr Daniel Okoro was cleared. Mrs Okoro wept.", "Daniel|Okoro|Mr; Okoro->"},
        Example{"Mayor Ingrid Saarinen visited the dam.", "Ingrid|Saarinen|Mayor"},
        Example{"Incumbent President Ida Kovar took 43 percent.", "Ida|Kovar|Incumbent President"},
        // Particles and hyphens stay in the surname; possessives do not.
        Example{"He met President Abdel-Fattah el-Sissi in Cairo.",
                "Abdel-Fattah|el-Sissi|President"},
        Example{"Crown Prince Mohammed bin Salman arrived.", "Mohammed|bin Salman|Crown Prince"},
        Example{"Secretary of State Antony Blinken\xE2\x80\x99s visit ended.",
                "Antony|Blinken|Secretary of State"},
        Example{"President John F. Kennedy spoke.", "John F|Kennedy|President"},
        Example{"Former President George H.W. Bush, 84, was taken to hospital.",
                "George H.W|Bush|President"},
        // A title or an age after the name, set off by a comma.
        Example{"Heydar Alishbandi, Governor of Qeshm island, said five villages were hit.",
                "Heydar|Alishbandi|Governor"},
        Example{"Heidar Alishvandi, the governor of Qeshm, was quoted by television.",
                "Heidar|Alishvandi|governor"},
        Example{"Hugh Hefner, the magazine's founder, said she was an icon.",
                "Hugh|Hefner|founder"},
        Example{"Shahram Alamdari, head of the rescue unit, said helicopters were busy.",
                "Shahram|Alamdari|head"},
        Example{"Raj Chohan, 59, was struck by a car.", "Raj|Chohan|"},
        Example{"He was convicted in the death of Harjit Sandhu, 61.", "Harjit|Sandhu|"},
        Example{"Bandar Abbas, a city of 500,000 people, was jolted.", ""},
        Example{"She lived in Miami and Port au Prince, Haiti.", ""},
        Example{"Saudi Arabia, the largest producer, agreed.", ""},
        // Roles in elections, and an age before the name.
        Example{"Opposition candidate Marta van der Berg won.", "Marta|van der Berg|candidate"},
        Example{"Challenger Marta van den Berg received 54% of the vote.",
                "Marta|van den Berg|Challenger"},
        Example{"She defeated the 62-year-old Oskar Lindahl.", "Oskar|Lindahl|year-old"},
        // A known given name marks a person without a title.
        Example{"Antony Blinken arrived late.", "Antony|Blinken|"},
        Example{"ANTONY BLINKEN ARRIVES IN CAIRO", "ANTONY|BLINKEN|"},
        Example{"Sergei Lavrov and Yoav Gallant met.", "Sergei|Lavrov|; Yoav|Gallant|"},
        // So does one of the other given names, in many languages.
        Example{"Ilse Varga won the runoff.", "Ilse|Varga|"},
        Example{"Giannis Panagopoulos and Kyriakos Mitsotakis spoke.",
                "Giannis|Panagopoulos|; Kyriakos|Mitsotakis|"},
        Example{"Calls to Leslie Sloane went unanswered.", "Leslie|Sloane|"},
        Example{"A leader of the teachers' union, Elias Vrettakos, spoke.", "Elias|Vrettakos|"},
        Example{"Mark Roesler confirmed it.", "Mark|Roesler|"},
        // Not where the name is an institution's.
        Example{"Students at the Ilse Varga Library met her.", ""},
        Example{"The river rose at Leslie Falls overnight.", ""},
        // Short forms refer to the full name in the same document.
        Example{"Secretary of State Antony Blinken arrived. Blinken spoke.",
                "Antony|Blinken|Secretary of State; Blinken->Antony Blinken"},
        Example{"Mr Blinken\xE2\x80\x99s visit came first. Then Antony Blinken spoke.",
                "Blinken->Antony Blinken; Antony|Blinken|"},
        Example{"Secretary Blinken arrived. Mr. Blinken left. Antony Blinken slept.",
                "Blinken->Antony Blinken; Blinken->Antony Blinken; Antony|Blinken|"},
        Example{"Mayor Ingrid Saarinen spoke. Saarinen said the dam held.",
                "Ingrid|Saarinen|Mayor; Saarinen->Ingrid Saarinen"},
        // Untitled short forms written otherwise than the full name.
        Example{"Mayor Ingrid Saarinen spoke. SAARINEN SAID THE DAM HELD.",
                "Ingrid|Saarinen|Mayor; SAARINEN->Ingrid Saarinen"},
        Example{"Mayor Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                "ez spoke. N\xC3\xBA\xC3\xB1"
                "ez left.",
                "Jos\xC3\xA9|N\xC3\xBA\xC3\xB1"
                "ez|Mayor; N\xC3\xBA\xC3\xB1"
                "ez->Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                "ez"},
        Example{"Envoy Sean O'Brien arrived. O'Brien met them.",
                "Sean|O'Brien|Envoy; O'Brien->Sean O'Brien"},
        // A titled short form with no full name stays unresolved.
        Example{"Prime Minister Netanyahu refused.", "Netanyahu->"},
        // A surname shared by two different people resolves to neither.
        Example{"Driver Ravi Chohan hit Raj Chohan. Chohan died.",
                "Ravi|Chohan|Driver; Raj|Chohan|"},
        // Not people: organisations, places, acronyms, lower-case titles.
        Example{"The State Department said the Security Council would vote.", ""},
        Example{"Rafah is home to many people in the Gaza Strip.", ""},
        Example{"The Egyptian Foreign Minister who called for calm.", ""},
        Example{"Israel's defense minister has indicated plans.", ""},
        Example{"The UN and AFP reported it.", ""},
        Example{"President Biden Administration officials spoke.", ""},
        Example{"Hamas can be dealt with.", ""},
        Example{"International Reactions and Next Steps", ""}, Example{"Anthony bliken", ""},
        Example{"anthony blinken visits cairo", ""},
        // A short title names no one itself: a run of them, as garbled
        // text has, is no name.
        Example{"Mr. Mr. Mr. Mr. said so.", ""}, Example{"Dr. Mrs. Ms. said so.", ""},
        Example{"MINISTER TOMAS LINDQVIST VISITS VARNHOLM", "TOMAS|LINDQVIST|MINISTER"},
        // Transliterations and particles.
        Example{"Ukrainian President Volodymyr Zelenskyy spoke.", "Volodymyr|Zelenskyy|President"},
        Example{"Osama bin Laden was named.", "Osama|bin Laden|"},
        Example{"Usama bin Laden was named.", "Usama|bin Laden|"},
        Example{"UN Secretary-General Ant\xC3\xB3nio Guterres warned.",
                "Ant\xC3\xB3nio|Guterres|Secretary-General"},
        Example{"Mayor Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                "ez spoke in Bogot\xC3\xA1.",
                "Jos\xC3\xA9|N\xC3\xBA\xC3\xB1"
                "ez|Mayor"},
        Example{"Former president Donald Trump spoke.", "Donald|Trump|president"},
        Example{"Dr. Ema Suryani treated the injured.", "Ema|Suryani|Dr"},
        Example{"Mr. O\xE2\x80\x99"
                "Brien said so.",
                "O\xE2\x80\x99"
                "Brien->"},
        // Organisations named like people.
        Example{"General Motors recalled the cars.", ""},
        Example{"The White House declined to comment.", ""},
        Example{"Amnesty International said the count was low.", ""},
        Example{"Prime Minister Calls Election", ""},
        // Capitalised particles belong to the surname, whatever their case.
        Example{"EU President Herman Van Rompuy spoke.", "Herman|Van Rompuy|President"},
        Example{"Dr Azm Al-Homoud and Dr Azm Al Homoud agree.",
                "Azm|Al-Homoud|Dr; Azm|Al Homoud|Dr"},
        // Places and things named after people are not people.
        Example{"Traffic stopped on Sheikh Zayed Road.", ""},
        Example{"Homes shook across the San Francisco Bay Area.", ""},
        Example{"Fans bought Bettie Page T-shirts.", "Bettie|Page|"},
        Example{"He studied at George Peabody College in Nashville.", ""},
        Example{"She was named Miss Pinup Girl of the World.", ""},
        // In a headline, capitals say little: a name is a known given name
        // and one more word.
        Example{"Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'", ""},
        Example{"Bettie Page Dies At 85", "Bettie|Page|"}, Example{"Blinken spoke.", ""}));

TEST(NamesModuleTest, ClaimsCarryEvidenceAndGivenNameKey) {
  const std::vector<Claim> claims =
      Extract("Intro line here.\nU.S. Secretary of State Antony Blinken met him.");
  ASSERT_EQ(claims.size(), 1u);
  const Claim& claim = claims[0];
  EXPECT_EQ(claim.kind(), Claim::PERSON_NAME);
  EXPECT_EQ(claim.rule(), "names/titled");
  EXPECT_EQ(claim.name().given_key(), "anthony");  // Antony is a spelling of Anthony
  EXPECT_EQ(claim.evidence().line(), 2);
  EXPECT_EQ(claim.evidence().excerpt().substr(
                claim.evidence().highlight_begin(),
                claim.evidence().highlight_end() - claim.evidence().highlight_begin()),
            "Antony Blinken");
}

// A form of address, of one sex or either, names no role; a title does,
// however short.
TEST(NamesModuleTest, MarksTitlesThatAreOnlyFormsOfAddress) {
  std::vector<std::string> marked;
  for (const Claim& claim :
       Extract("Mrs Ruth Okafor met Dr. Leon Marsh, Sir Alan Pryce, Gen. Ivo Dragan and "
               "Mayor Ingrid Saarinen.")) {
    marked.push_back(claim.name().title() + (claim.name().honorific_title() ? " (address)" : ""));
  }
  EXPECT_EQ(absl::StrJoin(marked, "; "), "Mrs (address); Dr (address); Sir (address); Gen; Mayor");
}

TEST(NamesModuleTest, MatchesTitlesOfAnyLengthInAnyCase) {
  // Words are folded on the stack up to 32 bytes, and beyond that on the heap.
  NameLexicon lexicon = DefaultNameLexicon();
  lexicon.add_title("undersecretarygeneralforhumanitarianaffairs deputy");
  const std::unique_ptr<NamesModule> names = NamesModule::Create(lexicon).value();
  Document document =
      ParseDocument("a.txt",
                    "He said UnderSecretaryGeneralForHumanitarianAffairs DEPUTY Ingrid Saarinen "
                    "met ENVOY Oskar Lindahl and Undersecretarygeneralforhumanitarianaffair "
                    "Marta Berg.")
          .value();
  LayoutAnalyzer::Create(DefaultLayoutRules()).value().Analyze(&document);
  std::vector<std::string> titles;
  for (const PersonMention& person : names->FindPeople(document)) titles.push_back(person.title);
  EXPECT_EQ(absl::StrJoin(titles, "; "),
            "UnderSecretaryGeneralForHumanitarianAffairs DEPUTY; ENVOY");
}

TEST(NamesModuleTest, ParsesAFullNameWrittenOnItsOwn) {
  static const NamesModule* names = NamesModule::Create(DefaultNameLexicon()).value().release();
  const auto parse = [](const char* text) {
    absl::StatusOr<PersonName> name = names->ParseFullName(text);
    return name.ok() ? name->given() + "|" + name->surname() + "|" + name->given_key()
                     : std::string(name.status().message());
  };
  EXPECT_EQ(parse("Antony Blinken"), "Antony|Blinken|anthony");
  EXPECT_EQ(parse("Abdel-Fattah el-Sissi"), "Abdel-Fattah|el-Sissi|");
  // Other given names have no key: their spellings are compared by letters.
  EXPECT_EQ(parse("Karolos Papoulias"), "Karolos|Papoulias|");
  EXPECT_EQ(parse("Mohammed bin Salman"), "Mohammed|bin Salman|mohamed");
  EXPECT_EQ(parse("Ilias Vrettakos"), "Ilias|Vrettakos|elias");
  // Transliterations of one name, as wires print them.
  EXPECT_EQ(parse("Wladimir Klitschko"), "Wladimir|Klitschko|vladimir");
  EXPECT_EQ(parse("Viktor Yanukovych"), "Viktor|Yanukovych|victor");
  EXPECT_EQ(parse("Julia Tymoshenko"), "Julia|Tymoshenko|yulia");
  EXPECT_EQ(parse("Marko Petrovic"), "Marko|Petrovic|");
  EXPECT_EQ(parse("Blinken"), "not a full name (a given name and a surname): \"Blinken\"");
  EXPECT_EQ(parse("Antony Blinken!"),
            "not a full name (a given name and a surname): \"Antony Blinken!\"");
}

TEST(NormalizeNameTest, FoldsCaseHyphensApostrophesAndPeriods) {
  EXPECT_EQ(NormalizeName("Abdel-Fattah el-Sissi"), "abdel fattah el sissi");
  EXPECT_EQ(NormalizeName("ABDEL FATTAH  EL-SISSI"), "abdel fattah el sissi");
  EXPECT_EQ(NormalizeName("O\xE2\x80\x99"
                          "Brien"),
            "o'brien");
  EXPECT_EQ(NormalizeName("John F. Kennedy"), "john f kennedy");
  EXPECT_EQ(NormalizeName("JOS\xC3\x89"), "jos\xC3\xA9");
  EXPECT_NE(NormalizeName("Antony"), NormalizeName("Anthony"));
}

}  // namespace
}  // namespace factcheck
