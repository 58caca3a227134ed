#include "checker/stages.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "checker/util/kept_claims.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

// A key is one field of a tab-separated line.
std::string KeyField(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"\t", " "}, {"\n", " "}, {"\r", " "}});
}

}  // namespace

std::string FactKey(const Claim& claim) {
  return absl::StrCat(Claim::Kind_Name(claim.kind()), "|", claim.subject_key(), "|",
                      claim.attribute());
}

void RecordWriter::Extracted(ExtractedDocument document, std::vector<Claim> claims) {
  *record_.mutable_document() = std::move(document);
  Write(absl::StrCat("document|", record_.document().summary().id()));
  for (Claim& claim : claims) {
    *record_.mutable_claim() = std::move(claim);
    Write(absl::StrCat("claim|", FactKey(record_.claim())));
  }
}

void RecordWriter::Skipped(SkippedInput input) {
  *record_.mutable_skipped() = std::move(input);
  Write(absl::StrCat("skipped|", record_.skipped().path()));
}

void RecordWriter::Write(const std::string& key) {
  json_.clear();
  // Every field of these records can be printed; an error is impossible.
  (void)google::protobuf::util::MessageToJsonString(record_, &json_);
  *out_ << KeyField(key) << '\t' << json_ << '\n';
}

absl::StatusOr<Extraction> ReadExtraction(std::istream& in) {
  Extraction extraction;
  ClaimKeeper keeper(&extraction.claims);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line == "\r") continue;
    const size_t tab = line.find('\t');
    ExtractionRecord record;
    const auto parsed = google::protobuf::util::JsonStringToMessage(
        tab == std::string::npos ? "" : line.substr(tab + 1), &record);
    if (tab == std::string::npos || !parsed.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("line ", number, " is not a record of --stage=extract (KEY<TAB>JSON): ",
                       tab == std::string::npos ? "no tab" : parsed.message().as_string()));
    }
    switch (record.record_case()) {
      case ExtractionRecord::kDocument:
        extraction.documents.push_back(std::move(*record.mutable_document()));
        break;
      case ExtractionRecord::kClaim:
        keeper.Keep(std::move(*record.mutable_claim()));
        break;
      case ExtractionRecord::kSkipped:
        extraction.skipped.push_back(std::move(*record.mutable_skipped()));
        break;
      case ExtractionRecord::RECORD_NOT_SET:
        return absl::InvalidArgumentError(
            absl::StrCat("line ", number, " is an empty record of --stage=extract"));
    }
  }
  if (in.bad()) return absl::DataLossError("cannot read the records: I/O error");
  return extraction;
}

}  // namespace factcheck
