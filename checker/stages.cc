#include "checker/stages.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

// A key is one field of a tab-separated line.
std::string KeyField(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"\t", " "}, {"\n", " "}, {"\r", " "}});
}

void WriteRecord(const std::string& key, const ExtractionRecord& record, std::ostream* out) {
  std::string json;
  // Every field of these records can be printed; an error is impossible.
  (void)google::protobuf::util::MessageToJsonString(record, &json);
  *out << KeyField(key) << '\t' << json << '\n';
}

}  // namespace

std::string FactKey(const Claim& claim) {
  return absl::StrCat(Claim::Kind_Name(claim.kind()), "|", claim.subject_key(), "|",
                      claim.attribute());
}

void WriteExtraction(const Extraction& extraction, std::ostream* out) {
  ExtractionRecord record;
  for (const ExtractedDocument& document : extraction.documents) {
    *record.mutable_document() = document;
    WriteRecord(absl::StrCat("document|", document.summary().id()), record, out);
  }
  for (const Claim& claim : extraction.claims) {
    *record.mutable_claim() = claim;
    WriteRecord(absl::StrCat("claim|", FactKey(claim)), record, out);
  }
  for (const SkippedInput& skipped : extraction.skipped) {
    *record.mutable_skipped() = skipped;
    WriteRecord(absl::StrCat("skipped|", skipped.path()), record, out);
  }
}

absl::StatusOr<Extraction> ReadExtraction(std::istream& in) {
  Extraction extraction;
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
        extraction.claims.push_back(std::move(*record.mutable_claim()));
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
