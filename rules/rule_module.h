// File: rules/rule_module.h
//
// The one interface every rule module implements: read a document that has
// been through layout analysis (it has sentences), with the people and
// places found in it, and emit typed claims. A module never sees another
// module's internals. The people and places are found once per document, by
// the names and places modules, for every module that builds on them
// (events need participants and a place, figures a subject):
//
//   DocumentMentions mentions = {names->FindPeople(document), places->Find(document)};
//   std::vector<Claim> claims;
//   for (const auto& module : modules) module->Extract(document, mentions, &claims);

#ifndef FACTCHECK_RULES_RULE_MODULE_H_
#define FACTCHECK_RULES_RULE_MODULE_H_

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"

namespace factcheck {

// A document's first sentences, where news names what it is about: stories
// are told apart by the names and the kinds of incident found there.
inline constexpr int kLeadSentences = 5;

// A place named in a sentence (rules/places).
struct PlaceMention {
  int sentence = 0;  // index into Document.sentences
  int begin = 0;     // bytes of the name within the sentence
  int end = 0;
  std::string name;  // as written: "Qeshm"
  std::string key;   // as matched: "qeshm"
  std::string kind;  // the kind of place the text declares it ("city"), or ""
  // The kind of place the document first declares it anywhere, or "": "the
  // island" does not refer back to a mention of a place declared a city.
  std::string kind_in_document;
  // The word that introduced it, lower case ("in", "from", "struck"), or ""
  // when the text declares it.
  std::string introducer;
};

// A person named in a sentence (rules/names): a full name, or a short form
// ("Blinken", "Mr Blinken") and the full name it refers to.
struct PersonMention {
  int sentence = 0;  // index into Document.sentences
  int begin = 0;     // bytes of the name within the sentence
  int end = 0;
  std::string text;       // as written: "Antony Blinken", "Blinken"
  std::string title;      // as written ("Secretary of State"), or ""
  std::string given;      // "Antony"; "" for a short form
  std::string surname;    // "Blinken"
  std::string refers_to;  // a short form's full name as written, or ""
  // Whether the title is only a form of address ("Mr", "Dr"), naming no role.
  bool honorific_title = false;

  bool full() const { return !given.empty(); }
  // The name in full when known: its own, or the one it refers to; a short
  // form tied to none ("Mr Smith") is all there is of it.
  const std::string& full_name() const { return refers_to.empty() ? text : refers_to; }
};

// The people and places one document names, in document order.
struct DocumentMentions {
  std::vector<PersonMention> people;  // full names, and short forms that are people
  std::vector<PlaceMention> places;
};

// The mentions, among `mentions` in document order, of sentences
// `first_sentence` to `last_sentence`, both included: found by binary
// search, not by a scan, so that a module asking sentence by sentence
// stays fast in a document of thousands of sentences and people.
//   MentionsIn(mentions.people, 3, 3)  // the people of sentence 3, in order
template <typename Mention>
absl::Span<const Mention> MentionsIn(const std::vector<Mention>& mentions, int first_sentence,
                                     int last_sentence) {
  const auto begin = std::partition_point(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return m.sentence < first_sentence;
  });
  const auto end = std::partition_point(
      begin, mentions.end(), [&](const Mention& m) { return m.sentence <= last_sentence; });
  return absl::MakeConstSpan(mentions).subspan(begin - mentions.begin(), end - begin);
}

class RuleModule {
 public:
  virtual ~RuleModule() = default;

  // The module's name, the first part of Claim.rule: "names", "quantities".
  virtual absl::string_view name() const = 0;

  // Appends the claims made by the sentences of `document` to `claims`.
  // REQUIRES: `document` has been through LayoutAnalyzer::Analyze
  // (checker/text), and `mentions` are its own.
  virtual void Extract(const Document& document, const DocumentMentions& mentions,
                       std::vector<Claim>* claims) const = 0;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_RULE_MODULE_H_
