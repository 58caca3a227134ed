#include "checker/util/kept_claims.h"

#include <deque>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// A claim read by `rule` from sentence `sentence` of `document`, quoting it.
// An empty field is never set, as if parsed: setting one allocates it.
Claim Quoting(const std::string& document, int sentence, const std::string& excerpt,
              const std::string& rule = "quantities/population") {
  Claim claim;
  claim.set_kind(Claim::QUANTITY);
  claim.set_value_text(absl::StrCat(document, "#", sentence));
  if (!rule.empty()) claim.set_rule(rule);
  Evidence& evidence = *claim.mutable_evidence();
  evidence.set_document(document);
  evidence.set_sentence(sentence);
  evidence.set_line(sentence + 1);
  if (!excerpt.empty()) evidence.set_excerpt(excerpt);
  return claim;
}

std::deque<Claim> Kept(const std::vector<Claim>& claims) {
  std::deque<Claim> kept;
  ClaimKeeper keeper(&kept);
  for (const Claim& claim : claims) keeper.Keep(claim);
  return kept;
}

std::vector<std::string> Excerpts(const std::deque<Claim>& claims) {
  std::vector<std::string> excerpts;
  for (const Claim& claim : claims) excerpts.push_back(claim.evidence().excerpt());
  return excerpts;
}

TEST(ClaimKeeperTest, EachSentenceOfADocumentIsQuotedOnce) {
  struct Example {
    std::vector<Claim> claims;
    std::vector<std::string> excerpts_kept;
  };
  const std::string s0 = "Rafah is home to 1.5 million people.";
  const std::string s1 = "Talks in Cairo began on Tuesday.";
  const Example examples[] = {
      {{}, {}},
      {{Quoting("a.txt", 0, s0)}, {s0}},
      // A second claim from the sentence: the first keeps the quote.
      {{Quoting("a.txt", 0, s0), Quoting("a.txt", 0, s0)}, {s0, ""}},
      // Not in sentence order, as the modules hand them over.
      {{Quoting("a.txt", 0, s0), Quoting("a.txt", 1, s1), Quoting("a.txt", 0, s0),
        Quoting("a.txt", 1, s1)},
       {s0, s1, "", ""}},
      // The same sentence number in another document is another sentence.
      {{Quoting("a.txt", 0, s0), Quoting("b.txt", 0, s0)}, {s0, s0}},
      // A document met again after another: quoted again, never lost.
      {{Quoting("a.txt", 0, s0), Quoting("b.txt", 0, s1), Quoting("a.txt", 0, s0)}, {s0, s1, s0}},
      // Records that quote one sentence differently keep both quotes.
      {{Quoting("a.txt", 0, s0), Quoting("a.txt", 0, s1)}, {s0, s1}},
  };
  for (const Example& example : examples) {
    EXPECT_EQ(Excerpts(Kept(example.claims)), example.excerpts_kept);
  }
}

TEST(ClaimKeeperTest, DropsTheRuleAndTheRepeatedQuoteWithTheirMemory) {
  const std::string sentence = "The population of Rafah is now about 1.4 million, officials said.";
  const std::deque<Claim> kept =
      Kept({Quoting("a.txt", 0, sentence), Quoting("a.txt", 0, sentence)});
  Claim without_both = Quoting("a.txt", 0, "", "");
  EXPECT_EQ(kept[1].rule(), "");
  EXPECT_EQ(kept[1].SpaceUsedLong(), without_both.SpaceUsedLong());
  Claim without_rule = Quoting("a.txt", 0, sentence, "");
  EXPECT_EQ(kept[0].SpaceUsedLong(), without_rule.SpaceUsedLong());
}

TEST(RestoreExcerptsTest, PutsTheQuotesBackIntoTheReportsEvidence) {
  const std::vector<Claim> claims = {Quoting("a.txt", 0, "First."), Quoting("a.txt", 2, "Third."),
                                     Quoting("a.txt", 2, "Third."), Quoting("b.txt", 2, "Other."),
                                     Quoting("a.txt", 0, "First."), Quoting("c.txt", 1, "")};
  const std::deque<Claim> kept = Kept(claims);
  Report report;
  Variant& variant = *report.add_discrepancies()->add_variants();
  for (const Claim& claim : kept) *variant.add_evidence() = claim.evidence();
  RestoreExcerpts(ClaimsInOrder(kept), &report);
  std::vector<std::string> restored;
  for (const Evidence& evidence : variant.evidence()) restored.push_back(evidence.excerpt());
  // A sentence quoted by no claim stays unquoted.
  EXPECT_EQ(restored,
            (std::vector<std::string>{"First.", "Third.", "Third.", "Other.", "First.", ""}));
}

}  // namespace
}  // namespace factcheck
