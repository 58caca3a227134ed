// Bad input is reported and skipped, never fatal, and the rest of the corpus
// is still checked.
#include <filesystem>
#include <fstream>
#include <string>

#include "checker/check.h"
#include "gtest/gtest.h"
#include "tests/report_outline.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

class BadInputTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(testing::TempDir()) / "bad_input_corpus";
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void Write(const std::string& name, const std::string& bytes) {
    fs::create_directories((root_ / name).parent_path());
    std::ofstream(root_ / name, std::ios::binary) << bytes;
  }
  Report Check() {
    absl::StatusOr<Report> report = Checker::Create()->CheckCorpus(root_.string());
    EXPECT_TRUE(report.ok()) << report.status();
    return report.value_or(Report());
  }
  fs::path root_;
};

TEST_F(BadInputTest, SkipsEachBadFileWithItsReasonAndChecksTheRest) {
  Write("empty.txt", "");
  Write("binary.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  Write("latin1.txt", "Mayor Ingrid Saarinen visited the caf\xE9.");
  Write("notes.json", "{}");
  // Two good articles, one without a dateline, that disagree on a figure.
  Write("a.txt", "date 2025-10-08\n\nVarnholm, a port city home to 320,000 people, is flooded.\n");
  Write("deep/b.txt", "Varnholm is home to about 290,000 people.\n");

  const Report report = Check();
  EXPECT_EQ(Outline(report),
            "documents: 2\n"
            "skipped: 4\n"
            "WARNING QUANTITY Varnholm (population)\n"
            "  [285,000, 295,000): deep/b.txt\n"
            "  [315,000, 325,000): a.txt\n");
  std::vector<std::string> skipped;
  for (const SkippedInput& input : report.skipped()) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  EXPECT_EQ(skipped,
            (std::vector<std::string>{"binary.txt: binary file, not text", "empty.txt: empty file",
                                      "latin1.txt: invalid UTF-8 at byte 37",
                                      "notes.json: not a .txt or .md file"}));
}

TEST_F(BadInputTest, ACorpusOfOnlyBadFilesHasNoDocumentsButDoesNotFail) {
  Write("empty.txt", "");
  const Report report = Check();
  EXPECT_EQ(report.documents_size(), 0);
  EXPECT_EQ(report.skipped_size(), 1);
}

TEST_F(BadInputTest, HostileTextIsJustText) {
  Write("a.txt", std::string("<script>alert(1)</script>\0\xFF", 27));
  Write("b.txt", "\"><svg onload=alert(1)> Mayor <img src=x onerror=alert(1)> spoke.\n");
  Write("c.txt", std::string(100000, 'x'));  // one long line, no sentence end
  const Report report = Check();
  EXPECT_EQ(report.documents_size(), 2);
  EXPECT_EQ(report.skipped_size(), 1);
  EXPECT_EQ(report.discrepancies_size(), 0);
}

}  // namespace
}  // namespace factcheck
