// The people and places found together: sentences in, the places kept,
// as the places module's claims list them.
#include "rules/mentions/mentions.h"

#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "rules/mentions/extract_for_tests.h"

namespace factcheck {
namespace {

// The places named in `sentence`, the body of an article, in text order.
std::string PlacesIn(const std::string& sentence) {
  static const PlacesModule* places = PlacesModule::Create(DefaultPlaceLexicon()).value().release();
  std::vector<std::string> found;
  for (const Claim& claim : ExtractForTests(*places, "Headline\n\n" + sentence + "\n")) {
    if (claim.evidence().sentence() > 0) found.push_back(claim.subject());
  }
  return absl::StrJoin(found, "; ");
}

struct Example {
  const char* sentence;
  const char* places;  // "" when it names none
};

void PrintTo(const Example& example, std::ostream* out) { *out << example.sentence; }

class PersonIsNoPlaceTest : public testing::TestWithParam<Example> {};

TEST_P(PersonIsNoPlaceTest, KeepsPlacesNotPeople) {
  EXPECT_EQ(PlacesIn(GetParam().sentence), GetParam().places);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, PersonIsNoPlaceTest,
    testing::Values(
        // A person's name after a word that introduces places.
        Example{"The ruling was a blow to Prime Minister Ilse Varga's plans.", ""},
        Example{"Five died, according to Health Minister Petra Holm's office.", ""},
        // After places, as if listed with them.
        Example{"Born in Nashville, Tennessee, Anna Bell Corrigan moved to Los Angeles.",
                "Nashville; Tennessee; Los Angeles"},
        // A place named after a person is still a place.
        Example{"Students at the Ilse Varga Library in Norvik met her.",
                "Ilse Varga Library; Norvik"},
        // A name the article writes only where a place would be is one,
        // though it opens with a given name; not a possessive, nor a name
        // the article also writes as a person's.
        Example{"The actress was arrested in Beverly Hills on Sunday.", "Beverly Hills"},
        Example{"She was the model for a character in Dale Stevens' comic series.", ""},
        Example{"Beverly Hills was born in Norvik. Fans cheered in Beverly Hills.", "Norvik"}));

}  // namespace
}  // namespace factcheck
