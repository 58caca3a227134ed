#include "checker/check.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/compare/discrepancies.h"
#include "checker/resolve/people.h"
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

}  // namespace

Checker::Checker(LayoutAnalyzer layout, MentionFinder mentions,
                 std::vector<std::shared_ptr<const RuleModule>> modules)
    : layout_(std::move(layout)), mentions_(std::move(mentions)), modules_(std::move(modules)) {}

absl::StatusOr<Checker> Checker::Create(const ConfigFile& file) {
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

  absl::StatusOr<LayoutAnalyzer> layout = LayoutAnalyzer::Create(*layout_rules);
  if (!layout.ok()) return ModuleError(file, "layout rules", layout.status());
  absl::StatusOr<MentionFinder> mentions = MentionFinder::Create(*name_lexicon, *place_lexicon);
  if (!mentions.ok()) return ModuleError(file, "names and places", mentions.status());
  absl::StatusOr<std::unique_ptr<QuantitiesModule>> quantities =
      QuantitiesModule::Create(*quantity_lexicon, *place_lexicon);
  if (!quantities.ok()) return ModuleError(file, "quantities", quantities.status());
  absl::StatusOr<std::unique_ptr<EventsModule>> events = EventsModule::Create(*event_lexicon);
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

absl::StatusOr<Report> Checker::CheckCorpus(const std::string& root,
                                            const ProgressCallback& progress) const {
  absl::StatusOr<Corpus> corpus = LoadCorpus(root, load_options_);
  if (!corpus.ok()) return corpus.status();
  return CheckDocuments(root, std::move(corpus->documents), std::move(corpus->skipped), progress);
}

Report Checker::CheckDocuments(const std::string& corpus, std::vector<Document> documents,
                               std::vector<SkippedInput> skipped,
                               const ProgressCallback& progress) const {
  std::sort(documents.begin(), documents.end(),
            [](const Document& a, const Document& b) { return a.id() < b.id(); });
  Report report;
  report.set_corpus(corpus);
  std::vector<Claim> claims;
  std::map<std::string, PartialDate> datelines;
  Progress done;
  done.documents_total = static_cast<int>(documents.size());
  for (Document& document : documents) {
    layout_.Analyze(&document);
    const size_t before = claims.size();
    const DocumentMentions mentions = mentions_.Find(document);
    for (const auto& module : modules_) module->Extract(document, mentions, &claims);
    DocumentSummary* summary = report.add_documents();
    summary->set_id(document.id());
    summary->set_title(document.title());
    summary->set_outlet(document.outlet());
    summary->set_dateline(FormatIsoDate(document.dateline()));
    summary->set_sentences(document.sentences_size());
    summary->set_claims(static_cast<int>(claims.size() - before));
    summary->set_furniture_lines(document.furniture_size());
    datelines[document.id()] = document.dateline();
    ++done.documents_done;
    done.claims = static_cast<int>(claims.size());
    if (progress) progress(done);
  }
  std::sort(skipped.begin(), skipped.end(),
            [](const SkippedInput& a, const SkippedInput& b) { return a.path() < b.path(); });
  for (SkippedInput& input : skipped) *report.add_skipped() = std::move(input);
  report.set_claims(static_cast<int>(claims.size()));
  done.stage = Progress::Stage::kComparing;
  if (progress) progress(done);
  const People people(claims, accepted_spellings_);
  for (Discrepancy& discrepancy : FindDiscrepancies(claims, people, datelines, severity_)) {
    *report.add_discrepancies() = std::move(discrepancy);
  }
  done.findings = report.discrepancies_size();
  done.stage = Progress::Stage::kFinished;
  if (progress) progress(done);
  return report;
}

}  // namespace factcheck
