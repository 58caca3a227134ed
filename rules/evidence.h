// File: rules/evidence.h
//
// How a rule module cites the sentence a claim was read from, so every
// module's evidence looks the same: document id, line, the sentence, and the
// claim's span highlighted inside it.
//
//   absl::string_view sentence = SentenceText(document, 3);
//   Evidence evidence = MakeEvidence(document, 3, /*begin=*/4, /*end=*/15);

#ifndef FACTCHECK_RULES_EVIDENCE_H_
#define FACTCHECK_RULES_EVIDENCE_H_

#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/document.pb.h"

namespace factcheck {

// The text of sentence `index` of `document`.
absl::string_view SentenceText(const Document& document, int index);

// Evidence for a claim spanning bytes [begin, end) of sentence `index`.
Evidence MakeEvidence(const Document& document, int index, int begin, int end);

}  // namespace factcheck

#endif  // FACTCHECK_RULES_EVIDENCE_H_
