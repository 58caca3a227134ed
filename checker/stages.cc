#include "checker/stages.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "checker/corpus/loader.h"  // kMaxArticleBytes
#include "checker/corpus/utf8.h"
#include "checker/report/terminal.h"
#include "checker/util/bounded_read.h"
#include "checker/util/kept_claims.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {
namespace {

// How often reading records says how far it has got: a 1 GB corpus's
// records (5 million) are read in about half a minute.
constexpr int kRecordsPerProgress = 4096;

// No record --stage=extract writes comes near this (its longest text is a
// sentence, of 2,048 bytes at most): a longer line is no record, and is not
// held whole (/dev/zero has no newline).
constexpr int64_t kMaxRecordLineBytes = 2 * kMaxArticleBytes;

// A key is one field of a tab-separated line.
std::string KeyField(absl::string_view text) {
  return absl::StrReplaceAll(text, {{"\t", " "}, {"\n", " "}, {"\r", " "}});
}

// Reads the record after a line's key, compact or JSON, or says why not.
absl::Status ParseRecord(absl::string_view value, std::string* wire, ExtractionRecord* record) {
  if (absl::StartsWith(value, "{")) {
    const auto parsed = google::protobuf::util::JsonStringToMessage(
        google::protobuf::StringPiece(value.data(), value.size()), record);
    if (!parsed.ok()) return absl::InvalidArgumentError(parsed.message().as_string());
    return absl::OkStatus();
  }
  if (!absl::Base64Unescape(value, wire)) {
    return absl::InvalidArgumentError("neither base64 nor JSON");
  }
  if (!record->ParseFromString(*wire)) {
    return absl::InvalidArgumentError("base64 of something other than an extraction record");
  }
  return absl::OkStatus();
}

}  // namespace

std::string FactKey(const Claim& claim) {
  return absl::StrCat(Claim::Kind_Name(claim.kind()), "|", claim.subject_key(), "|",
                      claim.attribute());
}

void RecordWriter::Extracted(ExtractedDocument document, std::vector<Claim>* claims) {
  *record_.mutable_document() = std::move(document);
  Write(absl::StrCat("document|", record_.document().summary().id()));
  for (Claim& claim : *claims) {
    *record_.mutable_claim() = std::move(claim);
    Write(absl::StrCat("claim|", FactKey(record_.claim())));
  }
}

void RecordWriter::Skipped(SkippedInput input) {
  *record_.mutable_skipped() = std::move(input);
  Write(absl::StrCat("skipped|", record_.skipped().path()));
}

void RecordWriter::Write(const std::string& key) {
  value_.clear();
  if (format_ == RecordFormat::kJson) {
    // Every field of these records can be printed; an error is impossible.
    (void)google::protobuf::util::MessageToJsonString(record_, &value_);
  } else {
    record_.SerializeToString(&wire_);
    absl::Base64Escape(wire_, &value_);
  }
  *out_ << KeyField(key) << '\t' << value_ << '\n';
}

absl::StatusOr<Extraction> ReadExtraction(std::istream& in, const ProgressCallback& progress) {
  Extraction extraction;
  auto report_progress = [&] {
    if (!progress) return;
    Progress read;
    read.stage = Progress::Stage::kReadingRecords;
    read.documents_done = static_cast<int>(extraction.documents.size());
    read.claims = static_cast<int>(extraction.claims.size());
    progress(read);
  };
  std::string line;
  std::string wire;
  bool too_long = false;
  for (int number = 1; ReadLine(in, kMaxRecordLineBytes, LongLine::kStop, &line, &too_long);
       ++number) {
    if (too_long) {
      return absl::InvalidArgumentError(
          absl::StrCat("line ", number, " is not a record of --stage=extract: longer than any (",
                       kMaxRecordLineBytes >> 20, " MiB)"));
    }
    const absl::string_view text = absl::StripTrailingAsciiWhitespace(line);
    if (text.empty()) continue;
    const size_t tab = text.find('\t');
    ExtractionRecord record;
    const absl::Status parsed = tab == absl::string_view::npos
                                    ? absl::InvalidArgumentError("no tab")
                                    : ParseRecord(text.substr(tab + 1), &wire, &record);
    if (!parsed.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("line ", number,
                       " is not a record of --stage=extract (KEY<TAB>RECORD): ", parsed.message()));
    }
    switch (record.record_case()) {
      case ExtractionRecord::kDocument:
        extraction.documents.push_back(std::move(*record.mutable_document()));
        break;
      case ExtractionRecord::kClaim:
        extraction.claims.Keep(record.claim());
        break;
      case ExtractionRecord::kSkipped:
        extraction.skipped.push_back(std::move(*record.mutable_skipped()));
        break;
      case ExtractionRecord::RECORD_NOT_SET:
        return absl::InvalidArgumentError(
            absl::StrCat("line ", number, " is an empty record of --stage=extract"));
    }
    if (number % kRecordsPerProgress == 0) report_progress();
  }
  if (in.bad()) return absl::DataLossError("cannot read the records: I/O error");
  // Claims name their document by id: two documents of one id cannot be
  // told apart, and comparing them as one would mislead.
  std::vector<absl::string_view> ids;
  ids.reserve(extraction.documents.size());
  for (const ExtractedDocument& document : extraction.documents) {
    ids.push_back(document.summary().id());
  }
  std::sort(ids.begin(), ids.end());
  if (const auto twice = std::adjacent_find(ids.begin(), ids.end()); twice != ids.end()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "two documents have the id \"", EscapeForTerminal(Shortened(*twice, 200)),
        "\": give every JSON Lines record an \"id\" (a mapper reading standard input names a "
        "record without one by its line, and the lines of other mappers' inputs have the same "
        "names)"));
  }
  report_progress();
  return extraction;
}

}  // namespace factcheck
