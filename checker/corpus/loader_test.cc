#include "checker/corpus/loader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

TEST(ParseDocumentTest, RejectsWhatCannotBeChecked) {
  EXPECT_EQ(ParseDocument("a.txt", "").status().message(), "empty file");
  EXPECT_EQ(ParseDocument("a.txt", " \n\t\n").status().message(), "empty file (only whitespace)");
  EXPECT_EQ(ParseDocument("a.txt", std::string("PK\x03\x04\0\0data", 10)).status().message(),
            "binary file, not text");
  EXPECT_EQ(ParseDocument("a.txt", "Caf\xE9 opens.").status().message(), "invalid UTF-8 at byte 3");
}

TEST(ParseDocumentTest, DropsTheByteOrderMark) {
  absl::StatusOr<Document> document = ParseDocument("a.txt", "\xEF\xBB\xBFHello there.");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->text(), "Hello there.");
}

TEST(ParseDocumentTest, ReadsKeyValueHeaderAsMetadata) {
  absl::StatusOr<Document> document = ParseDocument(
      "a.txt",
      "date 2013-09-14\noutlet ny1.com\nsource_url http://ny1.com/a\n\nWoman hurt in crash\n");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->dateline().year(), 2013);
  EXPECT_EQ(document->dateline().day(), 14);
  EXPECT_EQ(document->dateline().weekday(), PartialDate::SATURDAY);
  EXPECT_EQ(document->outlet(), "ny1.com");
  EXPECT_EQ(document->url(), "http://ny1.com/a");
  EXPECT_EQ(document->text().substr(document->body_begin()), "Woman hurt in crash\n");
}

TEST(ParseDocumentTest, ReadsADateHeaderGluedToTheFirstSentence) {
  absl::StatusOr<Document> document =
      ParseDocument("a.txt", " date 2024-03-21 During a meeting in Cairo, he spoke.");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->dateline().month(), 3);
  EXPECT_EQ(document->text().substr(document->body_begin()),
            "During a meeting in Cairo, he spoke.");
}

TEST(ParseDocumentTest, ReadsMarkdownFrontMatter) {
  absl::StatusOr<Document> document =
      ParseDocument("a.md", "---\ntitle: Floods\ndate: 2025-10-08\n---\nThe river rose.\n");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->title(), "Floods");
  EXPECT_EQ(document->dateline().day(), 8);
  EXPECT_EQ(document->text().substr(document->body_begin()), "The river rose.\n");
}

TEST(ParseDocumentTest, KeepsTextThatOnlyLooksLikeAHeader) {
  // "source" is not a metadata key, and "date night" has no date: both are text.
  for (const char* text :
       {"source of the leak was found\n\nMore text.", "date night ended early\n\nMore text.",
        "outlet ny1.com\nThe mayor spoke.\n\nMore."}) {
    absl::StatusOr<Document> document = ParseDocument("a.txt", text);
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(document->body_begin(), 0) << text;
    EXPECT_FALSE(document->has_dateline()) << text;
  }
}

class LoadCorpusTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(testing::TempDir()) / "corpus";
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub");
    fs::create_directories(root_ / ".git");
  }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(root_ / name, std::ios::binary) << bytes;
  }
  fs::path root_;
};

TEST_F(LoadCorpusTest, ChecksArticlesAndListsEverythingElseWithAReason) {
  Write("b.txt", "Second article.");
  Write("a.md", "First article.");
  Write("sub/c.txt", "Nested article.");
  Write("README.md", "About this corpus.");
  Write("expected.json", "{}");
  Write("empty.txt", "");
  Write("binary.txt", std::string("\x7F"
                                  "ELF\0\0\0",
                                  7));
  Write("latin1.txt", "Caf\xE9.");
  Write(".hidden.txt", "Not part of the corpus.");
  Write(".git/HEAD.txt", "Not part of the corpus.");

  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  std::vector<std::string> ids;
  for (const Document& document : corpus->documents) ids.push_back(document.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"a.md", "b.txt", "sub/c.txt"}));

  std::vector<std::string> skipped;
  for (const SkippedInput& input : corpus->skipped) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  EXPECT_EQ(skipped, (std::vector<std::string>{
                         "README.md: documentation file (upper-case name), not an article",
                         "binary.txt: binary file, not text",
                         "empty.txt: empty file",
                         "expected.json: not a .txt or .md file",
                         "latin1.txt: invalid UTF-8 at byte 3",
                     }));
}

TEST_F(LoadCorpusTest, ReportsAnUnreadableFileAndGoesOn) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every file";
  Write("locked.txt", "Secret.");
  Write("open.txt", "Public.");
  fs::permissions(root_ / "locked.txt", fs::perms::none);
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->documents.size(), 1u);
  ASSERT_EQ(corpus->skipped.size(), 1u);
  EXPECT_EQ(corpus->skipped[0].reason(), "cannot read: Permission denied");
}

TEST_F(LoadCorpusTest, SymlinkedFilesKeepTheirPlaceInTheCorpus) {
  const fs::path elsewhere = fs::path(testing::TempDir()) / "elsewhere.txt";
  std::ofstream(elsewhere) << "Linked article.";
  fs::create_symlink(elsewhere, root_ / "sub" / "linked.txt");
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->documents.size(), 1u);
  EXPECT_EQ(corpus->documents[0].id(), "sub/linked.txt");
}

TEST_F(LoadCorpusTest, IncludesAndExcludesByGlobAndLeavesOutItsOwnFiles) {
  fs::create_directories(root_ / "sub" / "drafts");
  Write("a.txt", "Top-level article.");
  Write("sub/b.txt", "Nested article.");
  Write("sub/drafts/c.txt", "Draft article.");
  Write("factcheck.textproto", "min_severity: ERROR");
  LoadOptions options;
  options.include = {"sub/**"};
  options.exclude = {"**/drafts/**"};
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string(), options);
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->documents.size(), 1u);
  EXPECT_EQ(corpus->documents[0].id(), "sub/b.txt");
  EXPECT_TRUE(corpus->skipped.empty());  // left out by choice, not skipped
}

TEST_F(LoadCorpusTest, LoadsASingleFile) {
  Write("one.txt", "Only article.");
  absl::StatusOr<Corpus> corpus = LoadCorpus((root_ / "one.txt").string());
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->documents.size(), 1u);
  EXPECT_EQ(corpus->documents[0].id(), "one.txt");
}

TEST_F(LoadCorpusTest, FailsOnlyWhenTheRootIsMissing) {
  absl::StatusOr<Corpus> corpus = LoadCorpus((root_ / "missing").string());
  ASSERT_FALSE(corpus.ok());
  EXPECT_EQ(corpus.status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace factcheck
