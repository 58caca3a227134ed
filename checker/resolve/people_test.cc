#include "checker/resolve/people.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/util/kept_claims.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// A PERSON_NAME claim for "Given Surname" in `document`; `given_key` as the
// names lexicon would set it.
Claim FullName(const std::string& document, const std::string& given, const std::string& surname,
               const std::string& given_key = "") {
  Claim claim;
  claim.set_kind(Claim::PERSON_NAME);
  claim.set_value_text(given + " " + surname);
  claim.mutable_name()->set_given(given);
  claim.mutable_name()->set_surname(surname);
  claim.mutable_name()->set_given_key(given_key);
  claim.mutable_evidence()->set_document(document);
  return claim;
}

// Each person as their spellings joined by " = ", people separated by "; ".
std::string People_(const std::vector<Claim>& claims) {
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const People people(ordered);
  std::vector<std::string> described;
  for (const Entity& entity : people.entities()) {
    std::vector<std::string> spellings;
    for (const Entity::Spelling& spelling : entity.spellings())
      spellings.push_back(spelling.text());
    described.push_back(absl::StrJoin(spellings, " = "));
  }
  return absl::StrJoin(described, "; ");
}

TEST(PeopleTest, JoinsSpellingVariantsOfOnePerson) {
  EXPECT_EQ(People_({FullName("a", "Antony", "Blinken", "anthony"),
                     FullName("b", "Anthony", "Blinken", "anthony"),
                     FullName("c", "Anthony", "Bliken", "anthony")}),
            "Anthony Bliken = Anthony Blinken = Antony Blinken");
  EXPECT_EQ(People_({FullName("a", "Sergey", "Lavrov", "sergei"),
                     FullName("b", "Sergei", "Lavrov", "sergei")}),
            "Sergei Lavrov = Sergey Lavrov");
  EXPECT_EQ(People_({FullName("a", "Volodymyr", "Zelensky", "volodymyr"),
                     FullName("b", "Volodymyr", "Zelenskyy", "volodymyr")}),
            "Volodymyr Zelensky = Volodymyr Zelenskyy");
  EXPECT_EQ(People_({FullName("a", "Sameh", "Shoukry", "sameh"),
                     FullName("b", "Sameh", "Shukri", "sameh")}),
            "Sameh Shoukry = Sameh Shukri");
  EXPECT_EQ(People_({FullName("a", "Bettie", "Page", "bettie"),
                     FullName("b", "Betty", "Page", "bettie")}),
            "Bettie Page = Betty Page");
  // An initial transliterated two ways, the rest alike.
  EXPECT_EQ(People_({FullName("a", "Karolos", "Vasileiou"), FullName("b", "Carolos", "Vasileiou")}),
            "Carolos Vasileiou = Karolos Vasileiou");
  EXPECT_EQ(People_({FullName("a", "Yiannis", "Stathakis"), FullName("b", "Giannis", "Stathakis")}),
            "Giannis Stathakis = Yiannis Stathakis");
  // Diacritics dropped: another spelling of one person.
  EXPECT_EQ(People_({FullName("a", "Jos\xC3\xA9", "\xC3\x81lvarez", "jose"),
                     FullName("b", "Jose", "Alvarez", "jose")}),
            "Jose Alvarez = Jos\xC3\xA9 \xC3\x81lvarez");
  EXPECT_EQ(People_({FullName("a", "Ren\xC3\xA9", "Dupr\xC3\xA9"), FullName("b", "Rene", "Dupre")}),
            "Rene Dupre = Ren\xC3\xA9 Dupr\xC3\xA9");
  // A consonant doubled, even in a name too short to compare by letters.
  EXPECT_EQ(People_({FullName("a", "Dorian", "Vell", "dorian"),
                     FullName("b", "Dorian", "Vel", "dorian")}),
            "Dorian Vel = Dorian Vell");
}

TEST(PeopleTest, KeepsDifferentPeopleApart) {
  // Different given names the lexicon knows, or not alike.
  EXPECT_EQ(
      People_({FullName("a", "John", "Smith", "john"), FullName("b", "Joan", "Smith", "joan")}),
      "Joan Smith; John Smith");
  EXPECT_EQ(People_({FullName("a", "Raj", "Chohan", "raj"), FullName("b", "Ravi", "Chohan")}),
            "Raj Chohan; Ravi Chohan");
  EXPECT_EQ(People_({FullName("a", "Mark", "Kelly"), FullName("b", "Scott", "Kelly", "scott")}),
            "Mark Kelly; Scott Kelly");
  // Initials of one sound, but short names, or more than the initial apart.
  EXPECT_EQ(People_({FullName("a", "Yong", "Chen"), FullName("b", "Gong", "Chen")}),
            "Gong Chen; Yong Chen");
  EXPECT_EQ(People_({FullName("a", "Karolos", "Vasileiou"), FullName("b", "Carlos", "Vasileiou")}),
            "Carlos Vasileiou; Karolos Vasileiou");
  // A man's and a woman's form of one name, the lexicon knowing neither:
  // two people, often of one family.
  EXPECT_EQ(People_({FullName("a", "Ludovico", "Ferrante"), FullName("b", "Ludovica", "Ferrante")}),
            "Ludovica Ferrante; Ludovico Ferrante");
  EXPECT_EQ(People_({FullName("a", "Emanuel", "Costa"), FullName("b", "Emanuela", "Costa")}),
            "Emanuel Costa; Emanuela Costa");
  // Short surnames a letter apart, but no consonant doubled: other names.
  EXPECT_EQ(People_({FullName("a", "Minh", "Le"), FullName("b", "Minh", "Lee")}),
            "Minh Le; Minh Lee");
  EXPECT_EQ(People_({FullName("a", "Wei", "Li"), FullName("b", "Wei", "Lin")}), "Wei Li; Wei Lin");
  // Same given name, different surnames.
  EXPECT_EQ(People_({FullName("a", "Matthew", "Miller", "matthew"),
                     FullName("b", "Matthew", "Mills", "matthew")}),
            "Matthew Miller; Matthew Mills");
}

TEST(PeopleTest, KnowsWhoElseBearsASurname) {
  const std::vector<Claim> claims = {FullName("a", "Scott", "Peterson", "scott"),
                                     FullName("b", "Laci", "Peterson", "laci"),
                                     FullName("b", "Mark", "Geragos", "mark")};
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const People people(ordered);
  const auto namesakes = [&](absl::string_view document, absl::string_view name) {
    std::vector<std::string> named;
    for (const int other : people.Namesakes(people.EntityOfName(document, name))) {
      named.push_back(people.entities()[other].spellings(0).text());
    }
    return absl::StrJoin(named, ", ");
  };
  EXPECT_EQ(namesakes("a", "Scott Peterson"), "Laci Peterson");
  EXPECT_EQ(namesakes("b", "Laci Peterson"), "Scott Peterson");
  EXPECT_EQ(namesakes("b", "Mark Geragos"), "");
}

TEST(PeopleTest, SplitsAChainOfSmallDifferences) {
  // Berger ~ Burger ~ Burgers, but Berger and Burgers are not alike.
  EXPECT_EQ(
      People_({FullName("a", "Anna", "Berger", "anna"), FullName("b", "Anna", "Burger", "anna"),
               FullName("c", "Anna", "Burgers", "anna")}),
      "Anna Berger; Anna Burger; Anna Burgers");
}

TEST(PeopleTest, MiddleInitialsAreNotSpellings) {
  EXPECT_EQ(People_({FullName("a", "John F.", "Kennedy", "john"),
                     FullName("b", "John", "Kennedy", "john")}),
            "John F. Kennedy");
}

TEST(PeopleTest, AcceptedSpellingsJoinThePersonTheyName) {
  PersonName antony;
  antony.set_given("Antony");
  antony.set_surname("Blinken");
  antony.set_given_key("anthony");
  PersonName nobody;
  nobody.set_given("Nobody");
  nobody.set_surname("Known");
  const std::vector<Claim> claims = {FullName("a", "Anthony", "Blinken", "anthony")};
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const People people(ordered, {antony, nobody});
  ASSERT_EQ(people.entities().size(), 1u);  // no source names Nobody Known
  const Entity& blinken = people.entities()[0];
  EXPECT_EQ(blinken.id(), "person:anthony-blinken");  // named after the corpus, as without
  ASSERT_EQ(blinken.spellings_size(), 2);
  EXPECT_EQ(blinken.spellings(0).text(), "Anthony Blinken");
  EXPECT_FALSE(blinken.spellings(0).accepted());
  EXPECT_EQ(blinken.spellings(1).text(), "Antony Blinken");
  EXPECT_TRUE(blinken.spellings(1).accepted());
}

TEST(PeopleTest, FindsWhoANameRefersTo) {
  Claim short_form;
  short_form.set_kind(Claim::PERSON_NAME);
  short_form.set_value_text("Blinken");
  short_form.mutable_name()->set_surname("Blinken");
  short_form.mutable_name()->set_refers_to("Antony Blinken");
  short_form.mutable_evidence()->set_document("a");
  const std::vector<Claim> claims = {
      FullName("a", "Antony", "Blinken", "anthony"), FullName("b", "Anthony", "Blinken", "anthony"),
      FullName("b", "Raj", "Chohan", "raj"), FullName("c", "Ravi", "Chohan"), short_form};
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const People people(ordered);
  const int blinken = people.EntityOfName("a", "Antony Blinken");
  ASSERT_GE(blinken, 0);
  EXPECT_EQ(people.entities()[blinken].label(), "Blinken");
  EXPECT_EQ(people.EntityOfName("b", "Anthony Blinken"), blinken);
  const int raj = people.EntityOfName("b", "raj  CHOHAN");  // folded as the names are
  ASSERT_GE(raj, 0);
  EXPECT_NE(raj, blinken);
  EXPECT_EQ(people.EntityOfName("c", "Raj Chohan"), -1);  // not written in c; two bear the surname
  const KeptClaims kept_short_form({short_form});
  EXPECT_EQ(people.EntityOfClaim(*kept_short_form.begin()), blinken);
  EXPECT_EQ(people.EntityOfName("z", "Blinken"), blinken);  // one person bears the surname
  EXPECT_EQ(people.EntityOfName("z", "Chohan"), -1);        // two people do
  EXPECT_EQ(people.EntityOfName("z", "Nobody Known"), -1);
}

// A surname for each of 361 people, no two alike and none sharing its
// blocking keys with many: "Babibubebob", "Cacicubebob", ...
std::string Surname(int person) {
  const std::string consonants = "bcdfghjklmnprstvwxz";
  const char first = consonants[person % consonants.size()];
  const char second = consonants[person / consonants.size() % consonants.size()];
  return {static_cast<char>(first - 'a' + 'A'),
          'a',
          first,
          'i',
          first,
          'u',
          second,
          'e',
          second,
          'o',
          second};
}

TEST(PeopleTest, FindsTheSamePeopleOnAnyNumberOfThreads) {
  // Enough people for the work to be shared: 200, each spelled two ways and
  // written in full or short in several documents.
  std::vector<Claim> claims;
  for (int person = 0; person < 200; ++person) {
    const std::string surname = Surname(person);
    for (int document = 0; document < 3; ++document) {
      const std::string id = absl::StrCat("doc", (person * 7 + document) % 50);
      claims.push_back(FullName(id, document == 2 ? "Antony" : "Anthony", surname, "anthony"));
      Claim short_form;
      short_form.set_kind(Claim::PERSON_NAME);
      short_form.set_value_text(surname);
      short_form.mutable_name()->set_surname(surname);
      short_form.mutable_evidence()->set_document(id);
      claims.push_back(short_form);
    }
  }
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const People one_thread(ordered, {}, 1);
  ASSERT_EQ(one_thread.entities().size(), 200u);
  const std::vector<const KeptClaim*>& names = ordered.OfKind(Claim::PERSON_NAME);
  for (const int threads : {1, 2, 5}) {
    const People people(ordered, {}, threads);
    ASSERT_EQ(people.entities().size(), one_thread.entities().size()) << threads << " threads";
    for (size_t i = 0; i < people.entities().size(); ++i) {
      EXPECT_EQ(people.entities()[i].SerializeAsString(),
                one_thread.entities()[i].SerializeAsString())
          << threads << " threads: " << people.entities()[i].id();
    }
    ASSERT_EQ(people.entity_of_name_claims().size(), names.size());
    for (size_t i = 0; i < names.size(); ++i) {
      EXPECT_GE(people.entity_of_name_claims()[i], 0) << names[i]->value_text();
      EXPECT_EQ(people.entity_of_name_claims()[i], one_thread.EntityOfClaim(*names[i]))
          << threads << " threads: " << names[i]->value_text();
    }
  }
}

}  // namespace
}  // namespace factcheck
