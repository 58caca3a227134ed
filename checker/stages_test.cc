#include "checker/stages.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

Claim ExampleClaim() {
  Claim claim;
  claim.set_kind(Claim::QUANTITY);
  claim.set_subject_key("rafah");
  claim.set_attribute("population");
  claim.set_value_text("1.5 million");
  claim.mutable_evidence()->set_document("wire/a\tb.txt");
  return claim;
}

// The records of one document with one claim, and one skipped input.
std::string ExampleRecords(RecordFormat format = RecordFormat::kCompact) {
  std::ostringstream out;
  RecordWriter records(&out, format);
  ExtractedDocument document;
  document.mutable_summary()->set_id("wire/a\tb.txt");
  document.mutable_dateline()->set_year(2024);
  std::vector<Claim> claims = {ExampleClaim()};
  records.Extracted(document, &claims);
  SkippedInput skipped;
  skipped.set_path("photo.jpg");
  skipped.set_reason("not a .txt, .md, .json or .jsonl file");
  records.Skipped(skipped);
  return out.str();
}

TEST(StagesTest, KeysGroupClaimsByFact) {
  EXPECT_EQ(FactKey(ExampleClaim()), "QUANTITY|rafah|population");
  std::istringstream lines(ExampleRecords());
  std::string line;
  std::vector<std::string> keys;
  while (std::getline(lines, line)) keys.push_back(line.substr(0, line.find('\t')));
  EXPECT_EQ(keys,
            (std::vector<std::string>{"document|wire/a b.txt", "claim|QUANTITY|rafah|population",
                                      "skipped|photo.jpg"}));
}

TEST(StagesTest, RecordsReadBackInAnyOrderInEitherFormat) {
  for (const RecordFormat format : {RecordFormat::kCompact, RecordFormat::kJson}) {
    std::istringstream lines(ExampleRecords(format));
    std::vector<std::string> shuffled;
    for (std::string line; std::getline(lines, line);) shuffled.insert(shuffled.begin(), line);
    std::istringstream in(absl::StrJoin(shuffled, "\r\n") + "\n\n");
    absl::StatusOr<Extraction> read = ReadExtraction(in);
    ASSERT_TRUE(read.ok()) << read.status();
    ASSERT_EQ(read->documents.size(), 1u);
    EXPECT_EQ(read->documents[0].summary().id(), "wire/a\tb.txt");
    EXPECT_EQ(read->documents[0].dateline().year(), 2024);
    ASSERT_EQ(read->claims.size(), 1u);
    EXPECT_EQ(read->claims.begin()->value_text(), "1.5 million");
    ASSERT_EQ(read->skipped.size(), 1u);
    EXPECT_EQ(read->skipped[0].path(), "photo.jpg");
  }
}

TEST(StagesTest, ReadingRecordsSaysHowFarItHasGot) {
  std::ostringstream out;
  RecordWriter records(&out);
  ExtractedDocument document;
  document.mutable_summary()->set_id("wire/a\tb.txt");
  std::vector<Claim> claims(10000, ExampleClaim());
  records.Extracted(document, &claims);
  // Sorted by key, as a reducer gets them: the 10,000 claims, then the document.
  std::vector<std::string> lines = absl::StrSplit(out.str(), '\n', absl::SkipEmpty());
  std::sort(lines.begin(), lines.end());
  std::istringstream in(absl::StrJoin(lines, "\n"));
  std::vector<std::pair<int, int>> heard;  // claims, articles
  absl::StatusOr<Extraction> read = ReadExtraction(in, [&heard](const Progress& progress) {
    EXPECT_EQ(progress.stage, Progress::Stage::kReadingRecords);
    heard.emplace_back(progress.claims, progress.documents_done);
  });
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(heard, (std::vector<std::pair<int, int>>{{4096, 0}, {8192, 0}, {10000, 1}}));
}

TEST(StagesTest, CompactRecordsAreBase64OfTheWireFormatAndJsonIsJson) {
  const std::string compact = ExampleRecords(RecordFormat::kCompact);
  const std::string json = ExampleRecords(RecordFormat::kJson);
  const std::string first_compact = compact.substr(0, compact.find('\n'));
  const std::string first_json = json.substr(0, json.find('\n'));
  // `base64 -d | protoc --decode=factcheck.ExtractionRecord proto/extraction.proto`
  // prints the value as: document { summary { id: "wire/a\tb.txt" } dateline { year: 2024 } }
  EXPECT_EQ(first_compact, "document|wire/a b.txt\tChUKDgoMd2lyZS9hCWIudHh0EgMI6A8=");
  EXPECT_EQ(first_json,
            "document|wire/a b.txt\t"
            R"({"document":{"summary":{"id":"wire/a\tb.txt"},"dateline":{"year":2024}}})");
}

// A mapper writes each input's records as soon as it and the inputs before
// it are done: in input order whatever the threads, a repeated id skipped.
TEST(StagesTest, TheMapperWritesRecordsInInputOrder) {
  const std::string corpus = testing::TempDir() + "/mapper.jsonl";
  std::ofstream(corpus) << absl::StrJoin(
      {R"({"id": "wire/b", "text": "Talks in Cairo.\n\nThe mayor said 1,200 people left."})",
       R"({"id": "wire/a", "text": "Talks in Rafah."})", R"({"text": ""})",
       R"({"id": "wire/b", "text": "A second copy."})"},
      "\n");
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok()) << checker.status();
  std::ostringstream out;
  RecordWriter records(&out);
  ASSERT_TRUE(checker->ExtractCorpus(corpus, {.jobs = 4}, &records).ok());
  std::istringstream lines(out.str());
  std::vector<std::string> keys;
  for (std::string line; std::getline(lines, line);) {
    const std::string key = line.substr(0, line.find('\t'));
    if (key.rfind("claim|", 0) != 0) keys.push_back(key);  // what claims depends on the rules
  }
  const std::string jsonl = std::filesystem::path(corpus).filename().string();
  EXPECT_EQ(keys, (std::vector<std::string>{"document|wire/b", "document|wire/a",
                                            "skipped|" + jsonl + ":3", "skipped|wire/b"}));
}

// Counts what a sink is handed, and how many inputs were done when the
// first arrived.
class CountingSink : public ExtractionSink {
 public:
  explicit CountingSink(const std::atomic<int>* documents_done) : documents_done_(documents_done) {}
  void Extracted(ExtractedDocument, std::vector<Claim>*) override { Count(); }
  void Skipped(SkippedInput) override { Count(); }
  int handed_over() const { return handed_over_; }
  int done_at_first() const { return done_at_first_; }

 private:
  void Count() {
    if (handed_over_++ == 0) done_at_first_ = documents_done_->load();
  }
  const std::atomic<int>* documents_done_;
  int handed_over_ = 0;
  int done_at_first_ = 0;
};

// Inputs done behind a slow one wait for it in memory: up to
// kMaxWaitingInputs, then the threads take no more until it is done.
TEST(StagesTest, FewInputsWaitBehindASlowOne) {
  const std::string corpus = testing::TempDir() + "/slow-first.jsonl";
  {
    std::string slow;
    for (int i = 0; i < 8000; ++i) absl::StrAppend(&slow, "The mayor said 1,200 people left. ");
    std::ofstream out(corpus);
    out << R"({"id": "slow", "text": ")" << slow << "\"}\n";
    for (int i = 0; i < 2000; ++i)
      out << R"({"id": "quick-)" << i << R"(", "text": "Talks."})"
          << "\n";
  }
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok()) << checker.status();
  std::atomic<int> documents_done{0};
  CheckOptions options;
  options.jobs = 2;
  options.progress = [&documents_done](const Progress& progress) {
    documents_done = progress.documents_done;
  };
  CountingSink sink(&documents_done);
  ASSERT_TRUE(checker->ExtractCorpus(corpus, options, &sink).ok());
  EXPECT_EQ(sink.handed_over(), 2001);
  // The slow input, those waiting behind it, and one more per thread.
  EXPECT_LE(sink.done_at_first(), static_cast<int>(kMaxWaitingInputs) + options.jobs + 1);
}

TEST(StagesTest, NamesTheLineThatIsNotARecordAndWhy) {
  const struct {
    std::string line;
    std::string why;
  } kNotRecords[] = {
      {"not a record", "no tab"},
      {"document|a\tnot base64!", "neither base64 nor JSON"},
      {"document|a\t/w==", "base64 of something other than an extraction record"},
      {"document|a\t{\"document\": 1}", "document"},
  };
  for (const auto& [line, why] : kNotRecords) {
    std::istringstream in("document|b\t{\"document\":{}}\n" + line + "\n");
    absl::StatusOr<Extraction> read = ReadExtraction(in);
    ASSERT_FALSE(read.ok()) << line;
    EXPECT_NE(read.status().message().find("line 2 is not a record"), std::string::npos) << line;
    EXPECT_NE(read.status().message().find(why), std::string::npos) << read.status();
  }
}

// Mappers that read standard input name records without ids by their
// line: two mappers' "stdin:1" are two documents the reducer cannot tell
// apart, and it says so rather than compare them as one.
TEST(StagesTest, TwoDocumentsOfOneIdAreRefused) {
  std::istringstream in(
      "document|stdin:1\t{\"document\":{\"summary\":{\"id\":\"stdin:1\"}}}\n"
      "document|stdin:2\t{\"document\":{\"summary\":{\"id\":\"stdin:2\"}}}\n"
      "document|stdin:1\t{\"document\":{\"summary\":{\"id\":\"stdin:1\"}}}\n");
  absl::StatusOr<Extraction> read = ReadExtraction(in);
  ASSERT_FALSE(read.ok());
  EXPECT_TRUE(absl::StartsWith(read.status().message(),
                               "two documents have the id \"stdin:1\": give every JSON Lines "
                               "record an \"id\""))
      << read.status();
}

// /dev/zero is one line with no end: reading stops past the longest a
// record may be, where it once read on for ever.
TEST(StagesTest, ALineWithNoEndIsNoRecordAndEnds) {
  std::ifstream zeros("/dev/zero", std::ios::binary);
  if (!zeros) GTEST_SKIP() << "no /dev/zero";
  absl::StatusOr<Extraction> read = ReadExtraction(zeros);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            "line 1 is not a record of --stage=extract: longer than any (512 MiB)");
}

}  // namespace
}  // namespace factcheck
