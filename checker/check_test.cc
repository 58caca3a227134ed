// Checker::Create compiles the modules on one thread or several: the same
// checker either way, and the same error for a lexicon it cannot use.
#include "checker/check.h"

#include <fstream>
#include <string>

#include "absl/strings/str_join.h"
#include "checker/report/json.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// The built-in configuration with the lexicon `field` read from a file of
// `text`.
ConfigFile WithLexicon(const std::string& field, const std::string& text) {
  const std::string path = testing::TempDir() + "/" + field + ".textproto";
  std::ofstream(path) << text;
  ConfigFile file;
  file.config.GetReflection()->SetString(&file.config,
                                         file.config.GetDescriptor()->FindFieldByName(field), path);
  return file;
}

TEST(CheckerCreateTest, OneThreadOrFourGiveTheSameReport) {
  const std::string corpus = testing::TempDir() + "/news.jsonl";
  std::ofstream(corpus) << absl::StrJoin(
      {R"({"id": "a", "date": "2024-02-12", "text": "Rafah, a city home to 1.5 million people, waits.\n\nSecretary of State Antony Blinken met Egypt's president on Thursday."})",
       R"({"id": "b", "date": "2024-02-12", "text": "Rafah, a city home to 1.4 million people, waits.\n\nSecretary of State Anthony Blinken met Egypt's president on Tuesday."})"},
      "\n");
  std::string reports[2];
  for (const int threads : {1, 4}) {
    absl::StatusOr<Checker> checker = Checker::Create(ConfigFile(), threads);
    ASSERT_TRUE(checker.ok()) << checker.status();
    absl::StatusOr<Report> report = checker->CheckCorpus(corpus);
    ASSERT_TRUE(report.ok()) << report.status();
    EXPECT_GT(report->discrepancies_size(), 0) << "the runs compare something";
    reports[threads == 1 ? 0 : 1] = RenderJson(*report).value();
  }
  EXPECT_EQ(reports[1], reports[0]);
}

// Each lexicon that cannot be used, and what the error says.
struct LexiconError {
  const char* field;
  const char* text;
  const char* error;
};

TEST(CheckerCreateTest, ALexiconThatCannotBeUsedIsTheSameErrorOnAnyThreads) {
  const LexiconError cases[] = {
      {"quantity_lexicon", R"(frame { attribute: "deaths" pattern: "(unclosed {FIGURE}" })",
       "quantities: quantity frame for \"deaths\": invalid pattern /(unclosed {FIGURE}/: "
       "missing ): (unclosed FIGURE"},
      {"quantity_lexicon",
       R"(frame { attribute: "deaths" pattern: "(?:\\pL+\\s+){0,900}{PEOPLE}" })",
       "quantities: quantity frame for \"deaths\": invalid pattern /(?:\\pL+\\s+){0,900}{PEOPLE}/: "
       "pattern too large - compile failed"},
      {"place_lexicon", R"(place_noun: "city")",
       "names and places: place lexicon has no introducers"},
  };
  for (const LexiconError& lexicon : cases) {
    for (const int threads : {1, 4}) {
      absl::StatusOr<Checker> checker =
          Checker::Create(WithLexicon(lexicon.field, lexicon.text), threads);
      ASSERT_FALSE(checker.ok()) << lexicon.field;
      EXPECT_NE(checker.status().message().find(lexicon.error), std::string::npos)
          << checker.status().message() << " (" << threads << " threads)";
    }
  }
}

}  // namespace
}  // namespace factcheck
