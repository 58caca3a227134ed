// The checker's command line. See README.md, or run with --help.
//
// Exit codes: 0 no discrepancy at WARNING or above; 1 discrepancies found;
// 2 usage error, or no readable input.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "checker/check.h"
#include "checker/report/html.h"
#include "checker/report/json.h"
#include "checker/report/summary.h"
#include "checker/report/text.h"

// The project's sample corpus, relative to the workspace.
constexpr char kSampleCorpus[] = "testdata/corpus";

ABSL_FLAG(std::string, corpus, kSampleCorpus,
          "The corpus to check: a folder of .txt/.md articles, or one file. "
          "The default is the project's sample corpus.");
ABSL_FLAG(std::string, report, "",
          "Write the HTML report to this path; --report alone writes factcheck-report.html in "
          "the directory you ran from.");
ABSL_FLAG(std::string, format, "text", "What to print on stdout: text or json.");

namespace factcheck {
namespace {

constexpr char kDefaultReportPath[] = "factcheck-report.html";

enum ExitCode { kAgree = 0, kDisagree = 1, kUsageOrInput = 2 };

// `--report` without a value means the default path. Abseil would take the
// next argument as the value instead, so it is rewritten before parsing.
std::vector<char*> ExpandBareReportFlag(int argc, char** argv, std::string* storage) {
  *storage = absl::StrCat("--report=", kDefaultReportPath);
  std::vector<char*> args(argv, argv + argc);
  for (char*& arg : args) {
    const std::string value = arg;
    if (value == "--report" || value == "-report") arg = storage->data();
    if (value == "--") break;
  }
  return args;
}

// A path as the user meant it: relative paths are relative to the directory
// they ran from (under `bazel run`, BUILD_WORKING_DIRECTORY).
std::filesystem::path UserPath(const std::string& path) {
  const std::filesystem::path given(path);
  if (given.is_absolute()) return given;
  const char* working_directory = std::getenv("BUILD_WORKING_DIRECTORY");
  return working_directory != nullptr ? std::filesystem::path(working_directory) / given : given;
}

// The sample corpus lives in the workspace (BUILD_WORKSPACE_DIRECTORY under
// `bazel run`), wherever in it the user ran from.
std::filesystem::path SampleCorpusPath(const std::string& path) {
  const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  return workspace != nullptr ? std::filesystem::path(workspace) / path
                              : std::filesystem::path(path);
}

// --help: the usage message and this program's flags, on stdout, exit 0.
// (Abseil's own --help lists flags of a file named after the program only,
// and exits with 1, which here means "discrepancies found".)
bool WantsHelp(const std::vector<char*>& args) {
  for (const char* arg : args) {
    const std::string value = arg;
    if (value == "--") break;
    if (value == "--help" || value == "-help" || value == "-h") return true;
  }
  return false;
}

// The first argument that names no flag ("--corpuss=x"), or "". Abseil
// would exit with 1 on it, which here means "discrepancies found".
std::string UnknownFlag(const std::vector<char*>& args) {
  for (size_t i = 1; i < args.size(); ++i) {
    absl::string_view arg = args[i];
    if (arg == "--") break;
    if (!absl::ConsumePrefix(&arg, "--") && !absl::ConsumePrefix(&arg, "-")) continue;
    const absl::string_view name = arg.substr(0, arg.find('='));
    const bool negated_bool =
        absl::StartsWith(name, "no") && absl::FindCommandLineFlag(name.substr(2)) != nullptr;
    if (absl::FindCommandLineFlag(name) == nullptr && !negated_bool) return std::string(args[i]);
  }
  return "";
}

void PrintHelp() {
  std::cout << absl::ProgramUsageMessage() << "\n\nFlags:\n";
  std::map<std::string, const absl::CommandLineFlag*> ours;
  for (const auto& [name, flag] : absl::GetAllFlags()) {
    if (absl::StrContains(flag->Filename(), "checker/")) ours[std::string(name)] = flag;
  }
  for (const auto& [name, flag] : ours) {
    std::cout << "  --" << name << "  (default: \"" << flag->DefaultValue() << "\")\n      "
              << flag->Help() << "\n";
  }
}

bool WriteFile(const std::filesystem::path& path, const std::string& contents) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << contents;
  file.close();
  return static_cast<bool>(file);
}

int Run(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Checks a corpus of news articles for facts the sources disagree on: spellings of a "
      "person's name, figures, dates of the same meeting.\n\n"
      "  bazel run //checker -- [--corpus=DIR] [--report[=PATH]] [--format=text|json]\n\n"
      "Exit codes: 0 no discrepancy at WARNING or above, 1 discrepancies found, 2 usage error "
      "or no readable input.");
  std::string report_flag;
  std::vector<char*> args = ExpandBareReportFlag(argc, argv, &report_flag);
  if (WantsHelp(args)) {
    PrintHelp();
    return kAgree;
  }
  if (const std::string unknown = UnknownFlag(args); !unknown.empty()) {
    std::cerr << "checker: unknown flag '" << unknown << "' (see --help)\n";
    return kUsageOrInput;
  }
  const std::vector<char*> positional =
      absl::ParseCommandLine(static_cast<int>(args.size()), args.data());
  if (positional.size() > 1) {
    std::cerr << "checker: unexpected argument '" << positional[1]
              << "' (flags take the form --name=value; see --help)\n";
    return kUsageOrInput;
  }
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format != "text" && format != "json") {
    std::cerr << "checker: --format must be text or json, not '" << format << "'\n";
    return kUsageOrInput;
  }
  const std::string corpus_flag = absl::GetFlag(FLAGS_corpus);
  const std::filesystem::path corpus =
      corpus_flag == kSampleCorpus ? SampleCorpusPath(corpus_flag) : UserPath(corpus_flag);

  absl::StatusOr<Checker> checker = Checker::Create();
  if (!checker.ok()) {
    std::cerr << "checker: " << checker.status().message() << "\n";
    return kUsageOrInput;
  }
  absl::StatusOr<Report> report = checker->CheckCorpus(corpus.string());
  if (!report.ok()) {
    std::cerr << "checker: " << report.status().message() << "\n";
    return kUsageOrInput;
  }
  report->set_corpus(corpus_flag);  // as the user named it, not as resolved
  for (const SkippedInput& skipped : report->skipped()) {
    std::cerr << "checker: skipped " << skipped.path() << ": " << skipped.reason() << "\n";
  }
  if (report->documents_size() == 0) {
    std::cerr << "checker: no readable articles in " << corpus.string() << "\n";
    return kUsageOrInput;
  }

  if (format == "json") {
    absl::StatusOr<std::string> json = RenderJson(*report);
    if (!json.ok()) {
      std::cerr << "checker: " << json.status().message() << "\n";
      return kUsageOrInput;
    }
    std::cout << *json << "\n";
  } else {
    std::cout << RenderText(*report);
  }

  const std::string report_path = absl::GetFlag(FLAGS_report);
  if (!report_path.empty()) {
    const std::filesystem::path path = std::filesystem::absolute(UserPath(report_path));
    if (!WriteFile(path, RenderHtml(*report))) {
      std::cerr << "checker: cannot write the report to " << path.string() << "\n";
      return kUsageOrInput;
    }
    std::cerr << "checker: wrote the HTML report to " << path.string() << "\n";
  }
  return CountAtOrAbove(*report, WARNING) > 0 ? kDisagree : kAgree;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) { return factcheck::Run(argc, argv); }
