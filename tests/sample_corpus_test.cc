// The sample corpus (testdata/corpus) gives exactly what
// testdata/corpus_expected.txt says a correct checker reports.
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "checker/check.h"
#include "gtest/gtest.h"
#include "tests/report_outline.h"
#include "tests/runfiles.h"

namespace factcheck {
namespace {

// The expected file without its comment lines.
std::string ReadExpected(const std::string& path) {
  std::ifstream file(RunfilePath(path));
  std::string expected, line;
  while (std::getline(file, line)) {
    if (!absl::StartsWith(line, "#")) expected += line + "\n";
  }
  return expected;
}

TEST(SampleCorpusTest, ReportsWhatTheExpectedFileSays) {
  const std::string expected = ReadExpected("testdata/corpus_expected.txt");
  ASSERT_FALSE(expected.empty());
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok()) << checker.status();
  absl::StatusOr<Report> report = checker->CheckCorpus(RunfilePath("testdata/corpus"));
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(Outline(*report), expected);
}

TEST(SampleCorpusTest, EveryFindingCarriesItsEvidenceAndExplanation) {
  absl::StatusOr<Report> report = Checker::Create()->CheckCorpus(RunfilePath("testdata/corpus"));
  ASSERT_TRUE(report.ok());
  for (const Discrepancy& discrepancy : report->discrepancies()) {
    EXPECT_FALSE(discrepancy.explanation().empty()) << discrepancy.subject();
    EXPECT_EQ(discrepancy.id().size(), 16u);
    for (const Variant& variant : discrepancy.variants()) {
      EXPECT_FALSE(variant.value().empty());
      ASSERT_GT(variant.evidence_size(), 0);
      for (const Evidence& evidence : variant.evidence()) {
        EXPECT_GT(evidence.line(), 0);
        // The highlighted claim is a part of the quoted sentence.
        ASSERT_LE(evidence.highlight_end(), static_cast<int>(evidence.excerpt().size()));
        EXPECT_LT(evidence.highlight_begin(), evidence.highlight_end());
      }
    }
  }
}

}  // namespace
}  // namespace factcheck
