// File: rules/names/names.h
//
// The names module: finds people in sentences and emits a PERSON_NAME claim
// for each mention. A full name is two to four capitalised words after a
// title or role ("Secretary of State Antony Blinken", "UN aid chief Martin
// Griffiths", "The U.S. Secretary of State, Antony Blinken,") or starting
// with a known given name ("Betty Page"). Particles and hyphens stay in the
// surname ("Abdel-Fattah el-Sissi", "Mohammed bin Salman"); possessives do not
// ("Blinken’s"). A short form ("Blinken", "Mr Blinken", "Secretary Blinken")
// becomes a claim only when it refers to a full name in the same document,
// which it names in PersonName.refers_to: short forms are not spellings.
//
//   absl::StatusOr<std::unique_ptr<NamesModule>> names = NamesModule::Create(DefaultNameLexicon());
//   std::vector<PersonMention> people = (*names)->FindPeople(document);
//   // "U.S. Secretary of State Antony Blinken met ..." -> {text "Antony Blinken",
//   //   given "Antony", surname "Blinken", title "Secretary of State"}, which
//   //   Extract makes a PERSON_NAME claim: value_text "Antony Blinken",
//   //   name {given "Antony" surname "Blinken" title "Secretary of State"}

#ifndef FACTCHECK_RULES_NAMES_NAMES_H_
#define FACTCHECK_RULES_NAMES_NAMES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"
#include "rules/names/name_lexicon.pb.h"
#include "rules/names/name_lexicon_data.h"  // DefaultNameLexicon()
#include "rules/rule_module.h"

namespace factcheck {
namespace names_internal {
struct Index;  // the lexicon, arranged for lookup
}  // namespace names_internal

// A name folded for comparison: lower case (ASCII and Latin accented capitals),
// curly apostrophes straightened, periods dropped, hyphens as spaces, single
// spaces. "Abdel-Fattah el-Sissi" and "ABDEL FATTAH EL-SISSI" fold alike;
// "Antony" and "Anthony" do not.
std::string NormalizeName(absl::string_view name);

class NamesModule : public RuleModule {
 public:
  // Fails when the lexicon lists no titles and no given names.
  static absl::StatusOr<std::unique_ptr<NamesModule>> Create(const NameLexicon& lexicon);
  ~NamesModule() override;

  absl::string_view name() const override { return "names"; }
  // The people `document` names, in document order.
  std::vector<PersonMention> FindPeople(const Document& document) const;

  // Appends a PERSON_NAME claim for each of `mentions.people`.
  void Extract(const Document& document, const DocumentMentions& mentions,
               std::vector<Claim>* claims) const override;

  // A full name written on its own, split as a claim naming it would be:
  // "Abdel-Fattah el-Sissi" -> given "Abdel-Fattah", surname "el-Sissi".
  // Fails unless it has a given name and a surname.
  absl::StatusOr<PersonName> ParseFullName(absl::string_view text) const;

 private:
  explicit NamesModule(std::unique_ptr<const names_internal::Index> index);

  std::unique_ptr<const names_internal::Index> index_;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_NAMES_NAMES_H_
