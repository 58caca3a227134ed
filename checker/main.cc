// The checker's command line. See README.md, or run with --help.
//
// Exit codes: 0 nothing fails the gate (no finding at --min_severity or
// above that is not in the baseline); 1 findings fail it; 2 usage or
// configuration error, no readable input, or output not written.

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "checker/check.h"
#include "checker/config/config.h"
#include "checker/gate/gate.h"
#include "checker/progress_line.h"
#include "checker/report/github.h"
#include "checker/report/html.h"
#include "checker/report/json.h"
#include "checker/report/junit.h"
#include "checker/report/sarif.h"
#include "checker/report/terminal.h"
#include "checker/report/text.h"
#include "checker/stages.h"
#include "checker/util/atomic_file.h"
#include "checker/util/release_memory.h"
#include "checker/util/threads.h"

// The project's sample corpus, relative to the workspace.
constexpr char kSampleCorpus[] = "testdata/corpus";

ABSL_FLAG(std::string, corpus, kSampleCorpus,
          "The corpus to check: a folder of .txt/.md articles, one file, a JSON Lines file "
          "(.jsonl, one article per line), or - for JSON Lines on standard input. With "
          "--stage=compare, the records --stage=extract wrote (- for standard input). The "
          "default is the project's sample corpus.");
ABSL_FLAG(int, jobs, 0,
          "Threads that read and extract articles, then find discrepancies; 0 means one per "
          "core, and 256 is the most.");
ABSL_FLAG(std::string, stage, "all",
          "all: the whole run. extract: print each article's claims as records, one per line "
          "(KEY<TAB>RECORD, the record compact, or JSON with --format=json), for a mapper. "
          "compare: read such records, in any order, and report as a whole run would, for the "
          "one reducer.");
ABSL_FLAG(std::string, report, "",
          "Write the HTML report to this path; --report alone writes factcheck-report.html in "
          "the directory you ran from.");
ABSL_FLAG(std::string, format, "text",
          "What to print on stdout: text, json, sarif (SARIF 2.1.0), github (workflow "
          "annotations) or junit (JUnit XML). With --stage=extract, json writes the records as "
          "JSON rather than compact.");
ABSL_FLAG(std::string, config, "",
          "The configuration (textproto, see proto/config.proto). The default is "
          "factcheck.textproto at the corpus root, if there is one.");
ABSL_FLAG(std::string, min_severity, "",
          "The gate fails on findings at or above this: info, warning or error. The default is "
          "the configuration's min_severity, else warning.");
ABSL_FLAG(std::string, baseline, "",
          "Known findings (written by --write_baseline) that do not fail the gate. The default "
          "is the configuration's baseline.");
ABSL_FLAG(std::string, write_baseline, "",
          "Record the current findings in this file as known, and exit 0.");
ABSL_FLAG(bool, no_exit_code, false,
          "Report only: exit 0 even when findings fail the gate (2 still means the run could "
          "not be done).");

namespace factcheck {
namespace {

constexpr char kDefaultReportPath[] = "factcheck-report.html";
// Standard error names this many skipped inputs, and as many repaired
// documents, then counts the rest, which the report lists: a corpus of a
// million files may skip most of them, and a CI log would drown.
constexpr int kNotesOnStderr = 10;
constexpr const char* kFormats[] = {"text", "json", "sarif", "github", "junit"};

// What standard error says of skipped inputs or repaired documents: the
// first kNotesOnStderr named, with why, then how many more.
class InputNotes {
 public:
  // `verb` says what was done ("skipped"), `things` to what ("inputs").
  InputNotes(absl::string_view verb, absl::string_view things) : verb_(verb), things_(things) {}

  void Add(absl::string_view name, absl::string_view why) {
    if (++count_ > kNotesOnStderr) return;
    std::cerr << "checker: " << verb_ << " " << EscapeForTerminal(name) << ": "
              << EscapeForTerminal(why) << "\n";
  }

  // Says how many were not named, if any.
  void CountTheRest() const {
    if (count_ <= kNotesOnStderr) return;
    std::cerr << "checker: " << verb_ << " " << (count_ - kNotesOnStderr) << " more " << things_
              << ", each listed in the report with why\n";
  }

 private:
  absl::string_view verb_;
  absl::string_view things_;
  int64_t count_ = 0;
};

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

// How to give `argument`, an argument that is no flag, as the user most
// likely meant it: after a bare --report, as the report's path; a path that
// exists, as the corpus.
std::string ArgumentHint(const std::vector<char*>& args, const char* argument,
                         const std::string& bare_report_flag) {
  const std::string shown = EscapeForTerminal(argument);
  const auto at = std::find(args.begin(), args.end(), argument);
  if (at != args.begin() && at != args.end() && *(at - 1) == bare_report_flag.data()) {
    return absl::StrCat("to write the report there: --report=", shown);
  }
  std::error_code error;
  if (std::filesystem::exists(UserPath(argument), error))
    return absl::StrCat("to check it: --corpus=", shown);
  return "flags take the form --name=value; see --help";
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

// Whether `flag` is one of the checker's, as --help lists them, rather than
// one of Abseil's own (--flagfile, --fromenv), which the checker does not take.
bool IsCheckerFlag(const absl::CommandLineFlag& flag) {
  return absl::StrContains(flag.Filename(), "checker/");
}

// Why Abseil would refuse the flags in `args`, or "" when it would not: a
// flag that does not exist ("--corpuss=x"), one without its value, or a
// value its flag cannot take ("--jobs=abc"). Abseil would exit with 1,
// which here means "discrepancies found".
std::string FlagError(const std::vector<char*>& args) {
  for (size_t i = 1; i < args.size(); ++i) {
    absl::string_view arg = args[i];
    if (arg == "--") break;
    if (!absl::ConsumePrefix(&arg, "--") && !absl::ConsumePrefix(&arg, "-")) continue;
    const size_t equals = arg.find('=');
    const absl::string_view name = arg.substr(0, equals);
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr || !IsCheckerFlag(*flag)) {
      const absl::CommandLineFlag* negated =
          absl::StartsWith(name, "no") ? absl::FindCommandLineFlag(name.substr(2)) : nullptr;
      if (negated != nullptr && IsCheckerFlag(*negated) && negated->IsOfType<bool>() &&
          equals == absl::string_view::npos) {
        continue;  // --nono_exit_code
      }
      return absl::StrCat("unknown flag '", EscapeForTerminal(args[i]), "' (see --help)");
    }
    absl::string_view value;
    if (equals != absl::string_view::npos) {
      value = arg.substr(equals + 1);
    } else if (flag->IsOfType<bool>()) {
      continue;
    } else if (i + 1 < args.size()) {
      value = args[++i];  // --jobs 2
    } else {
      return absl::StrCat("--", name, " needs a value (see --help)");
    }
    // Parsed here only to be checked: Abseil parses it again.
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      return absl::StrCat("--", name, "=", EscapeForTerminal(value), ": ",
                          EscapeForTerminal(error));
    }
  }
  return "";
}

// Whether flag `name` is among `args`, in any of the forms Abseil takes.
bool GivenOnCommandLine(const std::vector<char*>& args, absl::string_view name) {
  for (size_t i = 1; i < args.size(); ++i) {
    absl::string_view arg = args[i];
    if (arg == "--") break;
    if (!absl::ConsumePrefix(&arg, "--") && !absl::ConsumePrefix(&arg, "-")) continue;
    if (arg.substr(0, arg.find('=')) == name) return true;
  }
  return false;
}

void PrintHelp() {
  std::cout << absl::ProgramUsageMessage() << "\n\nFlags:\n";
  std::map<std::string, const absl::CommandLineFlag*> ours;
  for (const auto& [name, flag] : absl::GetAllFlags()) {
    if (IsCheckerFlag(*flag)) ours[std::string(name)] = flag;
  }
  for (const auto& [name, flag] : ours) {
    std::cout << "  --" << name << "  (default: \"" << flag->DefaultValue() << "\")\n      "
              << flag->Help() << "\n";
  }
}

absl::StatusOr<Severity> ParseSeverity(const std::string& name) {
  Severity severity;
  if (!Severity_Parse(absl::AsciiStrToUpper(name), &severity) || severity == SEVERITY_UNSPECIFIED) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--min_severity must be info, warning or error, not '", EscapeForTerminal(name), "'"));
  }
  return severity;
}

// The configuration: --config, else factcheck.textproto at the corpus root,
// else the defaults. `shown` is its path as reports name it.
absl::StatusOr<ConfigFile> LoadConfig(const std::filesystem::path& corpus,
                                      const std::string& corpus_flag, std::string* shown) {
  const std::string flag = absl::GetFlag(FLAGS_config);
  std::string path;
  if (!flag.empty()) {
    path = UserPath(flag).string();
    *shown = flag;
  } else {
    path = FindConfig(corpus.string());
    *shown = path.empty() ? "" : (std::filesystem::path(corpus_flag) / kConfigFileName).string();
  }
  if (path.empty()) return ConfigFile();
  return ReadConfig(path);
}

// Prints the report in the --format chosen on `out`, on up to `threads`.
absl::Status Print(const Report& report, const std::string& format, int threads,
                   std::ostream* out) {
  // The JSON of a large corpus runs to hundreds of megabytes: written as it
  // is made, never held whole.
  if (format == "json") {
    absl::Status written = WriteJson(report, out, threads);
    *out << "\n";
    return written;
  }
  absl::StatusOr<std::string> rendered = format == "sarif"    ? RenderSarif(report)
                                         : format == "github" ? RenderGithubAnnotations(report)
                                         : format == "junit"  ? RenderJunit(report)
                                                              : RenderText(report);
  if (!rendered.ok()) return rendered.status();
  *out << *rendered;
  if (format == "sarif") *out << "\n";
  return absl::OkStatus();
}

// --stage=compare: the report on the records --stage=extract wrote.
absl::StatusOr<Report> CompareRecords(const Checker& checker, const std::string& path,
                                      const CheckOptions& options) {
  std::ifstream file;
  if (path != kStandardInput) {
    // A folder opens, then fails at the first read with no word of why.
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      return absl::InvalidArgumentError(
          absl::StrCat("--stage=compare reads the records --stage=extract wrote, from a file or "
                       "standard input (--corpus=-); ",
                       path, " is a folder"));
    }
    file.open(path, std::ios::binary);
    if (!file) return absl::NotFoundError(absl::StrCat("cannot read the records in ", path));
  }
  absl::StatusOr<Extraction> extraction =
      ReadExtraction(path == kStandardInput ? std::cin : file, options.progress);
  if (!extraction.ok()) return extraction.status();
  return checker.Compare(path, *std::move(extraction), options);
}

int Run(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Checks a corpus of news articles for facts the sources disagree on: spellings of a "
      "person's name, figures, dates of the same meeting.\n\n"
      "  bazel run //checker -- [--corpus=DIR|FILE|FILE.jsonl|-] [--report[=PATH]] "
      "[--format=text|json|sarif|github|junit]\n"
      "      [--config=FILE] [--min_severity=info|warning|error] [--baseline=FILE]\n"
      "      [--write_baseline=FILE] [--no_exit_code] [--jobs=N] [--stage=all|extract|compare]\n\n"
      "Exit codes: 0 nothing fails the gate, 1 findings at --min_severity or above that are "
      "not in the baseline, 2 usage or configuration error, no readable input, or output "
      "that could not be written.");
  std::string report_flag;
  std::vector<char*> args = ExpandBareReportFlag(argc, argv, &report_flag);
  if (WantsHelp(args)) {
    PrintHelp();
    return kAgree;
  }
  if (const std::string error = FlagError(args); !error.empty()) {
    std::cerr << "checker: " << error << "\n";
    return kUsageOrInput;
  }
  const std::vector<char*> positional =
      absl::ParseCommandLine(static_cast<int>(args.size()), args.data());
  if (positional.size() > 1) {
    std::cerr << "checker: unexpected argument '" << EscapeForTerminal(positional[1]) << "' ("
              << ArgumentHint(args, positional[1], report_flag) << ")\n";
    return kUsageOrInput;
  }
  const std::string format = absl::GetFlag(FLAGS_format);
  if (!absl::c_linear_search(kFormats, format)) {
    std::cerr << "checker: --format must be one of " << absl::StrJoin(kFormats, ", ") << ", not '"
              << EscapeForTerminal(format) << "'\n";
    return kUsageOrInput;
  }
  const std::string stage = absl::GetFlag(FLAGS_stage);
  if (stage != "all" && stage != "extract" && stage != "compare") {
    std::cerr << "checker: --stage must be all, extract or compare, not '"
              << EscapeForTerminal(stage) << "'\n";
    return kUsageOrInput;
  }
  if (absl::GetFlag(FLAGS_jobs) < 0) {
    std::cerr << "checker: --jobs must be 0 (one thread per core) or more, not "
              << absl::GetFlag(FLAGS_jobs) << "\n";
    return kUsageOrInput;
  }
  if (stage == "extract" && format != "text" && format != "json") {
    std::cerr << "checker: --stage=extract writes records, compact or with --format=json as "
                 "JSON, not "
              << format << "\n";
    return kUsageOrInput;
  }
  std::string corpus_shown = absl::GetFlag(FLAGS_corpus);  // as the user named it
  std::filesystem::path corpus = corpus_shown == kStandardInput
                                     ? std::filesystem::path(corpus_shown)
                                 : corpus_shown == kSampleCorpus ? SampleCorpusPath(corpus_shown)
                                                                 : UserPath(corpus_shown);

  std::string config_shown;
  absl::StatusOr<ConfigFile> config = LoadConfig(corpus, corpus_shown, &config_shown);
  if (!config.ok()) {
    std::cerr << "checker: " << config.status().message() << "\n";
    return kUsageOrInput;
  }
  // A configuration may name its corpus, so that --config alone is a run.
  if (!config->config.corpus().empty() && !GivenOnCommandLine(args, "corpus")) {
    corpus = config->Resolve(config->config.corpus());
    corpus_shown = (std::filesystem::path(config_shown).parent_path() / config->config.corpus())
                       .lexically_normal()
                       .string();
  }
  const int threads = ThreadsForJobs(absl::GetFlag(FLAGS_jobs));
  absl::StatusOr<Checker> checker = Checker::Create(*config, threads);
  if (!checker.ok()) {
    std::cerr << "checker: " << checker.status().message() << "\n";
    return kUsageOrInput;
  }
  absl::StatusOr<Severity> min_severity = WARNING;
  if (const std::string flag = absl::GetFlag(FLAGS_min_severity); !flag.empty()) {
    min_severity = ParseSeverity(flag);
  } else if (config->config.min_severity() != SEVERITY_UNSPECIFIED) {
    min_severity = config->config.min_severity();
  }
  if (!min_severity.ok()) {
    std::cerr << "checker: " << min_severity.status().message() << "\n";
    return kUsageOrInput;
  }

  // The baseline: --baseline, else the configuration's. Writing a baseline
  // for the first time is not reading a missing one.
  const std::string write_baseline = absl::GetFlag(FLAGS_write_baseline);
  std::string baseline_path, baseline_shown;
  if (const std::string flag = absl::GetFlag(FLAGS_baseline); !flag.empty()) {
    baseline_path = UserPath(flag).string();
    baseline_shown = flag;
  } else if (!config->config.baseline().empty()) {
    baseline_path = config->Resolve(config->config.baseline());
    baseline_shown = (std::filesystem::path(config_shown).parent_path() / config->config.baseline())
                         .lexically_normal()
                         .string();
  }
  Baseline baseline;
  std::error_code missing;  // a baseline that cannot be looked at is not read; writing it says why
  const bool first_baseline =
      !write_baseline.empty() && !std::filesystem::exists(baseline_path, missing);
  if (!baseline_path.empty() && !first_baseline) {
    if (absl::Status read = ReadTextProto(baseline_path, &baseline); !read.ok()) {
      std::cerr << "checker: baseline: " << read.message()
                << " (record the current findings with --write_baseline=" << baseline_shown
                << ")\n";
      return kUsageOrInput;
    }
  }

  ProgressLine progress(stderr, isatty(STDERR_FILENO) != 0);
  CheckOptions options;
  options.jobs = absl::GetFlag(FLAGS_jobs);
  options.progress = [&progress](const Progress& done) { progress.Update(done); };
  if (stage == "extract") {
    RecordWriter records(&std::cout,
                         format == "json" ? RecordFormat::kJson : RecordFormat::kCompact);
    if (absl::Status read = checker->ExtractCorpus(corpus.string(), options, &records);
        !read.ok()) {
      std::cerr << "checker: " << read.message() << "\n";
      return kUsageOrInput;
    }
    progress.Update(Progress{Progress::Stage::kFinished});
    if (!std::cout.flush()) {
      std::cerr << "checker: cannot write the records to standard output\n";
      return kUsageOrInput;
    }
    return kAgree;
  }
  absl::StatusOr<Report> report = stage == "compare"
                                      ? CompareRecords(*checker, corpus.string(), options)
                                      : checker->CheckCorpus(corpus.string(), options);
  if (!report.ok()) {
    std::cerr << "checker: " << report.status().message() << "\n";
    return kUsageOrInput;
  }
  // The claims are freed. Before a report made whole in memory (the HTML, a
  // baseline, any format but JSON, which is written as it is made), their
  // memory goes back to the system rather than waiting for objects of their
  // sizes, so that the two do not both count in the peak. Giving it back
  // takes time (0.8 s on 1 GB), which the JSON alone does not need.
  if (format != "json" || !absl::GetFlag(FLAGS_report).empty() || !write_baseline.empty()) {
    ReleaseFreeMemory();
  }
  report->set_corpus(corpus_shown);  // as the user named it, not as resolved
  InputNotes skipped("skipped", "inputs");
  for (const SkippedInput& input : report->skipped()) skipped.Add(input.path(), input.reason());
  skipped.CountTheRest();
  InputNotes repaired("repaired", "documents");
  for (const DocumentSummary& document : report->documents()) {
    if (!document.repair().empty()) repaired.Add(document.id(), document.repair());
  }
  repaired.CountTheRest();
  if (report->documents_size() == 0) {
    std::cerr << "checker: no readable articles in " << corpus.string() << "\n";
    return kUsageOrInput;
  }
  ApplyGate(baseline, *min_severity, &*report);
  report->mutable_gate()->set_config(config_shown);
  report->mutable_gate()->set_baseline(baseline_path.empty() ? "" : baseline_shown);

  if (absl::Status printed = Print(*report, format, threads, &std::cout); !printed.ok()) {
    std::cerr << "checker: " << printed.message() << "\n";
    return kUsageOrInput;
  }
  // A report lost (a full disk, a closed pipe) must not pass for one given.
  if (!std::cout.flush()) {
    std::cerr << "checker: cannot write the report to standard output\n";
    return kUsageOrInput;
  }

  const std::string report_path = absl::GetFlag(FLAGS_report);
  if (!report_path.empty()) {
    // Absolute, so that the message says where it went; as given when the
    // working directory is gone, and writing it then says so.
    std::error_code no_working_directory;
    std::filesystem::path path =
        std::filesystem::absolute(UserPath(report_path), no_working_directory);
    if (no_working_directory) path = UserPath(report_path);
    if (absl::Status written = WriteFileAtomically(path.string(), RenderHtml(*report));
        !written.ok()) {
      std::cerr << "checker: " << written.message() << "\n";
      return kUsageOrInput;
    }
    std::cerr << "checker: wrote the HTML report to " << path.string() << "\n";
  }
  if (!write_baseline.empty()) {
    const std::string path = UserPath(write_baseline).string();
    const absl::Status written = WriteTextProto(
        MakeBaseline(*report), path,
        {"Known findings of the fact-consistency checker: they do not fail the gate.",
         "Written by --write_baseline; matched by id (kind, fact and values), not by line."});
    if (!written.ok()) {
      std::cerr << "checker: " << written.message() << "\n";
      return kUsageOrInput;
    }
    std::cerr << "checker: recorded " << report->discrepancies_size() << " findings in " << path
              << "\n";
    return kAgree;
  }
  if (absl::GetFlag(FLAGS_no_exit_code)) return kAgree;
  return report->gate().failing() > 0 ? kDisagree : kAgree;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  // Unsynchronized, standard input and output are buffered by the streams
  // themselves rather than read a character at a time through stdio: JSON
  // Lines on standard input, as a mapper reads them, go a third faster.
  // Untied: a thread reading input must not flush the output another thread
  // is writing records to.
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  return factcheck::Run(argc, argv);
}
