// Scores the checker on labeled corpora: precision and recall of
// discrepancies per kind.
//
//   bazel run //tests/evaluation:evaluate                 # every testdata/labels/**/*.json
//   bazel run //tests/evaluation:evaluate -- testdata/labels/ecbplus/t20_ecbplus.json
//   bazel run //tests/evaluation:evaluate -- ../shared/seeds/expected.json
//
// A label file's corpus "shared/..." is read from --shared.
//
// Exit codes: 0 when precision and recall reach --min_precision and
// --min_recall, 1 when they do not, 2 on unusable input.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "checker/check.h"
#include "google/protobuf/util/json_util.h"
#include "tests/evaluation/grading.h"
#include "tests/evaluation/labels.pb.h"

ABSL_FLAG(double, min_precision, 0.95, "Fail below this precision over all corpora.");
ABSL_FLAG(double, min_recall, 0.9, "Fail below this recall over all corpora.");
ABSL_FLAG(std::string, corpus, "",
          "Check this corpus instead of the one the (single) label file names.");
ABSL_FLAG(bool, verbose, false, "Print every verdict, not only failures and false alarms.");
ABSL_FLAG(std::string, shared, "../shared",
          "The project's shared folder, where corpora named \"shared/...\" are.");

namespace factcheck {
namespace {

namespace fs = std::filesystem;

// Paths are the workspace's, wherever `bazel run` was started.
fs::path WorkspacePath(const std::string& path) {
  const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  if (fs::path(path).is_absolute() || workspace == nullptr) return path;
  return fs::path(workspace) / path;
}

// Where a label file's corpus is: "shared/corpora/x" is in --shared.
fs::path CorpusPath(const std::string& corpus) {
  constexpr absl::string_view kShared = "shared/";
  if (absl::StartsWith(corpus, kShared)) {
    return WorkspacePath(absl::GetFlag(FLAGS_shared)) / corpus.substr(kShared.size());
  }
  return WorkspacePath(corpus);
}

std::vector<fs::path> DefaultLabelFiles() {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::recursive_directory_iterator it(WorkspacePath("testdata/labels"), error), end;
       !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".json") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

absl::StatusOr<LabeledCorpus> ReadLabels(const fs::path& path) {
  std::ifstream file(path);
  if (!file) return absl::NotFoundError("cannot read " + path.string());
  std::stringstream text;
  text << file.rdbuf();
  LabeledCorpus labels;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  const auto status = google::protobuf::util::JsonStringToMessage(text.str(), &labels, options);
  if (!status.ok()) {
    return absl::InvalidArgumentError(path.string() + ": " + status.ToString());
  }
  return labels;
}

int Run(int argc, char** argv) {
  absl::SetProgramUsageMessage("Scores the checker on labeled corpora (see evaluate.cc).");
  const std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  std::vector<fs::path> files;
  for (size_t i = 1; i < args.size(); ++i) files.push_back(WorkspacePath(args[i]));
  if (files.empty()) files = DefaultLabelFiles();
  if (files.empty()) {
    std::cerr << "evaluate: no label files\n";
    return 2;
  }
  if (!absl::GetFlag(FLAGS_corpus).empty() && files.size() != 1) {
    std::cerr << "evaluate: --corpus goes with exactly one label file\n";
    return 2;
  }
  absl::StatusOr<Checker> checker = Checker::Create();
  if (!checker.ok()) {
    std::cerr << "evaluate: " << checker.status() << "\n";
    return 2;
  }
  std::map<std::string, KindCounts> totals;
  for (const fs::path& file : files) {
    absl::StatusOr<LabeledCorpus> labels = ReadLabels(file);
    if (!labels.ok()) {
      std::cerr << "evaluate: " << labels.status().message() << "\n";
      return 2;
    }
    const fs::path corpus = absl::GetFlag(FLAGS_corpus).empty()
                                ? CorpusPath(labels->corpus())
                                : fs::path(absl::GetFlag(FLAGS_corpus));
    absl::StatusOr<Report> report = checker->CheckCorpus(corpus.string());
    if (!report.ok()) {
      std::cerr << "evaluate: " << file.filename().string() << ": " << report.status().message()
                << "\n";
      return 2;
    }
    const Grade grade = GradeReport(*labels, *report);
    KindCounts corpus_counts;
    for (const auto& [kind, counts] : grade.by_kind) {
      totals[kind] += counts;
      corpus_counts += counts;
    }
    std::cout << absl::StrFormat("%-28s %d of %d expected found, %d false alarms\n",
                                 file.stem().string(), corpus_counts.true_positives,
                                 corpus_counts.true_positives + corpus_counts.false_negatives,
                                 corpus_counts.false_positives);
    for (const std::string& line : grade.lines) {
      if (absl::GetFlag(FLAGS_verbose) || line.rfind("PASS ", 0) != 0)
        std::cout << "  " << line << "\n";
    }
  }
  KindCounts all;
  std::cout << absl::StrFormat("\n%-14s %5s %5s %5s %10s %7s\n", "kind", "found", "false", "missed",
                               "precision", "recall");
  for (const auto& [kind, counts] : totals) {
    all += counts;
    std::cout << absl::StrFormat("%-14s %5d %5d %5d %10.3f %7.3f\n", kind, counts.true_positives,
                                 counts.false_positives, counts.false_negatives, counts.Precision(),
                                 counts.Recall());
  }
  std::cout << absl::StrFormat("%-14s %5d %5d %5d %10.3f %7.3f\n", "all", all.true_positives,
                               all.false_positives, all.false_negatives, all.Precision(),
                               all.Recall());
  const bool good = all.Precision() >= absl::GetFlag(FLAGS_min_precision) &&
                    all.Recall() >= absl::GetFlag(FLAGS_min_recall);
  std::cout << absl::StrFormat(
      "evaluation %s: precision %.3f (at least %.2f), recall %.3f (at least %.2f)\n",
      good ? "passed" : "failed", all.Precision(), absl::GetFlag(FLAGS_min_precision), all.Recall(),
      absl::GetFlag(FLAGS_min_recall));
  return good ? 0 : 1;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) { return factcheck::Run(argc, argv); }
