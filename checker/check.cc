#include "checker/check.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/compare/discrepancies.h"
#include "checker/resolve/people.h"
#include "checker/util/claims_in_order.h"
#include "checker/util/kept_claims.h"
#include "checker/util/memory_budget.h"
#include "checker/util/threads.h"
#include "rules/dates/dates.h"
#include "rules/events/events.h"
#include "rules/quantities/quantities.h"

namespace factcheck {
namespace {

// An error in the configuration, at the line of the setting it is about.
absl::Status ConfigError(const ConfigFile& file, const std::string& field, int index,
                         absl::string_view message) {
  const std::string where = file.Where(field, index);
  return absl::InvalidArgumentError(where.empty() ? std::string(message)
                                                  : absl::StrCat(where, ": ", message));
}

// The lexicon the configuration names in `field`, or the built-in one.
template <typename Lexicon>
absl::StatusOr<Lexicon> ReadLexicon(const ConfigFile& file, const std::string& field,
                                    const std::string& written, const Lexicon& built_in) {
  if (written.empty()) return built_in;
  Lexicon lexicon;
  if (absl::Status status = ReadTextProto(file.Resolve(written), &lexicon); !status.ok()) {
    return ConfigError(file, field, 0, status.message());
  }
  return lexicon;
}

// The error of a module built from the configuration's lexicons, named as such.
absl::Status ModuleError(const ConfigFile& file, absl::string_view module,
                         const absl::Status& status) {
  return ConfigError(file, "", 0, absl::StrCat(module, ": ", status.message()));
}

void SortSkipped(std::vector<SkippedInput>* skipped) {
  std::sort(skipped->begin(), skipped->end(), [](const SkippedInput& a, const SkippedInput& b) {
    return std::tie(a.path(), a.reason()) < std::tie(b.path(), b.reason());
  });
}

// Keeps what extraction yields, for comparison in the same process.
class ExtractionCollector : public ExtractionSink {
 public:
  void Extracted(ExtractedDocument document, std::vector<Claim>* claims) override {
    extraction_.documents.push_back(std::move(document));
    for (const Claim& claim : *claims) extraction_.claims.Keep(claim);
  }
  void Skipped(SkippedInput input) override { extraction_.skipped.push_back(std::move(input)); }

  Extraction Take() && { return std::move(extraction_); }

 private:
  Extraction extraction_;
};

}  // namespace

Checker::Checker(LayoutAnalyzer layout, MentionFinder mentions,
                 std::vector<std::shared_ptr<const RuleModule>> modules)
    : layout_(std::move(layout)), mentions_(std::move(mentions)), modules_(std::move(modules)) {}

absl::StatusOr<Checker> Checker::Create(const ConfigFile& file, int threads) {
  const Config& config = file.config;
  absl::StatusOr<LayoutRules> layout_rules =
      ReadLexicon(file, "layout_rules", config.layout_rules(), DefaultLayoutRules());
  absl::StatusOr<NameLexicon> name_lexicon =
      ReadLexicon(file, "name_lexicon", config.name_lexicon(), DefaultNameLexicon());
  absl::StatusOr<PlaceLexicon> place_lexicon =
      ReadLexicon(file, "place_lexicon", config.place_lexicon(), DefaultPlaceLexicon());
  absl::StatusOr<QuantityLexicon> quantity_lexicon =
      ReadLexicon(file, "quantity_lexicon", config.quantity_lexicon(), DefaultQuantityLexicon());
  absl::StatusOr<EventLexicon> event_lexicon =
      ReadLexicon(file, "event_lexicon", config.event_lexicon(), DefaultEventLexicon());
  for (const absl::Status& status :
       {layout_rules.status(), name_lexicon.status(), place_lexicon.status(),
        quantity_lexicon.status(), event_lexicon.status()}) {
    if (!status.ok()) return status;
  }

  // Places then quantities, which read places, are four fifths of the
  // compiling; the rest goes on beside them. Errors are told in one order.
  absl::StatusOr<LayoutAnalyzer> layout;
  absl::StatusOr<MentionFinder> mentions;
  absl::StatusOr<std::unique_ptr<QuantitiesModule>> quantities;
  absl::StatusOr<std::unique_ptr<EventsModule>> events;
  RunTasks(threads, {[&] {
                       mentions = MentionFinder::Create(*name_lexicon, *place_lexicon);
                       if (mentions.ok()) {
                         quantities =
                             QuantitiesModule::Create(*quantity_lexicon, mentions->places());
                       }
                     },
                     [&] {
                       layout = LayoutAnalyzer::Create(*layout_rules);
                       events = EventsModule::Create(*event_lexicon);
                     }});
  if (!layout.ok()) return ModuleError(file, "layout rules", layout.status());
  if (!mentions.ok()) return ModuleError(file, "names and places", mentions.status());
  if (!quantities.ok()) return ModuleError(file, "quantities", quantities.status());
  if (!events.ok()) return ModuleError(file, "events", events.status());

  std::vector<PersonName> accepted;
  for (int i = 0; i < config.accepted_spelling_size(); ++i) {
    absl::StatusOr<PersonName> name = mentions->names()->ParseFullName(config.accepted_spelling(i));
    if (!name.ok()) return ConfigError(file, "accepted_spelling", i, name.status().message());
    accepted.push_back(*std::move(name));
  }

  const std::vector<std::shared_ptr<const RuleModule>> all = {
      mentions->names(), mentions->places(), std::move(*quantities), std::move(*events)};
  std::vector<std::string> known;
  for (const auto& module : all) known.emplace_back(module->name());
  for (int i = 0; i < config.rules_size(); ++i) {
    if (std::find(known.begin(), known.end(), config.rules(i)) == known.end()) {
      return ConfigError(file, "rules", i,
                         absl::StrCat("unknown rule module \"", config.rules(i),
                                      "\"; the modules are ", absl::StrJoin(known, ", ")));
    }
  }
  std::vector<std::shared_ptr<const RuleModule>> enabled;
  for (const auto& module : all) {
    const bool listed = std::find(config.rules().begin(), config.rules().end(), module->name()) !=
                        config.rules().end();
    if (config.rules().empty() || listed) enabled.push_back(module);
  }

  Checker checker(*std::move(layout), *std::move(mentions), std::move(enabled));
  for (int i = 0; i < config.severity_size(); ++i) {
    const Config::KindSeverity& setting = config.severity(i);
    if (setting.kind() == DISCREPANCY_KIND_UNSPECIFIED ||
        setting.severity() == SEVERITY_UNSPECIFIED) {
      return ConfigError(file, "severity", i,
                         "a severity setting needs both a kind and a severity, as in "
                         "severity { kind: QUANTITY severity: ERROR }");
    }
    checker.severity_[setting.kind()] = setting.severity();
  }
  checker.load_options_.include.assign(config.include().begin(), config.include().end());
  checker.load_options_.exclude.assign(config.exclude().begin(), config.exclude().end());
  checker.accepted_spellings_ = std::move(accepted);
  return checker;
}

struct Checker::TakenInput {
  // Of the extraction budget, for the input's bytes, taken before reading it.
  std::optional<MemoryBudget::Share> share;
  absl::StatusOr<Document> document = Document();
  std::string id;
  int64_t sequence = 0;
};

struct Checker::DocumentClaims {
  ExtractedDocument document;
  std::vector<Claim> claims;
};

Checker::DocumentClaims Checker::ExtractDocument(Document document) const {
  layout_.Analyze(&document);
  DocumentClaims result;
  const DocumentMentions mentions = mentions_.Find(document);
  for (const auto& module : modules_) module->Extract(document, mentions, &result.claims);
  DocumentSummary* summary = result.document.mutable_summary();
  summary->set_id(document.id());
  summary->set_title(document.title());
  summary->set_outlet(document.outlet());
  summary->set_dateline(FormatIsoDate(document.dateline()));
  summary->set_dateline_from_url(document.dateline_from_url());
  summary->set_sentences(document.sentences_size());
  summary->set_claims(static_cast<int>(result.claims.size()));
  summary->set_furniture_lines(document.furniture_size());
  summary->set_repair(document.repair());
  *result.document.mutable_dateline() = document.dateline();
  return result;
}

void Checker::ExtractAll(const std::function<bool(MemoryBudget*, TakenInput*)>& take,
                         int documents_total, const CheckOptions& options,
                         ExtractionSink* sink) const {
  // An input done, waiting until every input before it is handed over.
  struct Finished {
    std::optional<DocumentClaims> extracted;
    SkippedInput skipped;  // when not extracted
    int thread = 0;        // that extracted it
  };
  std::mutex mutex;  // guards everything below that the threads share
  std::map<int64_t, Finished> waiting;
  // Signalled as `waiting` shrinks. A thread takes no new input while
  // kMaxWaitingInputs wait behind a slow one: memory stays bounded. The slow
  // input's thread never waits, so the queue always drains.
  std::condition_variable handed_over;
  int64_t next_sequence = 0;
  bool handing_over = false;             // by one thread at a time, in sequence order
  absl::flat_hash_set<std::string> ids;  // of the documents handed over
  Progress done;
  done.documents_total = documents_total;
  // Claims handed over go back to the thread that extracted them, which frees
  // them (those left when it ends go with `handed_back`, on the calling
  // thread): memory freed on the thread that allocated it returns to that
  // thread's cache rather than passing to the other's through the
  // allocator's shared lists (two threads, 105 MB: 3.20 to 3.03 s, the
  // median of ten runs).
  const int threads = ThreadsForJobs(options.jobs);
  std::vector<std::vector<std::vector<Claim>>> handed_back(threads);  // by thread
  std::atomic<int> threads_started{0};
  MemoryBudget budget(options.extraction_budget_bytes);
  const auto work = [&] {
    const int thread = threads_started++;
    TakenInput taken;
    while (true) {
      std::vector<std::vector<Claim>> to_free;
      {
        std::lock_guard<std::mutex> lock(mutex);
        to_free.swap(handed_back[thread]);
      }
      to_free.clear();  // outside the lock
      // The last input's share of the budget is given back only now, once
      // its claims are freed (when this thread handed them over, as it most
      // often does), and before waiting: no thread waits holding a share.
      taken.share.reset();
      {
        std::unique_lock<std::mutex> lock(mutex);
        handed_over.wait(lock, [&] { return waiting.size() < kMaxWaitingInputs; });
      }
      if (!take(&budget, &taken)) break;
      Finished finished;
      finished.thread = thread;
      if (taken.document.ok()) {
        finished.extracted = ExtractDocument(*std::move(taken.document));
      } else {
        finished.skipped = Skipped(taken.id, taken.document.status());
      }
      std::unique_lock<std::mutex> lock(mutex);
      if (finished.extracted) done.claims += static_cast<int>(finished.extracted->claims.size());
      ++done.documents_done;
      if (options.progress) options.progress(done);
      waiting.emplace(taken.sequence, std::move(finished));
      if (handing_over) continue;  // that thread will hand this over too
      handing_over = true;
      for (auto ready = waiting.find(next_sequence); ready != waiting.end();
           ready = waiting.find(next_sequence)) {
        Finished next = std::move(ready->second);
        waiting.erase(ready);
        ++next_sequence;
        handed_over.notify_all();
        lock.unlock();  // the sink may be slow (a mapper writing records); others go on
        if (!next.extracted) {
          sink->Skipped(std::move(next.skipped));
        } else if (const std::string& id = next.extracted->document.summary().id();
                   !ids.insert(id).second) {
          sink->Skipped(Skipped(
              id, absl::AlreadyExistsError("duplicate id: an earlier input has the same id")));
        } else {
          sink->Extracted(std::move(next.extracted->document), &next.extracted->claims);
        }
        lock.lock();
        if (next.extracted) handed_back[next.thread].push_back(std::move(next.extracted->claims));
      }
      handing_over = false;
    }
  };
  RunOnThreads(threads, work);
}

absl::Status Checker::ExtractCorpus(const std::string& root, const CheckOptions& options,
                                    ExtractionSink* sink) const {
  absl::StatusOr<std::unique_ptr<CorpusStream>> stream = CorpusStream::Open(root, load_options_);
  if (!stream.ok()) return stream.status();
  CorpusStream& inputs = **stream;
  const auto take = [&inputs](MemoryBudget* budget, TakenInput* taken) {
    CorpusInput input;
    if (!inputs.Next(&input)) return false;
    taken->document =
        ReadInput(input, [&](int64_t bytes) { taken->share.emplace(budget->Take(bytes)); });
    taken->id = input.id;
    taken->sequence = input.sequence;
    return true;
  };
  ExtractAll(take, inputs.known_inputs(), options, sink);
  return absl::OkStatus();
}

absl::StatusOr<Report> Checker::CheckCorpus(const std::string& root,
                                            const CheckOptions& options) const {
  ExtractionCollector collector;
  if (absl::Status read = ExtractCorpus(root, options, &collector); !read.ok()) return read;
  return Compare(root, std::move(collector).Take(), options);
}

Report Checker::CheckDocuments(const std::string& corpus, std::vector<Document> documents,
                               std::vector<SkippedInput> skipped,
                               const CheckOptions& options) const {
  std::atomic<size_t> next{0};
  const auto take = [&documents, &next](MemoryBudget* budget, TakenInput* taken) {
    const size_t index = next++;
    if (index >= documents.size()) return false;
    taken->share.emplace(budget->Take(documents[index].text().size()));
    taken->document = std::move(documents[index]);
    taken->sequence = static_cast<int64_t>(index);
    return true;
  };
  ExtractionCollector collector;
  ExtractAll(take, static_cast<int>(documents.size()), options, &collector);
  for (SkippedInput& input : skipped) collector.Skipped(std::move(input));
  return Compare(corpus, std::move(collector).Take(), options);
}

Report Checker::Compare(const std::string& corpus, Extraction extraction,
                        const CheckOptions& options) const {
  const ProgressCallback& progress = options.progress;
  Progress done;
  done.documents_done = done.documents_total =
      static_cast<int>(extraction.documents.size() + extraction.skipped.size());
  done.claims = static_cast<int>(extraction.claims.size());
  done.stage = Progress::Stage::kComparing;
  if (progress) progress(done);
  Report report;
  report.set_corpus(corpus);
  report.set_claims(done.claims);
  std::map<std::string, PartialDate> datelines;
  std::optional<ClaimsInOrder> claims;
  std::optional<People> people;  // views of `claims`, which stay where they are made
  const int threads = ThreadsForJobs(options.jobs);
  // The documents' summaries and the people of the claims are apart: made
  // side by side.
  RunTasks(threads, {[&] {
                       claims.emplace(std::move(extraction.claims));
                       people.emplace(*claims, accepted_spellings_, threads);
                     },
                     [&] {
                       // Freed once read, before comparison: what it needs is taken out.
                       std::vector<ExtractedDocument> documents = std::move(extraction.documents);
                       // Stages run apart hand these over in any order.
                       std::sort(documents.begin(), documents.end(),
                                 [](const ExtractedDocument& a, const ExtractedDocument& b) {
                                   return a.summary().id() < b.summary().id();
                                 });
                       for (ExtractedDocument& document : documents) {
                         datelines[document.summary().id()] = document.dateline();
                         *report.add_documents() = std::move(*document.mutable_summary());
                       }
                     }});
  SortSkipped(&extraction.skipped);
  for (SkippedInput& input : extraction.skipped) *report.add_skipped() = std::move(input);
  for (Discrepancy& discrepancy :
       FindDiscrepancies(*claims, *people, datelines, severity_, threads)) {
    *report.add_discrepancies() = std::move(discrepancy);
  }
  done.findings = report.discrepancies_size();
  done.stage = Progress::Stage::kFinished;
  if (progress) progress(done);
  return report;
}

}  // namespace factcheck
