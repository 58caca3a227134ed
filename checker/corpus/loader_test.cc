#include "checker/corpus/loader.h"

#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rules/dates/dates.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

// Root reads any file, by two capabilities. While this lives, the calling
// thread has neither in effect, so that root meets permissions as any user
// does (in a container too, where root cannot become another user); they
// are taken back after.
class WithoutReadingAnyFile {
 public:
  WithoutReadingAnyFile() {
    header_.version = _LINUX_CAPABILITY_VERSION_3;
    header_.pid = 0;  // this thread
    if (syscall(SYS_capget, &header_, saved_) != 0) return;
    __user_cap_data_struct lowered[2] = {saved_[0], saved_[1]};
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
      lowered[capability / 32].effective &= ~(1u << (capability % 32));
    }
    dropped_ = syscall(SYS_capset, &header_, lowered) == 0;
  }
  ~WithoutReadingAnyFile() {
    if (dropped_) syscall(SYS_capset, &header_, saved_);
  }
  WithoutReadingAnyFile(const WithoutReadingAnyFile&) = delete;
  WithoutReadingAnyFile& operator=(const WithoutReadingAnyFile&) = delete;

  bool dropped() const { return dropped_; }

 private:
  __user_cap_header_struct header_{};
  __user_cap_data_struct saved_[2] = {};
  bool dropped_ = false;
};

TEST(ParseDocumentTest, RejectsWhatCannotBeChecked) {
  EXPECT_EQ(ParseDocument("a.txt", "").status().message(), "empty file");
  EXPECT_EQ(ParseDocument("a.txt", " \n\t\n").status().message(), "empty file (only whitespace)");
  EXPECT_EQ(ParseDocument("a.txt", std::string("PK\x03\x04\0\0data", 10)).status().message(),
            "binary file, not text");
}

TEST(ParseDocumentTest, BinaryMeansMoreThanATenthControlBytes) {
  // 100 bytes, counted as three blocks of 32 and four more: control bytes
  // at the blocks' edges and in the rest.
  std::string text(100, 'a');
  for (const int at : {0, 31, 32, 50, 63, 64, 95, 96, 97}) text[at] = '\x01';
  text[98] = '\0';
  EXPECT_TRUE(ParseDocument("a.txt", text).ok());  // ten: a tenth exactly
  text[99] = '\x1B';
  EXPECT_EQ(ParseDocument("a.txt", text).status().message(), "binary file, not text");
  // Line and page breaks and tabs are text.
  EXPECT_TRUE(ParseDocument("a.txt", "a" + std::string(99, '\n')).ok());
  EXPECT_TRUE(ParseDocument("a.txt", "a" + std::string(99, '\r')).ok());
  EXPECT_TRUE(ParseDocument("a.txt", "a" + std::string(99, '\t')).ok());
  EXPECT_TRUE(ParseDocument("a.txt", "a" + std::string(99, '\f')).ok());
  // UTF-16: every other byte a NUL.
  std::string utf16;
  for (const char c : std::string("Forty bytes and more of UTF-16 text")) utf16 += {c, '\0'};
  EXPECT_EQ(ParseDocument("a.txt", utf16).status().message(), "binary file, not text");
}

TEST(ParseDocumentTest, ReplacesInvalidUtf8AndNulAndSaysSo) {
  absl::StatusOr<Document> document =
      ParseDocument("a.txt", std::string("Caf\xE9 opens\0 today.\r\n", 20));
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->text(), "Caf\xEF\xBF\xBD opens\xEF\xBF\xBD today.\r\n");
  EXPECT_EQ(document->repair(), "2 bytes of invalid UTF-8 or NUL replaced with U+FFFD");
  EXPECT_EQ(ParseDocument("a.txt", "Clean.")->repair(), "");
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

// A date header is read as FindDates reads its value: the first whole day it
// names (ISO dates are read without its patterns, to the same day).
TEST(ParseDocumentTest, ReadsTheDateHeaderAsFindDatesDoes) {
  struct Example {
    std::string value;
    std::string dateline;  // ISO, or "" when the line is not metadata
  };
  const Example examples[] = {
      {"2024-03-21", "2024-03-21"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", ""},
      {"2024-13-01", ""},
      {"2024-00-10", ""},
      {"2024-04-31", ""},
      {"0000-03-21", ""},
      {"2024-3-21", "2024-03-21"},
      {"2024-03-21T08:15:00Z", "2024-03-21"},
      {"21 March 2024", "2024-03-21"},
      {"March 21", ""},
      {"2024-O3-21", ""},
      {"+024-03-21", ""},
  };
  for (const Example& example : examples) {
    absl::StatusOr<Document> document =
        ParseDocument("a.txt", "date " + example.value + "\n\nThe river rose.\n");
    ASSERT_TRUE(document.ok());
    EXPECT_EQ(FormatIsoDate(document->dateline()), example.dateline) << example.value;
    std::string by_find_dates;
    for (const DateMention& mention : FindDates(example.value, PartialDate())) {
      if (!IsCompleteDate(mention.date)) continue;
      by_find_dates = FormatIsoDate(mention.date);
      EXPECT_EQ(document->dateline().weekday(), mention.date.weekday()) << example.value;
      break;
    }
    EXPECT_EQ(by_find_dates, example.dateline) << example.value;
  }
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
  Write("photo.jpg", "\xFF\xD8");
  Write("wire.jsonl.gz", "\x1F\x8B");
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
  EXPECT_EQ(ids, (std::vector<std::string>{"a.md", "b.txt", "latin1.txt", "sub/c.txt"}));

  std::vector<std::string> skipped;
  for (const SkippedInput& input : corpus->skipped) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  EXPECT_EQ(skipped, (std::vector<std::string>{
                         "README.md: documentation file (upper-case name), not an article",
                         "binary.txt: binary file, not text",
                         "empty.txt: empty file",
                         "expected.json: no text in the record",
                         "photo.jpg: not a .txt, .md, .json or .jsonl file",
                         "wire.jsonl.gz: not a .txt, .md, .json or .jsonl file (compressed: give "
                         "it uncompressed, or pipe it in with --corpus=-)",
                     }));
}

TEST_F(LoadCorpusTest, ReportsAnUnreadableFileAndGoesOn) {
  Write("locked.txt", "Secret.");
  Write("open.txt", "Public.");
  fs::permissions(root_ / "locked.txt", fs::perms::none);
  absl::StatusOr<Corpus> corpus;
  {
    const WithoutReadingAnyFile as_any_user;
    if (geteuid() == 0 && !as_any_user.dropped()) {
      GTEST_SKIP() << "root, and cannot give up reading any file";
    }
    corpus = LoadCorpus(root_.string());
  }
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->documents.size(), 1u);
  ASSERT_EQ(corpus->skipped.size(), 1u);
  EXPECT_EQ(corpus->skipped[0].reason(), "cannot read: Permission denied");
}

TEST_F(LoadCorpusTest, ReportsAnUnreadableFolderAndGoesOn) {
  fs::create_directories(root_ / "locked");
  Write("locked/hidden.txt", "Unseen.");
  Write("sub/open.txt", "Public.");
  Write("z.txt", "Public too.");
  fs::permissions(root_ / "locked", fs::perms::none);
  absl::StatusOr<Corpus> corpus;
  {
    const WithoutReadingAnyFile as_any_user;
    const bool can_test = geteuid() != 0 || as_any_user.dropped();
    if (can_test) corpus = LoadCorpus(root_.string());
    fs::permissions(root_ / "locked", fs::perms::owner_all);
    if (!can_test) GTEST_SKIP() << "root, and cannot give up reading any file";
  }
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  EXPECT_EQ(corpus->documents.size(), 2u);
  ASSERT_EQ(corpus->skipped.size(), 1u);
  EXPECT_EQ(corpus->skipped[0].path(), "locked");
  EXPECT_EQ(corpus->skipped[0].reason(), "cannot read folder: Permission denied");
}

// Folders are read one at a time: a tree deeper than the files a process
// may hold open is read whole, where a walk holding one a level stopped.
TEST_F(LoadCorpusTest, ReadsATreeDeeperThanTheOpenFileLimit) {
  constexpr int kOpenFiles = 64;
  fs::path deep = "sub";
  for (int i = 0; i < 2 * kOpenFiles; ++i) deep /= "d";
  fs::create_directories(root_ / deep);
  Write((deep / "deep.txt").string(), "At the bottom.");
  Write("z.txt", "After the tree.");
  rlimit saved;
  ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &saved), 0);
  rlimit lowered = saved;
  lowered.rlim_cur = kOpenFiles;
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &lowered), 0);
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &saved), 0);
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  EXPECT_EQ(corpus->skipped.size(), 0u);
  ASSERT_EQ(corpus->documents.size(), 2u);
  EXPECT_EQ(corpus->documents[0].id(), (deep / "deep.txt").string());
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

TEST_F(LoadCorpusTest, ListsLinksItCannotFollowAndWhy) {
  fs::create_symlink("loop.txt", root_ / "loop.txt");            // a link to itself
  fs::create_symlink("missing.txt", root_ / "dangling.txt");     // to nothing
  fs::create_directory_symlink("..", root_ / "sub" / "parent");  // up the tree
  Write("sub/a.txt", "The article.");
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->documents.size(), 1u);
  std::vector<std::string> skipped;
  for (const SkippedInput& input : corpus->skipped) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  EXPECT_EQ(skipped, (std::vector<std::string>{
                         "dangling.txt: cannot read: No such file or directory",
                         "loop.txt: cannot read: Too many levels of symbolic links",
                         "sub/parent: symbolic link to a folder, not followed",
                     }));
}

TEST_F(LoadCorpusTest, ReadsJsonLinesOneArticleALine) {
  Write("wire.jsonl",
        "{\"id\": \"e1/post\", \"date\": \"2024-03-21\", \"outlet\": \"post.example\", "
        "\"url\": \"https://post.example/a\", \"title\": \"Port flooded\", "
        "\"text\": \"Floods hit the port.\"}\r\n"
        "\n"
        "{\"text\": \"No id, so the file and line name it.\", \"extra\": 1}\n"
        "{\"text\": \"\"}\n"
        "not json\n"
        "{\"text\": \"A date that is not one.\", \"date\": \"soon\"}\n"
        "{\"id\": \"e3/feed\", \"text\": \"Unix time.\", \"date\": 1711015200}\n"
        "{\"id\": \"e2/photo\", \"url\": \"https://post.example/p\"}\n"
        "{\"text\": \" \\n \"}\n");
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ(corpus->documents.size(), 4u);
  const Document& post = corpus->documents[0];
  EXPECT_EQ(post.id(), "e1/post");
  EXPECT_EQ(FormatIsoDate(post.dateline()), "2024-03-21");
  EXPECT_EQ(post.outlet(), "post.example");
  EXPECT_EQ(post.url(), "https://post.example/a");
  EXPECT_EQ(post.text(), "Floods hit the port.");
  EXPECT_EQ(post.title(), "Port flooded");
  EXPECT_EQ(post.repair(), "");
  // A date as a feed writes it, in Unix time.
  EXPECT_EQ(corpus->documents[1].id(), "e3/feed");
  EXPECT_EQ(FormatIsoDate(corpus->documents[1].dateline()), "2024-03-21");
  EXPECT_EQ(corpus->documents[2].id(), "wire.jsonl:3");
  // A date that is not one is left out, and the article checked undated.
  const Document& undated = corpus->documents[3];
  EXPECT_EQ(undated.id(), "wire.jsonl:6");
  EXPECT_FALSE(undated.has_dateline());
  EXPECT_EQ(undated.repair(), "its date, \"soon\", is not a date and was left out");
  std::vector<std::string> skipped;
  for (const SkippedInput& input : corpus->skipped) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  // A record is told as a record, not as a file.
  EXPECT_THAT(skipped,
              testing::ElementsAre("wire.jsonl:4: no text in the record",
                                   testing::StartsWith("wire.jsonl:5: not a JSON article record: "),
                                   "wire.jsonl:8: no \"text\" field in the record (it has id, url)",
                                   "wire.jsonl:9: no text in the record (only whitespace)"));
}

// news-please's JSON, one article a line as `jq -c` writes it, is read as
// it is: its maintext, date_publish and source_domain where the record has
// no text, date or outlet of this checker's names (its own text is null).
TEST_F(LoadCorpusTest, ReadsNewsPleaseRecords) {
  Write("crawl.jsonl",
        "{\"authors\": [\"A. Writer\"], \"date_download\": \"2024-03-25 08:00:00\", "
        "\"date_modify\": null, \"date_publish\": \"2024-03-21 12:34:56\", "
        "\"image_url\": null, \"language\": \"en\", \"maintext\": \"Floods hit the port.\", "
        "\"source_domain\": \"post.example\", \"text\": null, \"title\": \"Port flooded\", "
        "\"url\": \"https://post.example/a\"}\n"
        "{\"text\": \"Ours.\", \"maintext\": \"Theirs.\", \"date\": \"2024-03-22\", "
        "\"date_publish\": \"2024-03-01\", \"outlet\": \"wire\", \"source_domain\": "
        "\"x.example\"}\n");
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ(corpus->documents.size(), 2u);
  const Document& crawled = corpus->documents[0];
  EXPECT_EQ(crawled.text(), "Floods hit the port.");
  EXPECT_EQ(FormatIsoDate(crawled.dateline()), "2024-03-21");
  EXPECT_EQ(crawled.outlet(), "post.example");
  EXPECT_EQ(crawled.title(), "Port flooded");
  EXPECT_EQ(crawled.url(), "https://post.example/a");
  const Document& both = corpus->documents[1];
  EXPECT_EQ(both.text(), "Ours.");
  EXPECT_EQ(FormatIsoDate(both.dateline()), "2024-03-22");
  EXPECT_EQ(both.outlet(), "wire");
}

// A .json file is one record, as news-please writes each article: named by
// its path, pretty-printed or not; an array of records is not one.
TEST_F(LoadCorpusTest, ReadsAJsonFileAsOneRecord) {
  fs::create_directories(root_ / "crawl" / "post.example");
  Write("crawl/post.example/a.json",
        "{\n  \"date_publish\": \"2024-03-21 12:34:56\",\n  \"maintext\": \"Floods hit the "
        "port.\",\n  \"source_domain\": \"post.example\",\n  \"title\": \"Port flooded\"\n}\n");
  Write("crawl/list.json", "[{\"text\": \"One.\"}, {\"text\": \"Two.\"}]");
  Write("crawl/named.json", "{\"id\": \"wire/7\", \"text\": \"Named by its record.\"}");
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ(corpus->documents.size(), 2u);
  const Document& crawled = corpus->documents[0];
  EXPECT_EQ(crawled.id(), "crawl/post.example/a.json");
  EXPECT_EQ(crawled.text(), "Floods hit the port.");
  EXPECT_EQ(FormatIsoDate(crawled.dateline()), "2024-03-21");
  EXPECT_EQ(crawled.outlet(), "post.example");
  EXPECT_EQ(corpus->documents[1].id(), "wire/7");
  ASSERT_EQ(corpus->skipped.size(), 1u);
  EXPECT_EQ(corpus->skipped[0].path(), "crawl/list.json");
  EXPECT_EQ(corpus->skipped[0].reason(),
            "a JSON array, not an article record: give its articles one a line, in a .jsonl file "
            "(jq -c '.[]')");
}

// What was repaired and what was left out are both said; a long field is
// quoted cut short, at a whole character.
TEST_F(LoadCorpusTest, SaysWhatARecordLostToBeRead) {
  std::string date = "x";
  for (int i = 0; i < 30; ++i) date += "\xC3\xA9";  // é: byte 40 is within the 20th
  Write("wire.jsonl", "{\"text\": \"A stray \xFF byte.\", \"date\": \"" + date + "\"}\n");
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  ASSERT_EQ(corpus->documents.size(), 1u);
  EXPECT_EQ(corpus->documents[0].repair(),
            "1 byte of invalid UTF-8 or NUL replaced with U+FFFD; its date, \"" +
                date.substr(0, 39) + "\xE2\x80\xA6\", is not a date and was left out");
}

// Records are read in pieces of 64 KiB: one of any length is read whole,
// the last with or without its newline.
TEST_F(LoadCorpusTest, ReadsJsonLinesRecordsOfAnyLength) {
  std::vector<std::string> texts;
  std::string lines;
  for (const int length : {10, 65533, 65534, 65535, 65536, 200000, 7}) {
    const std::string text = std::string(length, 'a') + ".";
    texts.push_back(text);
    absl::StrAppend(&lines, "{\"text\": \"", text, "\"}\r\n");
  }
  lines.pop_back();  // the last without '\n', as \r\n's '\r' goes
  lines.pop_back();
  Write("long.jsonl", lines);
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  std::vector<std::string> read;
  for (const Document& document : corpus->documents) read.push_back(document.text());
  std::sort(texts.begin(), texts.end());
  std::sort(read.begin(), read.end());
  EXPECT_EQ(read, texts);
  EXPECT_TRUE(corpus->skipped.empty());
}

// A file or record larger than an article may be is listed and the rest
// read: the file unread, the record read past. Both hold NULs but for the
// record after, and the file takes no disk (sparse).
TEST_F(LoadCorpusTest, SkipsWhatIsTooLargeForAnArticleAndReadsTheRest) {
  Write("small.txt", "An article.");
  Write("huge.txt", "");
  fs::resize_file(root_ / "huge.txt", kMaxArticleBytes + 1);
  Write("huge.jsonl", "");
  fs::resize_file(root_ / "huge.jsonl", kMaxArticleBytes + 1);
  std::ofstream(root_ / "huge.jsonl", std::ios::binary | std::ios::app)
      << "\n{\"id\": \"after\", \"text\": \"The next record.\"}\n";
  absl::StatusOr<Corpus> corpus = LoadCorpus(root_.string());
  ASSERT_TRUE(corpus.ok()) << corpus.status();
  std::vector<std::string> ids;
  for (const Document& document : corpus->documents) ids.push_back(document.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"after", "small.txt"}));
  std::vector<std::string> skipped;
  for (const SkippedInput& input : corpus->skipped) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  EXPECT_EQ(skipped, (std::vector<std::string>{
                         "huge.jsonl:1: record too large for one article: over 256 MiB; split it "
                         "into articles, one a file or one a JSON Lines record",
                         "huge.txt: file too large for one article: over 256 MiB; split it into "
                         "articles, one a file or one a JSON Lines record",
                     }));
}

TEST_F(LoadCorpusTest, TellsTheSizeOfEachInputItReads) {
  Write("a.txt", "Twelve bytes");
  Write("lines.jsonl", "{\"text\": \"Ten bytes.\"}\n");
  Write("README.md", "Documentation, skipped unread.");
  absl::StatusOr<std::unique_ptr<CorpusStream>> stream = CorpusStream::Open(root_.string());
  ASSERT_TRUE(stream.ok());
  std::map<std::string, int64_t> told;
  CorpusInput input;
  while ((*stream)->Next(&input)) {
    ReadInput(input, [&](int64_t bytes) { told[input.id] = bytes; }).IgnoreError();
  }
  input.id = "gone.txt";
  input.path = (root_ / "gone.txt").string();
  EXPECT_FALSE(ReadInput(input, [&](int64_t bytes) { told[input.id] = bytes; }).ok());
  EXPECT_EQ(told, (std::map<std::string, int64_t>{
                      {"a.txt", 12}, {"lines.jsonl:1", 22}, {"gone.txt", 0}}));
}

TEST_F(LoadCorpusTest, ThreadsTakeEachInputOnce) {
  for (int i = 0; i < 200; ++i) Write("a" + std::to_string(i) + ".txt", "Text.");
  Write("many.jsonl", std::string(300, '\n') + "{\"text\": \"Last.\"}\n");
  absl::StatusOr<std::unique_ptr<CorpusStream>> stream = CorpusStream::Open(root_.string());
  ASSERT_TRUE(stream.ok());
  std::mutex mutex;
  std::set<std::string> ids;
  int taken = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      CorpusInput input;
      while ((*stream)->Next(&input)) {
        std::lock_guard<std::mutex> lock(mutex);
        ids.insert(input.id);
        ++taken;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(taken, 201);
  EXPECT_EQ(ids.size(), 201u);
  EXPECT_EQ(ids.count("many.jsonl:301"), 1u);
}

TEST_F(LoadCorpusTest, KnowsHowManyInputsUnlessJsonLinesAreAmongThem) {
  Write("a.txt", "Text.");
  Write("sub/b.md", "Text.");
  EXPECT_EQ(CorpusStream::Open(root_.string()).value()->known_inputs(), 2);
  Write("sub/many.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
  EXPECT_EQ(CorpusStream::Open(root_.string()).value()->known_inputs(), 0);
  EXPECT_EQ(CorpusStream::Open((root_ / "a.txt").string()).value()->known_inputs(), 1);
  EXPECT_EQ(CorpusStream::Open(kStandardInput).value()->known_inputs(), 0);
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
