#include "checker/util/claims_in_order.h"

#include <algorithm>
#include <deque>
#include <random>
#include <string>
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

std::vector<std::string> Values(const ClaimsInOrder& ordered) {
  std::vector<std::string> values;
  for (const Claim* claim : ordered) values.push_back(claim->value_text());
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
    EXPECT_EQ(Values(ClaimsInOrder(example.claims)), example.in_order);
  }
}

TEST(ClaimsInOrderTest, GivesOneOrderWhateverTheInputOrder) {
  std::vector<Claim> claims;
  for (int i = 0; i < 300; ++i) {
    claims.push_back(At("doc" + std::to_string(i % 7), i % 5, i % 3, "v" + std::to_string(i)));
  }
  const std::vector<std::string> expected = Values(ClaimsInOrder(claims));
  std::mt19937 random(11);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(claims.begin(), claims.end(), random);
    EXPECT_EQ(Values(ClaimsInOrder(claims)), expected);
  }
}

// Two rules reading one span alike differ only in what else they say: no
// input order decides which comes first.
TEST(ClaimsInOrderTest, OrdersClaimsAlikeInPlaceAndValueByAllTheyHold) {
  Claim sure = At("a.txt", 3, 5, "1 million");
  sure.set_confidence(0.9f);
  Claim unsure = At("a.txt", 3, 5, "1 million");
  unsure.set_confidence(0.7f);
  const auto confidences = [](const std::vector<Claim>& claims) {
    std::vector<float> in_order;
    for (const Claim* claim : ClaimsInOrder(claims)) in_order.push_back(claim->confidence());
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
  const ClaimsInOrder ordered(claims);
  const auto values = [](const std::vector<const Claim*>& of_kind) {
    std::vector<std::string> values;
    for (const Claim* claim : of_kind) values.push_back(claim->value_text());
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

TEST(ClaimsInOrderTest, ViewsTheClaimsOfAnyContainerWithoutCopying) {
  const std::deque<Claim> claims = {At("b.txt", 1, 0, "b"), At("a.txt", 1, 0, "a")};
  const ClaimsInOrder ordered(claims);
  ASSERT_EQ(ordered.size(), 2u);
  EXPECT_EQ(*ordered.begin(), &claims[1]);
  EXPECT_EQ(*(ordered.begin() + 1), &claims[0]);
}

}  // namespace
}  // namespace factcheck
