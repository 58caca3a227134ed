#include "checker/config/config.h"

#include <filesystem>
#include <fstream>
#include <string>

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
  absl::StatusOr<Config> config = ReadConfig(path);
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->include(0), "articles/**");
  EXPECT_EQ(config->severity(0).kind(), QUANTITY);
  EXPECT_EQ(config->min_severity(), ERROR);
  EXPECT_EQ(config->accepted_spelling(0), "Antony Blinken");
}

TEST(ReadConfigTest, NamesTheFileAndLineOfAMistake) {
  const std::string path = Write("bad/factcheck.textproto",
                                 "include: \"a/**\"\n"
                                 "includ: \"b/**\"\n");
  absl::StatusOr<Config> config = ReadConfig(path);
  ASSERT_FALSE(config.ok());
  const std::string message(config.status().message());
  EXPECT_EQ(message.substr(0, path.size() + 3), path + ":2:") << message;
  EXPECT_NE(config.status().message().find("includ"), std::string::npos);
}

TEST(ReadConfigTest, AMissingFileIsAnError) {
  EXPECT_EQ(ReadConfig("/nonexistent/factcheck.textproto").status().code(),
            absl::StatusCode::kNotFound);
}

TEST(FindConfigTest, LooksAtTheCorpusRoot) {
  const std::string path = Write("found/factcheck.textproto", "");
  EXPECT_EQ(FindConfig(fs::path(path).parent_path().string()), path);
  EXPECT_EQ(FindConfig(testing::TempDir() + "/nowhere"), "");
}

TEST(WriteTextProtoTest, WritesAFileThatReadsBack) {
  Baseline baseline;
  baseline.add_finding()->set_id("0123456789abcdef");
  const std::string path = (fs::path(testing::TempDir()) / "baseline.textproto").string();
  ASSERT_TRUE(WriteTextProto(baseline, path).ok());
  Baseline read;
  ASSERT_TRUE(ReadTextProto(path, &read).ok());
  EXPECT_EQ(read.finding(0).id(), "0123456789abcdef");
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

}  // namespace
}  // namespace factcheck
