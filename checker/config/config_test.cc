#include "checker/config/config.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

std::string Write(const std::string& name, const std::string& text) {
  const fs::path path = fs::path(testing::TempDir()) / name;
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
  return path.string();
}

TEST(ReadConfigTest, ReadsEveryField) {
  const std::string path = Write("ok/factcheck.textproto",
                                 "include: \"articles/**\"\n"
                                 "exclude: \"articles/drafts/**\"\n"
                                 "rules: \"names\"\n"
                                 "severity { kind: QUANTITY severity: ERROR }\n"
                                 "min_severity: ERROR\n"
                                 "accepted_spelling: \"Antony Blinken\"\n"
                                 "baseline: \"baseline.textproto\"\n");
  absl::StatusOr<ConfigFile> file = ReadConfig(path);
  ASSERT_TRUE(file.ok()) << file.status();
  EXPECT_EQ(file->config.include(0), "articles/**");
  EXPECT_EQ(file->config.severity(0).kind(), QUANTITY);
  EXPECT_EQ(file->config.min_severity(), ERROR);
  EXPECT_EQ(file->config.accepted_spelling(0), "Antony Blinken");
}

TEST(ReadConfigTest, KnowsWhereEachSettingWasWritten) {
  const std::string path = Write("lines/factcheck.textproto",
                                 "# Which rules run.\n"
                                 "rules: \"names\"\n"
                                 "rules: \"nmaes\"\n"
                                 "baseline: \"known/baseline.textproto\"\n");
  absl::StatusOr<ConfigFile> file = ReadConfig(path);
  ASSERT_TRUE(file.ok()) << file.status();
  EXPECT_EQ(file->Where("rules", 1), path + ":3");
  EXPECT_EQ(file->Where("baseline"), path + ":4");
  EXPECT_EQ(file->Where("exclude"), path);  // not set
  EXPECT_EQ(file->Resolve(file->config.baseline()),
            (fs::path(path).parent_path() / "known/baseline.textproto").string());
  EXPECT_EQ(ConfigFile().Resolve("baseline.textproto"), "baseline.textproto");
}

TEST(ReadConfigTest, NamesTheFileAndLineOfAMistake) {
  const std::string path = Write("bad/factcheck.textproto",
                                 "include: \"a/**\"\n"
                                 "includ: \"b/**\"\n");
  absl::StatusOr<ConfigFile> config = ReadConfig(path);
  ASSERT_FALSE(config.ok());
  const std::string message(config.status().message());
  EXPECT_EQ(message.substr(0, path.size() + 3), path + ":2:") << message;
  EXPECT_NE(config.status().message().find("includ"), std::string::npos);
}

TEST(ReadConfigTest, AMissingFileIsAnError) {
  EXPECT_EQ(ReadConfig("/nonexistent/factcheck.textproto").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ReadConfig(testing::TempDir()).status().message(),
            absl::StrCat("cannot read ", testing::TempDir(), ": a folder, not a file"));
}

// A file with no end is read no further than any configuration could go.
TEST(ReadConfigTest, AFileTooLargeForAConfigurationIsNotReadWhole) {
  if (!fs::exists("/dev/zero")) GTEST_SKIP() << "no /dev/zero";
  const absl::StatusOr<ConfigFile> config = ReadConfig("/dev/zero");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(), "/dev/zero: over 256 MiB, too large to be read");
}

TEST(FindConfigTest, LooksAtTheCorpusRoot) {
  const std::string path = Write("found/factcheck.textproto", "");
  EXPECT_EQ(FindConfig(fs::path(path).parent_path().string()), path);
  EXPECT_EQ(FindConfig(testing::TempDir() + "/nowhere"), "");
}

TEST(WriteTextProtoTest, WritesAFileThatReadsBack) {
  Baseline baseline;
  baseline.add_finding()->set_id("0123456789abcdef");
  const fs::path folder = fs::path(testing::TempDir()) / "written";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const std::string path = (folder / "baseline.textproto").string();
  ASSERT_TRUE(WriteTextProto(baseline, path, {"Known findings."}).ok());
  Baseline read;
  ASSERT_TRUE(ReadTextProto(path, &read).ok());
  EXPECT_EQ(read.finding(0).id(), "0123456789abcdef");
  std::ifstream file(path);
  std::string first_line;
  std::getline(file, first_line);
  EXPECT_EQ(first_line, "# Known findings.");
  // The temporary file is gone.
  EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 1);
}

TEST(WriteTextProtoTest, FailsClearlyWhereItCannotWrite) {
  const absl::Status status = WriteTextProto(Baseline(), "/nonexistent/folder/baseline.textproto");
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("cannot write"), std::string::npos);
}

}  // namespace
}  // namespace factcheck
