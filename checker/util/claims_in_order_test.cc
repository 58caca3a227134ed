#include "checker/util/claims_in_order.h"

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// A claim of `value` at `begin` on `line` of `document`.
Claim At(const std::string& document, int line, int begin, const std::string& value,
         Claim::Kind kind = Claim::QUANTITY) {
  Claim claim;
  claim.set_kind(kind);
  claim.set_value_text(value);
  claim.mutable_evidence()->set_document(document);
  claim.mutable_evidence()->set_line(line);
  claim.mutable_evidence()->set_highlight_begin(begin);
  return claim;
}

// The claims' values in the order ClaimsInOrder gives them.
std::vector<std::string> Values(const std::vector<Claim>& claims) {
  std::vector<std::string> values;
  for (const KeptClaim* claim : ClaimsInOrder(KeptClaims(claims))) {
    values.emplace_back(claim->value_text());
  }
  return values;
}

TEST(ClaimsInOrderTest, OrdersByDocumentThenLineThenPlaceThenWhatIsClaimed) {
  struct Example {
    std::vector<Claim> claims;
    std::vector<std::string> in_order;
  };
  const Example examples[] = {
      {{}, {}},
      {{At("b.txt", 1, 0, "b1"), At("a.txt", 9, 0, "a9")}, {"a9", "b1"}},  // documents by id
      {{At("a.txt", 7, 0, "seven"), At("a.txt", 3, 40, "three")}, {"three", "seven"}},
      {{At("a.txt", 3, 40, "later"), At("a.txt", 3, 5, "earlier")}, {"earlier", "later"}},
      {{At("a.txt", 3, 5, "Paris", Claim::PLACE_MENTION),
        At("a.txt", 3, 5, "Ann Lee", Claim::PERSON_NAME)},
       {"Ann Lee", "Paris"}},  // one place: by kind
      {{At("a.txt", 3, 5, "2 million"), At("a.txt", 3, 5, "1 million")},
       {"1 million", "2 million"}},
      {{At("b/2.txt", 1, 0, "x"), At("b/10.txt", 2, 0, "y"), At("a.txt", 5, 0, "z")},
       {"z", "y", "x"}},  // ids compared as text
  };
  for (const Example& example : examples) {
    EXPECT_EQ(Values(example.claims), example.in_order);
  }
}

TEST(ClaimsInOrderTest, GivesOneOrderWhateverTheInputOrder) {
  std::vector<Claim> claims;
  for (int i = 0; i < 300; ++i) {
    claims.push_back(At("doc" + std::to_string(i % 7), i % 5, i % 3, "v" + std::to_string(i)));
  }
  const std::vector<std::string> expected = Values(claims);
  std::mt19937 random(11);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(claims.begin(), claims.end(), random);
    EXPECT_EQ(Values(claims), expected);
  }
}

// Two rules reading one span alike differ only in what else they say: no
// input order decides which comes first. Both quote the sentence, as kept
// claims always do (claims once kept the quote only for the first of a
// sentence, so the order of two such claims followed the input's).
TEST(ClaimsInOrderTest, OrdersClaimsAlikeInPlaceAndValueByAllTheyHold) {
  Claim sure = At("a.txt", 3, 5, "1 million");
  sure.set_confidence(0.9f);
  sure.mutable_evidence()->set_excerpt("Some 1 million people live there.");
  Claim unsure = sure;
  unsure.set_confidence(0.7f);
  const auto confidences = [](const std::vector<Claim>& claims) {
    std::vector<float> in_order;
    for (const KeptClaim* claim : ClaimsInOrder(KeptClaims(claims))) {
      in_order.push_back(claim->confidence());
    }
    return in_order;
  };
  EXPECT_EQ(confidences({sure, unsure}), confidences({unsure, sure}));
}

TEST(ClaimsInOrderTest, ListsEachKindApartInTheSameOrder) {
  const std::vector<Claim> claims = {
      At("b.txt", 1, 0, "Ann Lee", Claim::PERSON_NAME), At("a.txt", 2, 0, "2 million"),
      At("a.txt", 1, 0, "Bo Yu", Claim::PERSON_NAME),
      At("a.txt", 1, 9, "Paris", Claim::PLACE_MENTION),
      At("a.txt", 3, 0, "from a newer build", static_cast<Claim::Kind>(42))};
  const ClaimsInOrder ordered{KeptClaims(claims)};
  const auto values = [](const std::vector<const KeptClaim*>& of_kind) {
    std::vector<std::string> values;
    for (const KeptClaim* claim : of_kind) values.emplace_back(claim->value_text());
    return values;
  };
  EXPECT_EQ(values(ordered.OfKind(Claim::PERSON_NAME)),
            (std::vector<std::string>{"Bo Yu", "Ann Lee"}));
  EXPECT_EQ(values(ordered.OfKind(Claim::QUANTITY)), std::vector<std::string>{"2 million"});
  EXPECT_EQ(values(ordered.OfKind(Claim::PLACE_MENTION)), std::vector<std::string>{"Paris"});
  EXPECT_TRUE(ordered.OfKind(Claim::EVENT_DATE).empty());
  // A kind this build does not know is in the order, and in no list.
  EXPECT_EQ(ordered.size(), 5u);
  EXPECT_TRUE(ordered.OfKind(static_cast<Claim::Kind>(42)).empty());
}

TEST(ClaimsInOrderTest, ViewsTheClaimsItTakesWithoutCopying) {
  KeptClaims kept({At("b.txt", 1, 0, "b"), At("a.txt", 1, 0, "a")});
  const KeptClaim* b = &*kept.begin();
  const KeptClaim* a = &*std::next(kept.begin(), 1);
  const ClaimsInOrder ordered(std::move(kept));
  ASSERT_EQ(ordered.size(), 2u);
  EXPECT_EQ(*ordered.begin(), a);
  EXPECT_EQ(*(ordered.begin() + 1), b);
}

}  // namespace
}  // namespace factcheck
