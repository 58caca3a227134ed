#include "checker/util/atomic_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace
}  // namespace factcheck
