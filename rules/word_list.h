// File: rules/word_list.h
//
// Word lists in lexicons are written several words per entry, separated by
// spaces, so a list of two hundred names stays readable:
//
//   not_a_name: "January February March"
//   absl::flat_hash_set<std::string> words = WordSet(lexicon.not_a_name());

#ifndef FACTCHECK_RULES_WORD_LIST_H_
#define FACTCHECK_RULES_WORD_LIST_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "google/protobuf/repeated_ptr_field.h"

namespace factcheck {

// Every word of every entry.
absl::flat_hash_set<std::string> WordSet(
    const google::protobuf::RepeatedPtrField<std::string>& entries);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_WORD_LIST_H_
