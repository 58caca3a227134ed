// The same corpus gives byte-identical output whatever the order its files
// arrive in.
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "checker/check.h"
#include "checker/corpus/loader.h"
#include "checker/report/html.h"
#include "checker/report/json.h"
#include "gtest/gtest.h"
#include "tests/runfiles.h"

namespace factcheck {
namespace {

TEST(DeterminismTest, FileOrderDoesNotChangeTheReport) {
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  absl::StatusOr<Corpus> corpus = LoadCorpus(RunfilePath("testdata/corpus"));
  ASSERT_TRUE(corpus.ok());
  const Report first = checker->CheckDocuments("corpus", corpus->documents, corpus->skipped);
  const std::string json = RenderJson(first).value();
  const std::string html = RenderHtml(first);

  std::mt19937 random(2024);
  for (int round = 0; round < 5; ++round) {
    std::vector<Document> shuffled = corpus->documents;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    const Report again = checker->CheckDocuments("corpus", shuffled, corpus->skipped);
    EXPECT_EQ(RenderJson(again).value(), json);
    EXPECT_EQ(RenderHtml(again), html);
  }
}

}  // namespace
}  // namespace factcheck
