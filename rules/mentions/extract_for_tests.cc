#include "rules/mentions/extract_for_tests.h"

#include "checker/corpus/loader.h"
#include "checker/text/layout.h"
#include "rules/mentions/mentions.h"

namespace factcheck {

std::vector<Claim> ExtractForTests(const RuleModule& module, const std::string& text) {
  static const LayoutAnalyzer* layout =
      new LayoutAnalyzer(LayoutAnalyzer::Create(DefaultLayoutRules()).value());
  static const MentionFinder* finder =
      new MentionFinder(MentionFinder::Create(DefaultNameLexicon(), DefaultPlaceLexicon()).value());
  absl::StatusOr<Document> document = ParseDocument("a.txt", text);
  std::vector<Claim> claims;
  if (!document.ok()) return claims;
  layout->Analyze(&*document);
  module.Extract(*document, finder->Find(*document), &claims);
  return claims;
}

}  // namespace factcheck
