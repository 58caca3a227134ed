// File: rules/rule_module.h
//
// The one interface every rule module implements: read a document that has
// been through layout analysis (it has sentences) and emit typed claims.
// A module never sees another module's internals; modules that build on
// another (events use names and dates) call its public entry point.
//
//   std::vector<std::unique_ptr<RuleModule>> modules = ...;
//   std::vector<Claim> claims;
//   for (const auto& module : modules) module->Extract(document, &claims);

#ifndef FACTCHECK_RULES_RULE_MODULE_H_
#define FACTCHECK_RULES_RULE_MODULE_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"

namespace factcheck {

class RuleModule {
 public:
  virtual ~RuleModule() = default;

  // The module's name, the first part of Claim.rule: "names", "quantities".
  virtual absl::string_view name() const = 0;

  // Appends the claims made by the sentences of `document` to `claims`.
  // REQUIRES: `document` has been through AnalyzeLayout (checker/text).
  virtual void Extract(const Document& document, std::vector<Claim>* claims) const = 0;
};

}  // namespace factcheck

#endif  // FACTCHECK_RULES_RULE_MODULE_H_
