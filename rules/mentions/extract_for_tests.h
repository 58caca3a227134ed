// File: rules/mentions/extract_for_tests.h
//
// For rule-module tests and fuzzers: runs one module over an article given as text,
// with the built-in layout rules and the people and places the built-in
// lexicons find, as the checker would.
//
//   std::vector<Claim> claims = ExtractForTests(*module, "date 2026-05-13\n\nText.");

#ifndef FACTCHECK_RULES_MENTIONS_EXTRACT_FOR_TESTS_H_
#define FACTCHECK_RULES_MENTIONS_EXTRACT_FOR_TESTS_H_

#include <string>
#include <vector>

#include "proto/claim.pb.h"
#include "rules/rule_module.h"

namespace factcheck {

// The claims `module` makes of `text`, read as the file "a.txt"; none when
// the loader would skip it (empty, binary).
std::vector<Claim> ExtractForTests(const RuleModule& module, const std::string& text);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_MENTIONS_EXTRACT_FOR_TESTS_H_
