#include "checker/util/atomic_file.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

TEST(WriteFileAtomicallyTest, ReplacesTheFileAndLeavesNoTemporary) {
  const fs::path directory = fs::path(testing::TempDir()) / "atomic_replace";
  fs::create_directories(directory);
  const fs::path path = directory / "report.html";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "old").ok());
  ASSERT_TRUE(WriteFileAtomically(path.string(), "new").ok());
  EXPECT_EQ(Read(path), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(directory), fs::directory_iterator()), 1);
}

TEST(WriteFileAtomicallyTest, AFailedWriteKeepsTheOldFileAndSaysWhy) {
  const fs::path directory = fs::path(testing::TempDir()) / "atomic_missing";
  const absl::Status written = WriteFileAtomically((directory / "no" / "such.html").string(), "x");
  ASSERT_FALSE(written.ok());
  EXPECT_NE(written.message().find("cannot write"), std::string::npos);
  EXPECT_NE(written.message().find("such.html"), std::string::npos);
}

// A report written through a link updates the file the link leads to,
// keeping the link and the file's permissions.
TEST(WriteFileAtomicallyTest, WritesThroughALinkAndKeepsThePermissions) {
  const fs::path directory = fs::path(testing::TempDir()) / "atomic_link";
  fs::create_directories(directory / "shared");
  const fs::path file = directory / "shared" / "report.html";
  const fs::path link = directory / "report.html";
  ASSERT_TRUE(WriteFileAtomically(file.string(), "old").ok());
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  fs::create_symlink(fs::path("shared") / "report.html", link);
  ASSERT_TRUE(WriteFileAtomically(link.string(), "new").ok());
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(Read(file), "new");
  EXPECT_EQ(fs::status(file).permissions(),
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(std::distance(fs::directory_iterator(directory / "shared"), fs::directory_iterator()),
            1);
  // A link to no file yet makes the file it names.
  const fs::path dangling = directory / "baseline.textproto";
  fs::create_symlink(fs::path("shared") / "baseline.textproto", dangling);
  ASSERT_TRUE(WriteFileAtomically(dangling.string(), "findings").ok());
  EXPECT_TRUE(fs::is_symlink(dangling));
  EXPECT_EQ(Read(directory / "shared" / "baseline.textproto"), "findings");
}

// A pipe (or "/dev/null", "/dev/stdout") is written to: renaming a file over
// it, as the checker once did, put a file where the device had been.
TEST(WriteFileAtomicallyTest, WritesIntoWhatIsNoFileWithoutReplacingIt) {
  const fs::path directory = fs::path(testing::TempDir()) / "atomic_pipe";
  fs::create_directories(directory);
  const fs::path pipe = directory / "report.pipe";
  ASSERT_EQ(mkfifo(pipe.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = Read(pipe); });
  const absl::Status written = WriteFileAtomically(pipe.string(), "through the pipe");
  reader.join();
  ASSERT_TRUE(written.ok()) << written;
  EXPECT_EQ(received, "through the pipe");
  EXPECT_TRUE(fs::is_fifo(pipe));
  EXPECT_EQ(std::distance(fs::directory_iterator(directory), fs::directory_iterator()), 1);
}

TEST(WriteFileAtomicallyTest, AFolderIsNoPlaceForAReport) {
  const absl::Status written = WriteFileAtomically(testing::TempDir(), "x");
  ASSERT_FALSE(written.ok());
  EXPECT_NE(written.message().find("Is a directory"), std::string::npos) << written;
}

}  // namespace
}  // namespace factcheck
