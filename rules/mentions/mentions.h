// File: rules/mentions/mentions.h
//
// Finds the people and places of a document once, for every rule module that
// builds on them (rules/rule_module.h). The names and places modules do the
// finding; this pairs them so callers cannot mix lexicons, and keeps no
// place that the names module reads as a person ("according to Health
// Minister Petra Holm's office"), nor a person of a name the document
// writes only as a place ("arrested in Beverly Hills").
//
//   absl::StatusOr<MentionFinder> finder =
//       MentionFinder::Create(DefaultNameLexicon(), DefaultPlaceLexicon());
//   DocumentMentions mentions = finder->Find(document);
//   quantities->Extract(document, mentions, &claims);

#ifndef FACTCHECK_RULES_MENTIONS_MENTIONS_H_
#define FACTCHECK_RULES_MENTIONS_MENTIONS_H_

#include <memory>

#include "absl/status/statusor.h"
#include "proto/document.pb.h"
#include "rules/names/names.h"
#include "rules/places/places.h"
#include "rules/rule_module.h"

namespace factcheck {

class MentionFinder {
 public:
  // Fails as NamesModule::Create or PlacesModule::Create would.
  static absl::StatusOr<MentionFinder> Create(const NameLexicon& names, const PlaceLexicon& places);

  // REQUIRES: `document` has been through LayoutAnalyzer::Analyze.
  DocumentMentions Find(const Document& document) const;

  // The modules themselves, shared so they can also run as rule modules.
  const std::shared_ptr<const NamesModule>& names() const { return names_; }
  const std::shared_ptr<const PlacesModule>& places() const { return places_; }

 private:
  MentionFinder(std::shared_ptr<const NamesModule> names,
                std::shared_ptr<const PlacesModule> places);

  std::shared_ptr<const NamesModule> names_;
  std::shared_ptr<const PlacesModule> places_;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_MENTIONS_MENTIONS_H_
