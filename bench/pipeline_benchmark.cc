// The pipeline stage by stage, on a generated corpus held in memory
// (bench/corpus_generator.h), in MB/s of article text and claims/s:
//
//   bazel run -c opt //bench:pipeline_benchmark
//   bazel run -c opt //bench:pipeline_benchmark -- --benchmark_filter=Quantities
//   bazel run -c opt //bench:pipeline_benchmark -- --news=$PWD/../shared/corpora/ecbplus
//
// Each stage gets the output of the ones before it, prepared once outside
// the timing loop: the rule modules see analysed documents, resolution and
// comparison see all the claims. BM_Extract runs the stages from
// segmenting to the last module as the checker does, a document at a time;
// BM_ExtractNews does the same on a corpus of real articles, when --news
// names one, and BM_ExtractNewsFirstPass times a fresh checker's first
// pass over it.

#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "bench/corpus_generator.h"
#include "bench/hostile_inputs.h"
#include "benchmark/benchmark.h"
#include "checker/check.h"
#include "checker/compare/discrepancies.h"
#include "checker/corpus/loader.h"
#include "checker/report/html.h"
#include "checker/report/json.h"
#include "checker/resolve/people.h"
#include "checker/text/layout.h"
#include "checker/util/claims_in_order.h"
#include "checker/util/kept_claims.h"
#include "rules/events/events.h"
#include "rules/mentions/mentions.h"
#include "rules/quantities/quantities.h"

ABSL_FLAG(std::string, news, "",
          "a corpus of real articles, read as the checker reads one (an absolute path: bazel "
          "run starts elsewhere): BM_ExtractNews runs extraction on it");

namespace factcheck {
namespace {

constexpr int kArticles = 2000;

// The generated articles as files would hold them.
const std::vector<GeneratedArticle>& Articles() {
  static const auto* articles = [] {
    auto* out = new std::vector<GeneratedArticle>;
    GeneratorOptions options;
    options.articles = kArticles;
    options.seed = 7;
    CorpusGenerator(options).Generate(
        [out](const GeneratedArticle& article) { out->push_back(article); });
    return out;
  }();
  return *articles;
}

int64_t CorpusBytes() {
  int64_t bytes = 0;
  for (const GeneratedArticle& article : Articles()) bytes += article.text.size();
  return bytes;
}

const LayoutAnalyzer& Layout() {
  static const auto* layout =
      new LayoutAnalyzer(LayoutAnalyzer::Create(DefaultLayoutRules()).value());
  return *layout;
}

std::vector<Document> Parsed() {
  std::vector<Document> documents;
  for (const GeneratedArticle& article : Articles()) {
    documents.push_back(ParseDocument(article.id, article.text).value());
  }
  return documents;
}

const std::vector<Document>& Analysed() {
  static const auto* documents = [] {
    auto* out = new std::vector<Document>(Parsed());
    for (Document& document : *out) Layout().Analyze(&document);
    return out;
  }();
  return *documents;
}

const Checker& TheChecker() {
  static const auto* checker = new Checker(Checker::Create().value());
  return *checker;
}

const MentionFinder& Finder() {
  static const auto* finder =
      new MentionFinder(MentionFinder::Create(DefaultNameLexicon(), DefaultPlaceLexicon()).value());
  return *finder;
}

// The people and places of each analysed document, as modules get them.
const std::vector<DocumentMentions>& Mentions() {
  static const auto* mentions = [] {
    auto* out = new std::vector<DocumentMentions>;
    for (const Document& document : Analysed()) out->push_back(Finder().Find(document));
    return out;
  }();
  return *mentions;
}

const QuantitiesModule& Quantities() {
  static const auto* module =
      QuantitiesModule::Create(DefaultQuantityLexicon(), Finder().places()).value().release();
  return *module;
}

const EventsModule& Events() {
  static const auto* module = EventsModule::Create(DefaultEventLexicon()).value().release();
  return *module;
}

// The rule modules, in the checker's order.
const std::vector<const RuleModule*>& Modules() {
  static const auto* modules = new std::vector<const RuleModule*>{
      Finder().names().get(), Finder().places().get(), &Quantities(), &Events()};
  return *modules;
}

// Every claim of the corpus and the datelines, as the comparison gets them.
struct Extracted {
  std::vector<Claim> claims;
  std::map<std::string, PartialDate> datelines;
};

const Extracted& AllClaims() {
  static const auto* extracted = [] {
    auto* out = new Extracted;
    for (size_t i = 0; i < Analysed().size(); ++i) {
      const Document& document = Analysed()[i];
      for (const RuleModule* module : Modules()) {
        module->Extract(document, Mentions()[i], &out->claims);
      }
      out->datelines[document.id()] = document.dateline();
    }
    return out;
  }();
  return *extracted;
}

void ReportRates(benchmark::State& state, int64_t claims, int64_t bytes = CorpusBytes()) {
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Load(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Parsed());
  ReportRates(state, 0);
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

// The same articles as JSON Lines records, as a large corpus is read: each
// record's JSON read, then its text as BM_Load reads it. Bytes are the
// articles' text, as for every stage.
void BM_LoadJsonLines(benchmark::State& state) {
  std::vector<CorpusInput> records;
  for (const GeneratedArticle& article : Articles()) {
    CorpusInput& record = records.emplace_back();
    record.record = JsonLine(article);
    if (!ReadInput(record).ok()) {
      state.SkipWithError("a generated record does not read");
      return;
    }
  }
  for (auto _ : state) {
    for (const CorpusInput& record : records) benchmark::DoNotOptimize(ReadInput(record));
  }
  ReportRates(state, 0);
}
BENCHMARK(BM_LoadJsonLines)->Unit(benchmark::kMillisecond);

void BM_Segment(benchmark::State& state) {
  const std::vector<Document> parsed = Parsed();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> documents = parsed;
    state.ResumeTiming();
    for (Document& document : documents) Layout().Analyze(&document);
    benchmark::DoNotOptimize(documents);
  }
  ReportRates(state, 0);
}
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);

// Finding the people (names module) in every analysed document.
void BM_Names(benchmark::State& state) {
  int64_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (const Document& document : Analysed()) {
      claims += static_cast<int64_t>(Finder().names()->FindPeople(document).size());
    }
  }
  ReportRates(state, claims);
}
BENCHMARK(BM_Names)->Unit(benchmark::kMillisecond);

// Finding the places (places module) in every analysed document.
void BM_Places(benchmark::State& state) {
  int64_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (const Document& document : Analysed()) {
      claims += static_cast<int64_t>(Finder().places()->Find(document).size());
    }
  }
  ReportRates(state, claims);
}
BENCHMARK(BM_Places)->Unit(benchmark::kMillisecond);

// A module that builds on the mentions, over every analysed document.
void RunModule(benchmark::State& state, const RuleModule& module) {
  int64_t claims = 0;
  for (auto _ : state) {
    std::vector<Claim> out;
    for (size_t i = 0; i < Analysed().size(); ++i) {
      module.Extract(Analysed()[i], Mentions()[i], &out);
    }
    claims = static_cast<int64_t>(out.size());
    benchmark::DoNotOptimize(out);
  }
  ReportRates(state, claims);
}

void BM_Quantities(benchmark::State& state) { RunModule(state, Quantities()); }
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);

void BM_Events(benchmark::State& state) { RunModule(state, Events()); }
BENCHMARK(BM_Events)->Unit(benchmark::kMillisecond);

// Extraction as the checker's threads run it, on one thread: each document
// analysed, its people and places found and every module run on it, then
// its claims handed on and the document let go, before the next.
void RunExtraction(benchmark::State& state, const std::vector<Document>& parsed,
                   int64_t bytes = CorpusBytes()) {
  int64_t claims = 0;
  std::vector<Claim> document_claims;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> documents = parsed;
    state.ResumeTiming();
    claims = 0;
    for (Document& parsed_document : documents) {
      Document document = std::move(parsed_document);
      Layout().Analyze(&document);
      const DocumentMentions mentions = Finder().Find(document);
      for (const RuleModule* module : Modules()) {
        module->Extract(document, mentions, &document_claims);
      }
      claims += static_cast<int64_t>(document_claims.size());
      document_claims.clear();
    }
  }
  ReportRates(state, claims, bytes);
}

void BM_Extract(benchmark::State& state) { RunExtraction(state, Parsed()); }
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

// The same articles as one document of some 73,000 sentences, as a long
// transcript or an archive saved as one file is: extraction stays linear
// in a document's length. A module that scanned every person or place of
// the document for each sentence took 171 ms here, against about 96, and
// minutes on a document that names people in every sentence.
void BM_ExtractOneDocument(benchmark::State& state) {
  std::string text;
  for (const GeneratedArticle& article : Articles()) absl::StrAppend(&text, article.text, "\n");
  RunExtraction(state, {ParseDocument("all", text).value()});
}
BENCHMARK(BM_ExtractOneDocument)->Unit(benchmark::kMillisecond);

// A page of listings saved as one line: a megabyte of weekdays and dates
// with no sentence end. A line is classed (dateline, timestamp) before it is
// split into sentences, so all its dates are read at once. Each weekday
// once searched all the text before it for a word such as "will": this line
// took 32.7 s.
void BM_ExtractScheduleLine(benchmark::State& state) {
  static constexpr absl::string_view kEntries[] = {"Monday", "Tuesday 4 March", "on 3 March",
                                                   "last week", "since 2019"};
  std::string text;
  for (size_t i = 0; text.size() < (1 << 20); ++i) {
    absl::StrAppend(&text, kEntries[i % std::size(kEntries)], " ");
  }
  RunExtraction(state, {ParseDocument("schedule", text).value()},
                static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractScheduleLine)->Unit(benchmark::kMillisecond);

// One document of 20,000 sentences, each a meeting in a place of its own
// ("Minister Tomas Lindaab met Mayor Ingrid Saarinen in Varnaab on
// Monday."). The events module once looked each meeting up among all those
// before it: 100,000 such sentences took 66.3 s.
void BM_ExtractMeetingsDocument(benchmark::State& state) {
  std::string text = "date 2025-10-10\n\n";
  for (int i = 0; i < 20000; ++i) {
    const std::string word = LetterWord(i, 3);  // of its own for each meeting
    absl::StrAppend(&text, "Minister Tomas Lind", word, " met Mayor Ingrid Saarinen in Varn", word,
                    " on Monday.\n");
  }
  RunExtraction(state, {ParseDocument("meetings", text).value()},
                static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractMeetingsDocument)->Unit(benchmark::kMillisecond);

// Checks `parsed` end to end on one thread, as the benchmark's iterations
// ask, and renders the JSON and HTML reports too when `report` (the HTML's
// picture of a finding once paired every two documents that state it).
// `complexity_n` is the size Google Benchmark fits the times to.
void RunCheck(benchmark::State& state, const std::vector<Document>& parsed, bool report,
              int64_t bytes, int64_t complexity_n) {
  CheckOptions options;
  options.jobs = 1;
  int64_t claims = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> documents = parsed;
    state.ResumeTiming();
    const Report checked =
        TheChecker().CheckDocuments("hostile", std::move(documents), {}, options);
    if (report) {
      benchmark::DoNotOptimize(RenderJson(checked));
      benchmark::DoNotOptimize(RenderHtml(checked));
    }
    claims = checked.claims();
  }
  state.SetComplexityN(complexity_n);
  ReportRates(state, claims, bytes);
}

// Each hostile page (bench/hostile_inputs.h) checked as one article, at
// 64 KB, 256 KB and 1 MB, and each hostile corpus of 1,000, 4,000, 16,000
// and 64,000 articles checked and reported. Time must grow in proportion to
// the input: Google Benchmark fits the times to N, and an RMS of a few
// percent says it does.
void RegisterHostileBenchmarks() {
  for (const std::string& name : HostilePageNames()) {
    benchmark::RegisterBenchmark(absl::StrCat("BM_Hostile/", name).c_str(),
                                 [name](benchmark::State& state) {
                                   const std::string text = HostilePage(name, state.range(0));
                                   RunCheck(state, {ParseDocument(name, text).value()},
                                            /*report=*/false, static_cast<int64_t>(text.size()),
                                            state.range(0));
                                 })
        ->RangeMultiplier(4)
        ->Range(64 << 10, 1 << 20)
        ->Complexity(benchmark::oN)
        ->Unit(benchmark::kMillisecond);
  }
  for (const std::string& name : HostileCorpusNames()) {
    benchmark::RegisterBenchmark(
        absl::StrCat("BM_HostileCorpus/", name).c_str(),
        [name](benchmark::State& state) {
          std::vector<Document> documents;
          int64_t bytes = 0;
          for (const std::string& text : HostileCorpus(name, static_cast<int>(state.range(0)))) {
            documents.push_back(
                ParseDocument(absl::StrCat("article-", documents.size()), text).value());
            bytes += static_cast<int64_t>(documents.back().text().size());
          }
          RunCheck(state, documents, /*report=*/true, bytes, state.range(0));
        })
        ->Arg(1000)
        ->Arg(4000)
        ->Arg(16000)
        ->Arg(64000)
        ->Complexity(benchmark::oN)
        ->Unit(benchmark::kMillisecond);
  }
}

// Counts the claims extraction hands over, and keeps nothing.
class ClaimCounter : public ExtractionSink {
 public:
  void Extracted(ExtractedDocument, std::vector<Claim>* claims) override {
    claims_ += static_cast<int64_t>(claims->size());
  }
  void Skipped(SkippedInput) override {}
  int64_t claims() const { return claims_; }

 private:
  int64_t claims_ = 0;
};

// The checker's extraction of the corpus at `root`, reading included, on
// one thread, by a checker made anew before each pass, untimed: as a run
// meets its corpus. RE2 builds a pattern's DFA states, and the program that
// finds where a match starts, when a text first needs them; the other
// benchmarks repeat their corpus, and time passes over states built.
void RunFirstPass(benchmark::State& state, const std::string& root, int64_t bytes) {
  int64_t claims = 0;
  std::optional<Checker> checker;
  for (auto _ : state) {
    state.PauseTiming();
    checker.reset();
    checker.emplace(Checker::Create().value());
    state.ResumeTiming();
    ClaimCounter counter;
    CheckOptions options;
    options.jobs = 1;
    if (const absl::Status read = checker->ExtractCorpus(root, options, &counter); !read.ok()) {
      state.SkipWithError(std::string(read.message()).c_str());
      break;
    }
    claims = counter.claims();
  }
  ReportRates(state, claims, bytes);
}

// Registers BM_ExtractNews on the corpus at `root`: real articles, which
// the generated ones only imitate. Their sentences are longer and hold
// more names, places and figures, so more patterns run on each, and run
// further. Bytes are the documents' whole text as read, metadata lines
// included, as the generated corpus's are.
absl::Status RegisterNewsBenchmark(const std::string& root) {
  absl::StatusOr<Corpus> corpus = LoadCorpus(root);
  if (!corpus.ok()) return corpus.status();
  if (corpus->documents.empty()) return absl::NotFoundError(absl::StrCat("no article in ", root));
  int64_t bytes = 0;
  for (const Document& document : corpus->documents) bytes += document.text().size();
  auto* documents = new std::vector<Document>(std::move(corpus->documents));
  benchmark::RegisterBenchmark("BM_ExtractNews", [documents, bytes](benchmark::State& state) {
    RunExtraction(state, *documents, bytes);
  })->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("BM_ExtractNewsFirstPass", [root, bytes](benchmark::State& state) {
    RunFirstPass(state, root, bytes);
  })->Unit(benchmark::kMillisecond);
  return absl::OkStatus();
}

void BM_Resolve(benchmark::State& state) {
  const ClaimsInOrder claims(KeptClaims(AllClaims().claims));
  for (auto _ : state) benchmark::DoNotOptimize(People(claims));
  ReportRates(state, static_cast<int64_t>(claims.size()));
}
BENCHMARK(BM_Resolve)->Unit(benchmark::kMillisecond);

void BM_Compare(benchmark::State& state) {
  const Extracted& extracted = AllClaims();
  const ClaimsInOrder resolved(KeptClaims(extracted.claims));  // People keeps views of it
  const People people(resolved);
  for (auto _ : state) {
    // Keeping the claims compact and ordering them are part of comparing them.
    const ClaimsInOrder claims(KeptClaims(extracted.claims));
    benchmark::DoNotOptimize(FindDiscrepancies(claims, people, extracted.datelines));
  }
  ReportRates(state, static_cast<int64_t>(extracted.claims.size()));
}
BENCHMARK(BM_Compare)->Unit(benchmark::kMillisecond);

void BM_Report(benchmark::State& state) {
  const Report report = TheChecker().CheckDocuments("generated", Parsed(), {});
  for (auto _ : state) {
    benchmark::DoNotOptimize(RenderJson(report));
    benchmark::DoNotOptimize(RenderHtml(report));
  }
  ReportRates(state, report.claims());
}
BENCHMARK(BM_Report)->Unit(benchmark::kMillisecond);

void BM_EndToEnd(benchmark::State& state) {
  int64_t claims = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> documents = Parsed();
    state.ResumeTiming();
    const Report report = TheChecker().CheckDocuments("generated", std::move(documents), {});
    claims = report.claims();
    benchmark::DoNotOptimize(report);
  }
  ReportRates(state, claims);
}
BENCHMARK(BM_EndToEnd)->Unit(benchmark::kMillisecond);

}  // namespace

// Generates the corpus and compiles every module before the first timed
// iteration, so that no benchmark's time includes building its inputs.
void PrepareInputs() {
  Mentions();
  Quantities();
  Events();
  AllClaims();
  TheChecker();
}

}  // namespace factcheck

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // takes its own flags out of argv
  absl::ParseCommandLine(argc, argv);
  if (const std::string news = absl::GetFlag(FLAGS_news); !news.empty()) {
    if (const absl::Status registered = factcheck::RegisterNewsBenchmark(news); !registered.ok()) {
      std::cerr << "--news: " << registered << "\n";
      return 1;
    }
  }
  factcheck::RegisterHostileBenchmarks();
  factcheck::PrepareInputs();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
