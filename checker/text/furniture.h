// File: checker/text/furniture.h
//
// Tells page furniture from article text, one line at a time: comment forms,
// newsletter boxes, share buttons, shortcodes, hashtag lines, bare
// timestamps, agency credits, bylines, breadcrumbs, captions, the headings
// of lists of links to other articles, and datelines, alone or with a
// byline ("By Lena Holt | Published 3 June 2026"). Furniture is kept out of
// claims.
//
//   absl::StatusOr<FurnitureClassifier> classifier =
//       FurnitureClassifier::Create(DefaultLayoutRules());
//   classifier->Classify("Leave a Reply")           // "boilerplate"
//   classifier->Classify("2024-03-26 02:21:30")     // "dateline"
//   classifier->Classify("Most read")               // "link list"
//   classifier->Classify("Blinken met Shoukry.")    // "" (article text)

#ifndef FACTCHECK_CHECKER_TEXT_FURNITURE_H_
#define FACTCHECK_CHECKER_TEXT_FURNITURE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/text/layout_rules.pb.h"
#include "checker/text/layout_rules_data.h"  // DefaultLayoutRules()
#include "re2/re2.h"
#include "re2/set.h"

namespace factcheck {

class FurnitureClassifier {
 public:
  // The kind of a heading over links to other articles (LayoutRules'
  // link_list_heading); the layout gives it to the headlines under it too.
  static constexpr absl::string_view kLinkList = "link list";

  // Fails when a pattern in `rules` does not compile, naming it.
  static absl::StatusOr<FurnitureClassifier> Create(const LayoutRules& rules);

  // What kind of furniture `line` is, or "" when it is article text.
  // "dateline" means the line is a date (and time) with at most a few words
  // such as "Published" or "Last update"; "timestamp" a time or number alone.
  // A line of parts set apart by "|", "·", "•", ">" or "›", each furniture,
  // is furniture: a dateline when a part is one, else the first part's
  // kind. Three short parts or more, with no digit or sentence punctuation,
  // are "navigation" ("Home | World | Europe").
  std::string Classify(absl::string_view line) const;

 private:
  struct Pattern {
    std::string kind;
    std::shared_ptr<const RE2> re;
  };
  FurnitureClassifier() = default;
  bool IsDatelineOrTime(absl::string_view line, bool* has_date) const;
  // Classify for a trimmed line, or a part of one, without looking for parts.
  std::string ClassifyWhole(absl::string_view line) const;

  // In order: the first whose pattern matches the whole line decides.
  std::vector<Pattern> patterns_;
  // Every pattern of patterns_ at once, so a line is scanned once, not once
  // per pattern.
  std::shared_ptr<const RE2::Set> any_pattern_;
  absl::flat_hash_set<std::string> dateline_words_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_TEXT_FURNITURE_H_
