#include "rules/rule_module.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Places named in sentences 0, 0, 2 and 5 of a document.
std::vector<PlaceMention> Places() {
  std::vector<PlaceMention> places;
  for (const auto& [sentence, name] : std::vector<std::pair<int, std::string>>{
           {0, "Rafah"}, {0, "Khan Younis"}, {2, "Gaza"}, {5, "Cairo"}}) {
    PlaceMention& place = places.emplace_back();
    place.sentence = sentence;
    place.name = name;
  }
  return places;
}

struct MentionsInCase {
  int first_sentence;
  int last_sentence;
  std::vector<std::string> names;
};

TEST(MentionsInTest, GivesTheRunOfTheSentencesAsked) {
  const std::vector<PlaceMention> places = Places();
  const MentionsInCase cases[] = {
      {0, 0, {"Rafah", "Khan Younis"}},
      {1, 1, {}},
      {1, 2, {"Gaza"}},
      {-2, 0, {"Rafah", "Khan Younis"}},  // "the city" two sentences back from the first
      {0, 5, {"Rafah", "Khan Younis", "Gaza", "Cairo"}},
      {3, 4, {}},
      {5, 9, {"Cairo"}},
      {6, 6, {}},
  };
  for (const MentionsInCase& c : cases) {
    std::vector<std::string> names;
    for (const PlaceMention& place : MentionsIn(places, c.first_sentence, c.last_sentence)) {
      names.push_back(place.name);
    }
    EXPECT_EQ(names, c.names) << "sentences " << c.first_sentence << " to " << c.last_sentence;
  }
}

TEST(MentionsInTest, NoMentionsGiveNone) {
  EXPECT_TRUE(MentionsIn(std::vector<PersonMention>(), 0, 3).empty());
}

}  // namespace
}  // namespace factcheck
