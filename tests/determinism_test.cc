// The same corpus gives byte-identical output whatever the order its files
// arrive in and however many threads read them.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "bench/corpus_generator.h"
#include "bench/hostile_inputs.h"
#include "checker/check.h"
#include "checker/corpus/loader.h"
#include "checker/report/html.h"
#include "checker/report/json.h"
#include "gtest/gtest.h"
#include "tests/runfiles.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

TEST(DeterminismTest, DocumentOrderDoesNotChangeTheReport) {
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

// Corpora made to be hard for comparison (bench/hostile_inputs.h) give
// the findings they plant, and none where they plant none, and the same
// report in any order on any number of threads.
TEST(DeterminismTest, HostileCorporaGiveTheirFindingsInAnyOrderOnAnyThreads) {
  // Whether each corpus's articles disagree.
  const std::map<std::string, bool> disagree = {
      {"one-meeting", true},               // on five days
      {"one-population", true},            // 100,000 to 599,000
      {"one-surname-spelled-anew", true},  // Lindaaist, Lindabist, ...
      {"one-death-toll", true},            // in each of three stories
      {"undated-meeting", true},           // on five weekdays, with no date
      {"identical-articles", false},
      {"one-surname-many-people", false},  // Aaaa Lindqvist, Aaab Lindqvist, ...
      {"ten-shared-places", false},
      {"one-age", true},  // 71 ages
  };
  absl::StatusOr<Checker> checker = Checker::Create();
  ASSERT_TRUE(checker.ok());
  std::mt19937 random(2026);
  for (const std::string& name : HostileCorpusNames()) {
    ASSERT_EQ(disagree.count(name), 1u) << name << ": say whether its articles disagree";
    std::vector<Document> documents;
    for (const std::string& text : HostileCorpus(name, 300)) {
      documents.push_back(ParseDocument(absl::StrCat("article-", documents.size()), text).value());
    }
    const Report report = checker->CheckDocuments(name, documents, {});
    EXPECT_EQ(report.discrepancies_size() > 0, disagree.at(name)) << name;
    std::shuffle(documents.begin(), documents.end(), random);
    CheckOptions options;
    options.jobs = 4;
    EXPECT_EQ(RenderJson(checker->CheckDocuments(name, documents, {}, options)).value(),
              RenderJson(report).value())
        << name;
  }
}

// A generated corpus of many events, rewritten in another order before each
// run, as files in folders and as JSON Lines, read by one thread or four.
class ShuffledCorpusTest : public testing::Test {
 protected:
  void SetUp() override {
    CorpusGenerator generator({.articles = 150, .seed = 11});
    generator.Generate([this](const GeneratedArticle& article) { articles_.push_back(article); });
    root_ = fs::path(testing::TempDir()) / "shuffled";
  }

  // Writes the articles in a new order to `root_` (as `jsonl` or files) and
  // returns the JSON and HTML reports of a run with `options`.
  std::string WriteAndCheck(bool jsonl, const CheckOptions& options) {
    std::shuffle(articles_.begin(), articles_.end(), random_);
    fs::remove_all(root_);
    fs::create_directories(root_);
    const fs::path corpus = jsonl ? root_ / "corpus.jsonl" : root_ / "articles";
    std::ofstream lines;
    if (jsonl) lines.open(corpus, std::ios::binary);
    for (const GeneratedArticle& article : articles_) {
      if (jsonl) {
        lines << JsonLine(article) << "\n";
      } else {
        fs::create_directories((corpus / article.id).parent_path());
        std::ofstream(corpus / article.id, std::ios::binary) << article.text;
      }
    }
    lines.close();
    absl::StatusOr<Report> report = checker_->CheckCorpus(corpus.string(), options);
    EXPECT_TRUE(report.ok()) << report.status();
    if (!report.ok()) return "";
    EXPECT_GT(report->discrepancies_size(), 0);  // the comparison has something to order
    return RenderJson(*report).value() + RenderHtml(*report);
  }

  absl::StatusOr<Checker> checker_ = Checker::Create();
  std::vector<GeneratedArticle> articles_;
  std::mt19937 random_{7};
  fs::path root_;
};

TEST_F(ShuffledCorpusTest, FilesGiveTheSameReportOnOneThreadOrFour) {
  ASSERT_TRUE(checker_.ok());
  const std::string one_thread = WriteAndCheck(/*jsonl=*/false, {.jobs = 1});
  EXPECT_EQ(WriteAndCheck(/*jsonl=*/false, {.jobs = 4}), one_thread);
  EXPECT_EQ(WriteAndCheck(/*jsonl=*/false, {.jobs = 4}), one_thread);
  EXPECT_EQ(WriteAndCheck(/*jsonl=*/false, {.jobs = 1}), one_thread);
}

TEST_F(ShuffledCorpusTest, JsonLinesGiveTheSameReportOnOneThreadOrFour) {
  ASSERT_TRUE(checker_.ok());
  const std::string one_thread = WriteAndCheck(/*jsonl=*/true, {.jobs = 1});
  EXPECT_EQ(WriteAndCheck(/*jsonl=*/true, {.jobs = 4}), one_thread);
  EXPECT_EQ(WriteAndCheck(/*jsonl=*/true, {.jobs = 4}), one_thread);
  EXPECT_EQ(WriteAndCheck(/*jsonl=*/true, {.jobs = 1}), one_thread);
}

// Articles larger than the memory budget wait to be extracted alone, or
// beside a small one (the generated articles are 2 to 6 KB): four threads
// then take turns, and give the same report.
TEST_F(ShuffledCorpusTest, ArticlesOverTheMemoryBudgetGiveTheSameReport) {
  ASSERT_TRUE(checker_.ok());
  for (const bool jsonl : {false, true}) {
    const std::string one_thread = WriteAndCheck(jsonl, {.jobs = 1});
    for (const int64_t budget : {1, 6000}) {
      EXPECT_EQ(WriteAndCheck(jsonl, {.jobs = 4, .extraction_budget_bytes = budget}), one_thread)
          << (jsonl ? "JSON Lines" : "files") << ", budget " << budget;
    }
  }
}

}  // namespace
}  // namespace factcheck
