// File: checker/text/layout.h
//
// Reads the layout of an article: which lines are page furniture (a list of
// links to other articles under its heading, "Related stories", included),
// which are headings (and which heading is the title), where the dateline
// is, and the sentences of the text with byte offsets and line numbers. Every later stage
// reads sentences, never raw text, so furniture never becomes a claim.
// Hard-wrapped paragraphs (`fold -w 72`) are joined first, so that their
// sentences read whole; a sentence's line is the one it starts on.
//
//   absl::StatusOr<LayoutAnalyzer> layout = LayoutAnalyzer::Create(DefaultLayoutRules());
//   Document document = ...;    // from LoadCorpus
//   layout->Analyze(&document);  // fills sentences, furniture, title, dateline

#ifndef FACTCHECK_CHECKER_TEXT_LAYOUT_H_
#define FACTCHECK_CHECKER_TEXT_LAYOUT_H_

#include "absl/status/statusor.h"
#include "checker/text/furniture.h"
#include "checker/text/layout_rules.pb.h"
#include "checker/text/sentences.h"
#include "proto/document.pb.h"

namespace factcheck {

class LayoutAnalyzer {
 public:
  // Fails when a furniture pattern in `rules` does not compile.
  static absl::StatusOr<LayoutAnalyzer> Create(const LayoutRules& rules);

  // Fills `document`'s sentences and furniture, the order of its numeric
  // dates, and its title and dateline unless metadata already gave them:
  // a dateline the text does not give is the day its URL names, if any.
  // Reads from document->body_begin(). The HTML that scraped text keeps
  // there (tags, "&nbsp;") is first rewritten in document->text() as the
  // text it stands for (html_remnants.h), every line break kept. Joining
  // wrapped lines rewrites their line breaks as spaces, keeping every offset
  // of the text after the paragraph.
  void Analyze(Document* document) const;

 private:
  LayoutAnalyzer(FurnitureClassifier furniture, SentenceSplitter sentences);

  FurnitureClassifier furniture_;
  SentenceSplitter sentences_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_TEXT_LAYOUT_H_
