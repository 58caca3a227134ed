// File: checker/stages.h
//
// The record stream between the two stages of a run when they run apart,
// as the mapper and the reducer of Hadoop Streaming or Spark's `pipe`:
// `--stage=extract` writes an Extraction as one record per line,
// "KEY<TAB>JSON", and `--stage=compare` reads such lines back, in any order.
//
// The key groups what comparison joins: a claim's fact key (kind, subject
// and attribute: "QUANTITY|rafah|population"), a document's or skipped
// input's id. The JSON is an ExtractionRecord (proto/extraction.proto).
// Comparison resolves people and stories across the whole corpus, so every
// key goes to one reducer.
//
//   WriteExtraction(*checker->ExtractCorpus(shard), &std::cout);   // map
//   absl::StatusOr<Extraction> all = ReadExtraction(std::cin);     // reduce
//   Report report = checker->Compare("corpus", *std::move(all));

#ifndef FACTCHECK_CHECKER_STAGES_H_
#define FACTCHECK_CHECKER_STAGES_H_

#include <istream>
#include <ostream>
#include <string>

#include "absl/status/statusor.h"
#include "checker/check.h"
#include "proto/claim.pb.h"

namespace factcheck {

// "QUANTITY|rafah|population": the fact a claim is about.
std::string FactKey(const Claim& claim);

// Writes every document, claim and skipped input of `extraction`, a line each.
void WriteExtraction(const Extraction& extraction, std::ostream* out);

// Reads the lines WriteExtraction writes, in any order; blank lines are
// ignored. The error names the first line that is not a record.
absl::StatusOr<Extraction> ReadExtraction(std::istream& in);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_STAGES_H_
