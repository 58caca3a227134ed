#include "checker/util/kept_claims.h"

#include <string>
#include <utility>
#include <vector>

#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

Claim Parsed(const std::string& text) {
  Claim claim;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &claim)) << text;
  return claim;
}

// Claims of every kind and value, as the rule modules and records give them.
const char* const kClaims[] = {
    R"pb(kind: PERSON_NAME
         subject: "Antony Blinken"
         attribute: "name"
         value_text: "Antony Blinken"
         name { given: "Antony" surname: "Blinken" given_key: "anthony" }
         evidence {
           document: "a.txt"
           line: 3
           excerpt: "Antony Blinken met him."
           sentence: 1
           highlight_end: 14
         }
         confidence: 0.9)pb",
    R"pb(kind: PERSON_NAME
         value_text: "Blinken"
         name { surname: "Blinken" title: "Mr" refers_to: "Antony Blinken" }
         evidence {
           document: "a.txt"
           line: 4
           excerpt: "Mr Blinken left."
           sentence: 2
           highlight_begin: 3
           highlight_end: 10
         })pb",
    R"pb(kind: QUANTITY
         subject: "Rafah"
         subject_type: PLACE
         subject_key: "rafah"
         attribute: "population"
         value_text: "over 1.5 million"
         quantity { value: 1500000 low: 1500000 counted: "people" approximation: "over" }
         evidence {
           document: "b/c.txt"
           line: 12
           excerpt: "Rafah has over 1.5 million people."
           sentence: 7
           highlight_begin: 10
           highlight_end: 26
         }
         confidence: 0.8
         rule: "quantities/population")pb",
    R"pb(kind: QUANTITY
         subject_type: STORY
         attribute: "deaths"
         value_text: "12"
         quantity { value: 12 low: 11.5 high: 12.5 low_inclusive: true }
         evidence { document: "b/c.txt" line: 13 excerpt: "Police said 12 died." })pb",
    R"pb(kind: EVENT_DATE
         subject_key: "cairo"
         attribute: "date"
         value_text: "Thursday 21 March"
         date { year: 2024 month: 3 day: 21 weekday: THURSDAY precision: DAY }
         event {
           type: "meeting"
           participants: "Antony Blinken"
           participants: "Sameh Shoukry"
           place: "Cairo"
         }
         evidence { document: "d.md" line: 1 excerpt: "They met on Thursday 21 March." })pb",
    R"pb(kind: PLACE_MENTION
         subject: "Qeshm Island"
         subject_type: PLACE
         subject_key: "qeshm"
         evidence { document: "e.txt" line: 2 })pb",
    R"pb(kind: 42 value_text: "from a newer build")pb",
    "",
};

TEST(KeptClaimsTest, KeepsAllAClaimSaysButItsRule) {
  std::vector<Claim> claims;
  for (const char* text : kClaims) claims.push_back(Parsed(text));
  const KeptClaims kept(claims);
  ASSERT_EQ(kept.size(), claims.size());
  auto claim = claims.begin();
  for (const KeptClaim& kept_claim : kept) {
    claim->clear_rule();
    if (!claim->has_evidence()) claim->mutable_evidence();  // kept claims always have one
    EXPECT_EQ(kept_claim.ToProto().SerializeAsString(), claim->SerializeAsString())
        << claim->ShortDebugString();
    EXPECT_EQ(kept_claim.kind(), claim->kind());
    EXPECT_EQ(kept_claim.subject_key(), claim->subject_key());
    EXPECT_EQ(kept_claim.evidence().excerpt(), claim->evidence().excerpt());
    EXPECT_EQ(kept_claim.evidence().ToProto().SerializeAsString(),
              claim->evidence().SerializeAsString());
    ++claim;
  }
}

TEST(KeptClaimsTest, AClaimWithoutAValueAnswersWithEmptyOnes) {
  const KeptClaims kept({Parsed(kClaims[5])});  // a place mention
  const KeptClaim& place = *kept.begin();
  EXPECT_EQ(&place.name(), &PersonName::default_instance());
  EXPECT_EQ(&place.quantity(), &Quantity::default_instance());
  EXPECT_EQ(&place.date(), &PartialDate::default_instance());
  EXPECT_EQ(&place.event(), &Event::default_instance());
  EXPECT_EQ(place.evidence().excerpt(), "");
}

TEST(KeptClaimsTest, EqualStringsAndValuesAreKeptOnce) {
  Claim first = Parsed(kClaims[0]);
  Claim again = first;  // another mention in the same sentence, as another rule reads it
  again.mutable_evidence()->set_highlight_begin(20);
  Claim elsewhere = Parsed(kClaims[2]);
  const KeptClaims kept({first, again, elsewhere});
  const KeptClaim& a = *kept.begin();
  const KeptClaim& b = *std::next(kept.begin(), 1);
  const KeptClaim& c = *std::next(kept.begin(), 2);
  EXPECT_EQ(a.evidence().excerpt().data(), b.evidence().excerpt().data());
  EXPECT_EQ(a.evidence().document().data(), b.evidence().document().data());
  EXPECT_EQ(&a.name(), &b.name());
  EXPECT_EQ(a.value_text().data(), b.value_text().data());
  EXPECT_NE(a.evidence().excerpt().data(), c.evidence().excerpt().data());
  EXPECT_NE(a.value_text().data(), c.value_text().data());
  EXPECT_EQ(b.evidence().highlight_begin(), 20);
}

TEST(KeptClaimsTest, ClaimsStayWhereTheyAreAsMoreAreKeptAndWhenMoved) {
  KeptClaims kept;
  kept.Keep(Parsed(kClaims[2]));
  const KeptClaim* first = &*kept.begin();
  const absl::string_view excerpt = first->evidence().excerpt();
  for (int i = 0; i < 10000; ++i) {
    Claim claim = Parsed(kClaims[3]);
    claim.mutable_evidence()->set_line(i);
    kept.Keep(claim);
  }
  const KeptClaims moved = std::move(kept);
  EXPECT_EQ(&*moved.begin(), first);
  EXPECT_EQ(moved.begin()->evidence().excerpt().data(), excerpt.data());
  EXPECT_EQ(excerpt, "Rafah has over 1.5 million people.");
  EXPECT_EQ(moved.size(), 10001u);
  // After the first, in the order kept, across blocks.
  int line = 0;
  for (auto claim = std::next(moved.begin()); claim != moved.end(); ++claim) {
    EXPECT_EQ(claim->evidence().line(), line++);
  }
  EXPECT_EQ(line, 10000);
}

// Strings are kept back to back in blocks of 1 MiB; one longer than a block
// gets its own, and every string, however long, reads back whole.
TEST(KeptClaimsTest, StringsOfAnyLengthReadBackWhole) {
  std::vector<Claim> claims;
  for (const size_t size : {size_t{0}, size_t{1}, size_t{1} << 19, size_t{1} << 20,
                            (size_t{1} << 20) + 1, size_t{3} << 20, size_t{5}}) {
    Claim claim;
    claim.set_value_text(std::string(size, static_cast<char>('a' + claims.size())));
    claim.mutable_evidence()->set_excerpt(std::string(size / 2 + 7, 'x'));
    claims.push_back(std::move(claim));
  }
  const KeptClaims kept(claims);
  auto claim = claims.begin();
  for (const KeptClaim& kept_claim : kept) {
    EXPECT_EQ(kept_claim.value_text(), claim->value_text());
    EXPECT_EQ(kept_claim.evidence().excerpt(), claim->evidence().excerpt());
    ++claim;
  }
}

// What the compact form is for: a claim is a few pointers and numbers.
TEST(KeptClaimsTest, AKeptClaimIsSmall) { EXPECT_LE(sizeof(KeptClaim), 96u); }

}  // namespace
}  // namespace factcheck
