// Bad input is reported and skipped or repaired, never fatal, and the rest
// of the corpus is still checked: each kind of bad input in the table below
// sits in one corpus beside two good articles that disagree on a figure.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "bench/hostile_inputs.h"
#include "checker/check.h"
#include "checker/report/html.h"
#include "gmock/gmock.h"
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

// Two articles that disagree on Varnholm's population.
constexpr char kDated[] =
    "date 2025-10-08\n\nVarnholm, a port city home to 320,000 people, is flooded.\n";
constexpr char kUndated[] = "Varnholm is home to about 290,000 people.\n";
constexpr char kDisagreement[] =
    "WARNING QUANTITY Varnholm (population)\n"
    "  [285,000, 295,000): deep/b.txt\n"
    "  [315,000, 325,000): a.txt\n";

TEST_F(BadInputTest, EachBadInputIsListedOrRepairedAndTheRestIsChecked) {
  Write("a.txt", kDated);
  Write("deep/b.txt", kUndated);
  // Skipped, each with its reason:
  Write("empty.txt", "");
  Write("blank.txt", " \n\t\n");
  Write("binary.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  Write("utf16.txt", std::string("V\0a\0r\0n\0h\0o\0l\0m\0", 16));
  Write("notes.pdf", "%PDF-1.7");
  fs::create_symlink("loop.txt", root_ / "loop.txt");
  // Checked, with what was repaired said:
  Write("latin1.txt", "Mayor Ingrid Saarinen visited the caf\xE9.");
  Write("nul.txt", std::string("Mayor Ingrid Saarinen\0 spoke.", 29));
  Write("Latin-1 caf\xE9.txt", "Mayor Ingrid Saarinen spoke.");  // its id is made UTF-8
  // Checked as they are:
  Write("Dossier \xC3\x9C/\xC3\xA9t\xC3\xA9 2025.txt", "Mayor Ingrid Saarinen spoke.");
  Write("windows.txt", "date 2025-10-08\r\n\r\nMayor Ingrid Saarinen spoke.\r\n");
  Write("bom.txt", "\xEF\xBB\xBFMayor Ingrid Saarinen spoke.");

  const Report report = Check();
  EXPECT_EQ(Outline(report), std::string("documents: 8\nskipped: 6\n") + kDisagreement);
  std::vector<std::string> skipped;
  for (const SkippedInput& input : report.skipped()) {
    skipped.push_back(input.path() + ": " + input.reason());
  }
  EXPECT_EQ(skipped, (std::vector<std::string>{
                         "binary.txt: binary file, not text",
                         "blank.txt: empty file (only whitespace)",
                         "empty.txt: empty file",
                         "loop.txt: cannot read: Too many levels of symbolic links",
                         "notes.pdf: not a .txt, .md, .json or .jsonl file",
                         "utf16.txt: binary file, not text",
                     }));
  std::vector<std::string> documents;
  for (const DocumentSummary& document : report.documents()) {
    documents.push_back(document.id() +
                        (document.repair().empty() ? "" : ": " + document.repair()));
  }
  EXPECT_EQ(documents, (std::vector<std::string>{
                           "Dossier \xC3\x9C/\xC3\xA9t\xC3\xA9 2025.txt",
                           "Latin-1 caf\uFFFD.txt",
                           "a.txt",
                           "bom.txt",
                           "deep/b.txt",
                           "latin1.txt: 1 byte of invalid UTF-8 or NUL replaced with U+FFFD",
                           "nul.txt: 1 byte of invalid UTF-8 or NUL replaced with U+FFFD",
                           "windows.txt",
                       }));
}

// A folder whose path is longer than the system opens (4,096 bytes on
// Linux: folders named after scraped headlines, 250 bytes each, 18 deep) is
// listed, and the rest of the corpus is still read. The folders are made,
// and removed, each from the one above, as no call takes the whole path,
// in a corpus of their own.
TEST(LongPathTest, AFolderWhosePathIsTooLongIsListedAndTheRestIsChecked) {
  const fs::path root = fs::path(testing::TempDir()) / "long_path_corpus";
  fs::remove_all(root);
  fs::create_directories(root / "deep");
  std::ofstream(root / "a.txt", std::ios::binary) << kDated;
  std::ofstream(root / "deep" / "b.txt", std::ios::binary) << kUndated;
  const std::string headline(250, 'h');
  std::vector<int> folders = {::open(root.c_str(), O_RDONLY | O_DIRECTORY)};
  while (folders.size() <= 18 && folders.back() >= 0) {
    ::mkdirat(folders.back(), headline.c_str(), 0755);
    folders.push_back(::openat(folders.back(), headline.c_str(), O_RDONLY | O_DIRECTORY));
  }
  ASSERT_GE(folders.back(), 0);
  const int file = ::openat(folders.back(), "c.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ASSERT_GE(file, 0);
  EXPECT_EQ(::write(file, kDated, sizeof(kDated) - 1), static_cast<ssize_t>(sizeof(kDated) - 1));
  ::close(file);

  absl::StatusOr<Report> report = Checker::Create()->CheckCorpus(root.string());
  EXPECT_TRUE(report.ok()) << report.status();
  if (report.ok()) {
    EXPECT_EQ(Outline(*report), std::string("documents: 2\nskipped: 1\n") + kDisagreement);
    EXPECT_EQ(report->skipped_size(), 1);
    for (const SkippedInput& skipped : report->skipped()) {
      EXPECT_GT((root / skipped.path()).string().size(), 4096u);
      EXPECT_EQ(skipped.reason(), "cannot read folder: File name too long");
    }
  }

  ::unlinkat(folders.back(), "c.txt", 0);
  for (size_t deepest = folders.size() - 1; deepest > 0; --deepest) {
    ::close(folders[deepest]);
    EXPECT_EQ(::unlinkat(folders[deepest - 1], headline.c_str(), AT_REMOVEDIR), 0);
  }
  ::close(folders.front());
}

TEST_F(BadInputTest, ACorpusOfOnlyBadFilesHasNoDocumentsButDoesNotFail) {
  Write("empty.txt", "");
  const Report report = Check();
  EXPECT_EQ(report.documents_size(), 0);
  EXPECT_EQ(report.skipped_size(), 1);
}

TEST_F(BadInputTest, WindowsLineEndingsAndAByteOrderMarkChangeNoClaim) {
  Write("a.txt", absl::StrCat("\xEF\xBB\xBF", absl::StrReplaceAll(kDated, {{"\n", "\r\n"}})));
  Write("deep/b.txt", absl::StrReplaceAll(kUndated, {{"\n", "\r\n"}}));
  EXPECT_EQ(Outline(Check()), std::string("documents: 2\nskipped: 0\n") + kDisagreement);
}

// `text` with each line wrapped at `width` columns, as `fold -s` does.
std::string Wrap(absl::string_view text, size_t width) {
  std::string wrapped;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    std::string current;
    for (absl::string_view word : absl::StrSplit(line, ' ')) {
      if (!current.empty() && current.size() + 1 + word.size() > width) {
        absl::StrAppend(&wrapped, current, "\n");
        current.clear();
      }
      absl::StrAppend(&current, current.empty() ? "" : " ", word);
    }
    absl::StrAppend(&wrapped, current, "\n");
  }
  return wrapped;
}

// The sentences each finding quotes, in order.
std::vector<std::string> Quotes(const Report& report) {
  std::vector<std::string> quotes;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    for (const Variant& variant : discrepancy.variants()) {
      for (const Evidence& evidence : variant.evidence()) quotes.push_back(evidence.excerpt());
    }
  }
  return quotes;
}

TEST_F(BadInputTest, HardWrappedArticlesReadAsTheyDoUnwrapped) {
  const std::string dated =
      "date 2025-10-08\n\nFloods in Varnholm\n\nThe river burst its banks overnight, and "
      "Varnholm, a port city home to 320,000 people, is flooded, the mayor said on "
      "Wednesday.\n\nRoads into the old town stay closed until the water falls, officials "
      "said.\n";
  const std::string undated =
      "Aid is on its way to the north of the country. Officials said that Varnholm is home to "
      "about 290,000 people and that most of them had already left their homes.\n";
  Write("a.txt", dated);
  Write("deep/b.txt", undated);
  const Report unwrapped = Check();
  EXPECT_EQ(Outline(unwrapped), std::string("documents: 2\nskipped: 0\n") + kDisagreement);
  for (const size_t width : {40, 60, 72}) {
    Write("a.txt", Wrap(dated, width));
    Write("deep/b.txt", Wrap(undated, width));
    const Report wrapped = Check();
    EXPECT_EQ(Outline(wrapped), Outline(unwrapped)) << width;
    EXPECT_EQ(Quotes(wrapped), Quotes(unwrapped)) << width;
  }
}

TEST_F(BadInputTest, AFiftyMegabyteFileWithoutANewlineIsChecked) {
  std::string huge = "Varnholm is home to about 300,000 people. ";
  while (huge.size() < (50u << 20)) huge += "The river rose again and the roads stayed closed. ";
  Write("huge.txt", huge);
  Write("a.txt", kDated);
  Write("deep/b.txt", kUndated);
  const Report report = Check();
  ASSERT_EQ(report.documents_size(), 3);
  EXPECT_EQ(report.skipped_size(), 0);
  EXPECT_EQ(report.documents(2).claims(), 1);  // huge.txt: its figure is found
  EXPECT_EQ(report.discrepancies_size(), 1);   // and disagrees with both others
}

TEST_F(BadInputTest, HostileTextIsJustText) {
  Write("a.txt", std::string("<script>alert(1)</script>\0\xFF", 27));
  Write("b.txt", "\"><svg onload=alert(1)> Mayor <img src=x onerror=alert(1)> spoke.\n");
  Write("c.txt", std::string(100000, 'x'));  // one long line, no sentence end
  Write("<img src=x onerror=alert(1)>.txt", "Mayor Ingrid Saarinen spoke.");
  const Report report = Check();
  EXPECT_EQ(report.documents_size(), 4);
  EXPECT_EQ(report.skipped_size(), 0);
  EXPECT_EQ(report.discrepancies_size(), 0);
  const std::string html = RenderHtml(report);
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
}

// Pages made to be hard (bench/hostile_inputs.h: a digit, "Mr. Smith
// said.", a name and an age, CJK, raw Latin-1 bytes... repeated) are
// checked like any article, and the articles beside them still are.
TEST_F(BadInputTest, HostilePagesAreCheckedAndTheRestStillIs) {
  Write("a.txt", kDated);
  Write("deep/b.txt", kUndated);
  const std::vector<std::string> pages = HostilePageNames();
  for (const std::string& page : pages) {
    Write(absl::StrCat("hostile/", page, ".txt"), HostilePage(page, 64 << 10));
  }
  const Report report = Check();
  EXPECT_EQ(report.documents_size(), static_cast<int>(pages.size()) + 2);
  EXPECT_EQ(report.skipped_size(), 0);
  EXPECT_THAT(Outline(report), testing::HasSubstr(kDisagreement));
}

}  // namespace
}  // namespace factcheck
