// File: checker/stages.h
//
// The record stream between the two stages of a run when they run apart,
// as the mapper and the reducer of Hadoop Streaming or Spark's `pipe`:
// `--stage=extract` writes what extraction yields as one record per line,
// "KEY<TAB>JSON", as it comes, and `--stage=compare` reads such lines back,
// in any order.
//
// The key groups what comparison joins: a claim's fact key (kind, subject
// and attribute: "QUANTITY|rafah|population"), a document's or skipped
// input's id. The JSON is an ExtractionRecord (proto/extraction.proto).
// Comparison resolves people and stories across the whole corpus, so every
// key goes to one reducer.
//
//   RecordWriter records(&std::cout);                              // map
//   absl::Status read = checker->ExtractCorpus(shard, {}, &records);
//   absl::StatusOr<Extraction> all = ReadExtraction(std::cin);     // reduce
//   Report report = checker->Compare("corpus", *std::move(all));

#ifndef FACTCHECK_CHECKER_STAGES_H_
#define FACTCHECK_CHECKER_STAGES_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/check.h"
#include "proto/claim.pb.h"
#include "proto/extraction.pb.h"

namespace factcheck {

// "QUANTITY|rafah|population": the fact a claim is about.
std::string FactKey(const Claim& claim);

// Writes each document, then its claims, and each skipped input as it is
// handed over, a line each; nothing is kept.
class RecordWriter : public ExtractionSink {
 public:
  explicit RecordWriter(std::ostream* out) : out_(out) {}
  void Extracted(ExtractedDocument document, std::vector<Claim> claims) override;
  void Skipped(SkippedInput input) override;

 private:
  void Write(const std::string& key);  // the record in record_

  std::ostream* out_;
  ExtractionRecord record_;  // reused: its fields keep their memory
  std::string json_;
};

// Reads the lines a RecordWriter writes, in any order; blank lines are
// ignored. The error names the first line that is not a record.
absl::StatusOr<Extraction> ReadExtraction(std::istream& in);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_STAGES_H_
