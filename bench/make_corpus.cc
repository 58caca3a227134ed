// Writes a generated corpus (bench/corpus_generator.h) and the list of what
// it planted, for benchmarks and for precision and recall at scale:
//
//   bazel run -c opt //bench:make_corpus -- --articles=100000 --seed=7 --out=/tmp/news
//   bazel run -c opt //checker -- --corpus=/tmp/news/articles --format=json > report.json
//   bazel run -c opt //tests/evaluation:evaluate -- /tmp/news/planted.json
//
// --format=files writes one .txt file per article under OUT/articles;
// --format=jsonl writes them all to OUT/corpus.jsonl.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "bench/corpus_generator.h"
#include "google/protobuf/util/json_util.h"

ABSL_FLAG(int, articles, 1000, "How many articles to write.");
ABSL_FLAG(uint64_t, seed, 1, "The same seed gives the same corpus.");
ABSL_FLAG(std::string, out, "generated-corpus", "The folder to write into.");
ABSL_FLAG(std::string, format, "files", "files (one per article) or jsonl (one file).");

namespace factcheck {
namespace {

namespace fs = std::filesystem;

fs::path UserPath(const std::string& path) {
  const char* working_directory = std::getenv("BUILD_WORKING_DIRECTORY");
  if (fs::path(path).is_absolute() || working_directory == nullptr) return path;
  return fs::path(working_directory) / path;
}

int Run(int argc, char** argv) {
  absl::SetProgramUsageMessage("Writes a generated news corpus and what it planted.");
  absl::ParseCommandLine(argc, argv);
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format != "files" && format != "jsonl") {
    std::cerr << "make_corpus: --format must be files or jsonl\n";
    return 2;
  }
  const fs::path out = fs::absolute(UserPath(absl::GetFlag(FLAGS_out)));
  const fs::path corpus = format == "files" ? out / "articles" : out / "corpus.jsonl";
  std::error_code error;
  fs::remove_all(corpus, error);
  fs::create_directories(format == "files" ? corpus : out, error);
  if (error) {
    std::cerr << "make_corpus: cannot create " << out << ": " << error.message() << "\n";
    return 2;
  }
  std::ofstream jsonl;
  if (format == "jsonl") jsonl.open(corpus, std::ios::binary | std::ios::trunc);

  GeneratorOptions options;
  options.articles = absl::GetFlag(FLAGS_articles);
  options.seed = absl::GetFlag(FLAGS_seed);
  CorpusGenerator generator(options);
  uint64_t bytes = 0;
  bool failed = false;
  LabeledCorpus planted = generator.Generate([&](const GeneratedArticle& article) {
    if (format == "files") {
      const fs::path path = corpus / article.id;
      fs::create_directories(path.parent_path(), error);
      std::ofstream file(path, std::ios::binary | std::ios::trunc);
      file << article.text;
      failed = failed || !file;
      bytes += article.text.size();
      return;
    }
    const std::string line = JsonLine(article);
    jsonl << line << "\n";
    bytes += line.size() + 1;
  });
  if (failed || (jsonl.is_open() && !jsonl)) {
    std::cerr << "make_corpus: cannot write " << corpus << "\n";
    return 2;
  }
  planted.set_corpus(corpus.string());
  std::string labels;
  google::protobuf::util::JsonPrintOptions print;
  print.add_whitespace = true;
  (void)google::protobuf::util::MessageToJsonString(planted, &labels, print);
  std::ofstream(out / "planted.json") << labels;

  std::cout << "wrote " << options.articles << " articles (" << bytes / 1000000.0 << " MB) to "
            << corpus.string() << "\nplanted " << planted.must_report_size()
            << " discrepancies: " << (out / "planted.json").string() << "\n";
  return 0;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) { return factcheck::Run(argc, argv); }
