// File: checker/stages.h
//
// The record stream between the two stages of a run when they run apart,
// as the mapper and the reducer of Hadoop Streaming or Spark's `pipe`:
// `--stage=extract` writes what extraction yields as one record per line,
// "KEY<TAB>RECORD", as it comes, and `--stage=compare` reads such lines back,
// in any order.
//
// The key groups what comparison joins: a claim's fact key (kind, subject
// and attribute: "QUANTITY|rafah|population"), a document's or skipped
// input's id. The record is an ExtractionRecord (proto/extraction.proto),
// compact (base64 of its protobuf wire format) or as JSON, to read or filter.
// The one reducer reads every record of the corpus, and JSON takes five
// times as long to read as the whole comparison, so compact is the default.
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

// How a RecordWriter writes each record.
enum class RecordFormat {
  kCompact,  // base64 (RFC 4648, padded) of the protobuf wire format
  kJson,     // protobuf's JSON mapping, on one line
};

// Writes each document, then its claims, and each skipped input as it is
// handed over, a line each; nothing is kept.
class RecordWriter : public ExtractionSink {
 public:
  explicit RecordWriter(std::ostream* out, RecordFormat format = RecordFormat::kCompact)
      : out_(out), format_(format) {}
  void Extracted(ExtractedDocument document, std::vector<Claim>* claims) override;
  void Skipped(SkippedInput input) override;

 private:
  void Write(const std::string& key);  // the record in record_

  std::ostream* out_;
  RecordFormat format_;
  // Reused: each keeps its memory from one record to the next.
  ExtractionRecord record_;
  std::string wire_;
  std::string value_;
};

// Reads the lines a RecordWriter writes, in either format and in any order;
// blank lines are ignored. The error names the first line that is not a
// record. `progress`, when given, hears how far it has got (kReadingRecords)
// every few thousand records and at the end.
absl::StatusOr<Extraction> ReadExtraction(std::istream& in, const ProgressCallback& progress = {});

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_STAGES_H_
