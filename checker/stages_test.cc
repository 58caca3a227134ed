#include "checker/stages.h"

#include <sstream>
#include <string>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

Extraction Example() {
  Extraction extraction;
  ExtractedDocument& document = extraction.documents.emplace_back();
  document.mutable_summary()->set_id("wire/a\tb.txt");
  document.mutable_dateline()->set_year(2024);
  Claim& claim = extraction.claims.emplace_back();
  claim.set_kind(Claim::QUANTITY);
  claim.set_subject_key("rafah");
  claim.set_attribute("population");
  claim.set_value_text("1.5 million");
  claim.mutable_evidence()->set_document("wire/a\tb.txt");
  SkippedInput& skipped = extraction.skipped.emplace_back();
  skipped.set_path("photo.jpg");
  skipped.set_reason("not a .txt, .md or .jsonl file");
  return extraction;
}

TEST(StagesTest, KeysGroupClaimsByFact) {
  EXPECT_EQ(FactKey(Example().claims[0]), "QUANTITY|rafah|population");
  std::ostringstream out;
  WriteExtraction(Example(), &out);
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> keys;
  while (std::getline(lines, line)) keys.push_back(line.substr(0, line.find('\t')));
  EXPECT_EQ(keys,
            (std::vector<std::string>{"document|wire/a b.txt", "claim|QUANTITY|rafah|population",
                                      "skipped|photo.jpg"}));
}

TEST(StagesTest, RecordsReadBackInAnyOrder) {
  std::ostringstream out;
  WriteExtraction(Example(), &out);
  std::istringstream lines(out.str());
  std::vector<std::string> shuffled;
  for (std::string line; std::getline(lines, line);) shuffled.insert(shuffled.begin(), line);
  std::istringstream in(absl::StrJoin(shuffled, "\n") + "\n\n");
  absl::StatusOr<Extraction> read = ReadExtraction(in);
  ASSERT_TRUE(read.ok()) << read.status();
  ASSERT_EQ(read->documents.size(), 1u);
  EXPECT_EQ(read->documents[0].summary().id(), "wire/a\tb.txt");
  EXPECT_EQ(read->documents[0].dateline().year(), 2024);
  ASSERT_EQ(read->claims.size(), 1u);
  EXPECT_EQ(read->claims[0].value_text(), "1.5 million");
  ASSERT_EQ(read->skipped.size(), 1u);
  EXPECT_EQ(read->skipped[0].path(), "photo.jpg");
}

TEST(StagesTest, NamesTheLineThatIsNotARecord) {
  std::istringstream in("document|a\t{\"document\":{}}\nnot a record\n");
  absl::StatusOr<Extraction> read = ReadExtraction(in);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("line 2 is not a record"), std::string::npos);
}

}  // namespace
}  // namespace factcheck
