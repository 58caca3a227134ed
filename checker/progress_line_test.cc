#include "checker/progress_line.h"

#include <cstdio>
#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// What `line` wrote to its file when fed `updates`.
std::string Drawn(bool terminal, absl::Duration quiet_for, const std::vector<Progress>& updates) {
  std::FILE* file = std::tmpfile();
  ProgressLine line(file, terminal, quiet_for);
  for (const Progress& progress : updates) line.Update(progress);
  std::string written(static_cast<size_t>(std::ftell(file)), '\0');
  std::rewind(file);
  written.resize(std::fread(written.data(), 1, written.size(), file));
  std::fclose(file);
  return written;
}

Progress Reading(int done) {
  Progress progress;
  progress.documents_done = done;
  progress.documents_total = 40;
  progress.claims = done * 10;
  return progress;
}

Progress Comparing() {
  Progress progress = Reading(40);
  progress.stage = Progress::Stage::kComparing;
  return progress;
}

Progress Finished() {
  Progress progress = Reading(40);
  progress.findings = 3;
  progress.stage = Progress::Stage::kFinished;
  return progress;
}

TEST(ProgressLineTest, SaysWhatHasBeenDone) {
  EXPECT_EQ(ProgressLine::Format(Reading(12)), "checker: 12 of 40 files read, 120 claims");
  Progress streamed = Reading(12);  // JSON Lines: how many articles is not known ahead
  streamed.documents_total = 0;
  EXPECT_EQ(ProgressLine::Format(streamed), "checker: 12 articles read, 120 claims");
  Progress records = streamed;  // --stage=compare, reading what the mappers wrote
  records.stage = Progress::Stage::kReadingRecords;
  EXPECT_EQ(ProgressLine::Format(records), "checker: reading records: 120 claims, 12 articles");
  EXPECT_EQ(ProgressLine::Format(Finished()),
            "checker: 40 of 40 files read, 400 claims, 3 findings");
}

TEST(ProgressLineTest, DrawsNothingWhenNotATerminal) {
  EXPECT_EQ(Drawn(false, absl::ZeroDuration(), {Reading(1), Reading(2), Finished()}), "");
}

TEST(ProgressLineTest, DrawsNothingForAShortRun) {
  EXPECT_EQ(Drawn(true, absl::Hours(1), {Reading(1), Reading(2), Finished()}), "");
}

TEST(ProgressLineTest, RedrawsInPlaceAndWipesItselfAtTheEnd) {
  // Updates closer together than a tenth of a second are drawn once, but a
  // new stage always is.
  EXPECT_EQ(Drawn(true, absl::ZeroDuration(), {Reading(1), Reading(2), Comparing(), Finished()}),
            "\r\x1B[Kchecker: 1 of 40 files read, 10 claims"
            "\r\x1B[Kchecker: 40 of 40 files read, 400 claims; comparing across documents"
            "\r\x1B[K");
}

}  // namespace
}  // namespace factcheck
