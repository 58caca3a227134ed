// Our own labeled corpora (testdata/labels/*.json naming testdata/corpora)
// and a generated corpus are graded on every `bazel test`: every expected
// discrepancy is found, none that is not expected is reported. The
// real-news clusters live outside the workspace and are scored by
// //tests/evaluation:evaluate in CI.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "bench/corpus_generator.h"
#include "checker/check.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/evaluation/grading.h"
#include "tests/runfiles.h"

namespace factcheck {
namespace {

// Every expected discrepancy of `labels` is in `report`, and no other.
void ExpectFoundAndNothingElse(const LabeledCorpus& labels, const Report& report) {
  const Grade grade = GradeReport(labels, report);
  EXPECT_EQ(grade.cases_failed, 0) << absl::StrJoin(grade.lines, "\n");
  for (const auto& [kind, counts] : grade.by_kind) {
    EXPECT_EQ(counts.false_positives, 0) << kind << "\n" << absl::StrJoin(grade.lines, "\n");
  }
}

// One checker for every corpus: compiling its patterns and building their
// first states is most of a small corpus's run, and under ASan most of this
// test's time. CheckCorpus keeps nothing from one corpus to the next.
const Checker& SharedChecker() {
  static const Checker* const checker = new Checker(*Checker::Create());
  return *checker;
}

class LabeledCorpusTest : public testing::TestWithParam<std::string> {};

TEST_P(LabeledCorpusTest, FindsWhatIsLabeledAndNothingElse) {
  std::ifstream file(RunfilePath("testdata/labels/" + GetParam()));
  ASSERT_TRUE(file) << GetParam();
  std::stringstream text;
  text << file.rdbuf();
  LabeledCorpus labels;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(text.str(), &labels).ok());
  absl::StatusOr<Report> report = SharedChecker().CheckCorpus(RunfilePath(labels.corpus()));
  ASSERT_TRUE(report.ok()) << report.status();
  ExpectFoundAndNothingElse(labels, *report);
}

// Every label file there is, so that a new one is graded without being listed.
std::vector<std::string> LabelFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(RunfilePath("testdata/labels"))) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A test's name may hold only letters, digits and underscores.
std::string TestName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(0, info.param.rfind('.'));
  for (char& c : name) {
    if (!absl::ascii_isalnum(c)) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Labels, LabeledCorpusTest, testing::ValuesIn(LabelFiles()), TestName);

// Events close enough in time to be taken for one story are what a
// generated corpus adds: hundreds of them, each with figures of its own.
TEST(GeneratedCorpusTest, FindsWhatWasPlantedAndNothingElse) {
  const std::filesystem::path corpus =
      std::filesystem::path(testing::TempDir()) / "generated.jsonl";
  std::ofstream lines(corpus, std::ios::binary);
  const LabeledCorpus planted = CorpusGenerator({.articles = 1500, .seed = 5})
                                    .Generate([&lines](const GeneratedArticle& article) {
                                      lines << JsonLine(article) << "\n";
                                    });
  lines.close();
  ASSERT_GT(planted.must_report_size(), 100);
  absl::StatusOr<Report> report = SharedChecker().CheckCorpus(corpus.string());
  ASSERT_TRUE(report.ok()) << report.status();
  ExpectFoundAndNothingElse(planted, *report);
}

}  // namespace
}  // namespace factcheck
