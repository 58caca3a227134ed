#include "checker/check.h"

#include <algorithm>
#include <map>
#include <utility>

#include "checker/compare/discrepancies.h"
#include "checker/corpus/loader.h"
#include "checker/resolve/people.h"
#include "rules/dates/dates.h"
#include "rules/events/events.h"
#include "rules/names/names.h"
#include "rules/places/places.h"
#include "rules/quantities/quantities.h"

namespace factcheck {

Checker::Checker(LayoutAnalyzer layout, std::vector<std::shared_ptr<const RuleModule>> modules)
    : layout_(std::move(layout)), modules_(std::move(modules)) {}

absl::StatusOr<Checker> Checker::Create() {
  absl::StatusOr<LayoutAnalyzer> layout = LayoutAnalyzer::Create(DefaultLayoutRules());
  if (!layout.ok()) return layout.status();
  absl::StatusOr<std::unique_ptr<NamesModule>> names = NamesModule::Create(DefaultNameLexicon());
  if (!names.ok()) return names.status();
  absl::StatusOr<std::unique_ptr<PlacesModule>> places =
      PlacesModule::Create(DefaultPlaceLexicon());
  if (!places.ok()) return places.status();
  absl::StatusOr<std::unique_ptr<QuantitiesModule>> quantities = QuantitiesModule::Create(
      DefaultQuantityLexicon(), DefaultNameLexicon(), DefaultPlaceLexicon());
  if (!quantities.ok()) return quantities.status();
  absl::StatusOr<std::unique_ptr<EventsModule>> events =
      EventsModule::Create(DefaultEventLexicon(), DefaultNameLexicon(), DefaultPlaceLexicon());
  if (!events.ok()) return events.status();
  return Checker(*std::move(layout), {std::move(*names), std::move(*places), std::move(*quantities),
                                      std::move(*events)});
}

absl::StatusOr<Report> Checker::CheckCorpus(const std::string& root) const {
  absl::StatusOr<Corpus> corpus = LoadCorpus(root);
  if (!corpus.ok()) return corpus.status();
  return CheckDocuments(root, std::move(corpus->documents), std::move(corpus->skipped));
}

Report Checker::CheckDocuments(const std::string& corpus, std::vector<Document> documents,
                               std::vector<SkippedInput> skipped) const {
  std::sort(documents.begin(), documents.end(),
            [](const Document& a, const Document& b) { return a.id() < b.id(); });
  Report report;
  report.set_corpus(corpus);
  std::vector<Claim> claims;
  std::map<std::string, PartialDate> datelines;
  for (Document& document : documents) {
    layout_.Analyze(&document);
    const size_t before = claims.size();
    for (const auto& module : modules_) module->Extract(document, &claims);
    DocumentSummary* summary = report.add_documents();
    summary->set_id(document.id());
    summary->set_title(document.title());
    summary->set_dateline(FormatIsoDate(document.dateline()));
    summary->set_sentences(document.sentences_size());
    summary->set_claims(static_cast<int>(claims.size() - before));
    summary->set_furniture_lines(document.furniture_size());
    datelines[document.id()] = document.dateline();
  }
  std::sort(skipped.begin(), skipped.end(),
            [](const SkippedInput& a, const SkippedInput& b) { return a.path() < b.path(); });
  for (SkippedInput& input : skipped) *report.add_skipped() = std::move(input);
  report.set_claims(static_cast<int>(claims.size()));
  const People people(claims);
  for (Discrepancy& discrepancy : FindDiscrepancies(claims, people, datelines)) {
    *report.add_discrepancies() = std::move(discrepancy);
  }
  return report;
}

}  // namespace factcheck
