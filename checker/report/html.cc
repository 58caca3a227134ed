#include "checker/report/html.h"

#include <map>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "checker/report/markup.h"
#include "checker/report/summary.h"

namespace factcheck {
namespace {

constexpr absl::string_view kStyle = R"css(
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --paper: #ffffff; --wash: #f5f6f8;
        --error: #b3261e; --warning: #9a5b00; --info: #2f5d9a; --mark: #ffe58a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--wash); }
header.page, nav.filters, main, section.documents { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.corpus code { background: var(--paper); border: 1px solid var(--line); padding: 0 .3rem; border-radius: 3px; }
.summary { font-size: 1.05rem; margin: .5rem 0; }
ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
ul.counts li { background: var(--paper); border: 1px solid var(--line); border-radius: 999px; padding: .1rem .7rem; }
nav.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding-bottom: 1rem; }
nav.filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .7rem; margin: 0; background: var(--paper); }
nav.filters legend { font-size: .8rem; color: var(--muted); }
nav.filters label { margin-right: .6rem; white-space: nowrap; }
input[type=search] { font: inherit; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: 4px; min-width: 14rem; }
#shown { color: var(--muted); }
article.finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--line);
                  border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
article.finding.severity-error { border-left-color: var(--error); }
article.finding.severity-warning { border-left-color: var(--warning); }
article.finding.severity-info { border-left-color: var(--info); }
article.finding:target { outline: 3px solid var(--info); }
article.finding > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .6rem; }
article.finding h2 { font-size: 1.15rem; margin: 0; flex: 1; }
.attribute { color: var(--muted); font-weight: normal; }
.badge { font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
         border-radius: 3px; padding: .05rem .4rem; color: #fff; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.kind { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.permalink { color: var(--muted); text-decoration: none; font-size: .85rem; }
.explanation { margin: .6rem 0 .9rem; }
.variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .8rem; }
section.variant { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--wash); }
section.variant h3 { font-size: 1.05rem; margin: 0; }
.normalized { margin: .1rem 0 .5rem; color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
ul.evidence { list-style: none; padding: 0; margin: 0; }
ul.evidence li { margin: 0 0 .6rem; }
.source { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
blockquote { margin: .15rem 0 0; padding-left: .6rem; border-left: 2px solid var(--line); }
mark { background: var(--mark); padding: 0 .1rem; border-radius: 2px; }
p.none { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
section.documents { padding-bottom: 2rem; }
table { border-collapse: collapse; width: 100%; background: var(--paper); font-size: .9rem; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
td.number { text-align: right; }
.hidden { display: none; }
@media print { nav.filters, .permalink { display: none; } body { background: #fff; }
               article.finding { break-inside: avoid; } }
)css";

constexpr absl::string_view kScript = R"js(
(function () {
  var boxes = document.querySelectorAll('nav.filters input[type=checkbox]');
  var search = document.getElementById('search');
  var cards = document.querySelectorAll('article.finding');
  var shown = document.getElementById('shown');
  function allowed(name) {
    var values = [];
    boxes.forEach(function (box) { if (box.dataset.filter === name && box.checked) values.push(box.value); });
    return values;
  }
  function update() {
    var kinds = allowed('kind'), severities = allowed('severity');
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var visible = 0;
    cards.forEach(function (card) {
      var text = card.textContent.toLowerCase();
      var show = kinds.indexOf(card.dataset.kind) >= 0 && severities.indexOf(card.dataset.severity) >= 0 &&
                 words.every(function (word) { return text.indexOf(word) >= 0; });
      card.classList.toggle('hidden', !show);
      if (show) visible++;
    });
    shown.textContent = visible + ' of ' + cards.length + ' shown';
  }
  boxes.forEach(function (box) { box.addEventListener('change', update); });
  search.addEventListener('input', update);
  update();
})();
)js";

void AppendEvidence(const Evidence& evidence, std::string* out) {
  const ExcerptParts parts = SplitExcerpt(evidence);
  absl::StrAppend(out, "<li><span class=\"source\">", EscapeMarkup(evidence.document()), ":",
                  evidence.line(), "</span><blockquote>", EscapeMarkup(parts.before), "<mark>",
                  EscapeMarkup(parts.claim), "</mark>", EscapeMarkup(parts.after),
                  "</blockquote></li>\n");
}

void AppendFinding(const Discrepancy& discrepancy, std::string* out) {
  const std::string severity = SeverityWord(discrepancy.severity());
  absl::StrAppend(
      out, "<article class=\"finding severity-", severity, "\" id=\"finding-",
      EscapeMarkup(discrepancy.id()), "\" data-kind=\"", DiscrepancyKind_Name(discrepancy.kind()),
      "\" data-severity=\"", Severity_Name(discrepancy.severity()),
      "\">\n<header><span class=\"badge ", severity, "\">", SeverityTitle(discrepancy.severity()),
      "</span><span class=\"kind\">", KindTitle(discrepancy.kind()), "</span><h2>",
      EscapeMarkup(discrepancy.subject()), " <span class=\"attribute\">\xE2\x80\x94 ",
      EscapeMarkup(discrepancy.attribute()), "</span></h2><a class=\"permalink\" href=\"#finding-",
      EscapeMarkup(discrepancy.id()), "\" title=\"Link to this finding\">#",
      EscapeMarkup(discrepancy.id()), "</a></header>\n<p class=\"explanation\">",
      EscapeMarkup(discrepancy.explanation()), "</p>\n<div class=\"variants\">\n");
  for (const Variant& variant : discrepancy.variants()) {
    absl::StrAppend(out, "<section class=\"variant\"><h3>\xE2\x80\x9C",
                    EscapeMarkup(variant.value()), "\xE2\x80\x9D</h3><p class=\"normalized\">",
                    EscapeMarkup(variant.normalized()), "</p>\n<ul class=\"evidence\">\n");
    for (const Evidence& evidence : variant.evidence()) AppendEvidence(evidence, out);
    absl::StrAppend(out, "</ul></section>\n");
  }
  absl::StrAppend(out, "</div>\n</article>\n");
}

// A fieldset of checkboxes, one per value present, each with its count.
void AppendFilter(absl::string_view name, absl::string_view legend,
                  const std::map<std::string, std::pair<std::string, int>>& values,
                  std::string* out) {
  absl::StrAppend(out, "<fieldset><legend>", legend, "</legend>");
  for (const auto& [value, label_and_count] : values) {
    absl::StrAppend(out, "<label><input type=\"checkbox\" data-filter=\"", name, "\" value=\"",
                    value, "\" checked> ", label_and_count.first, " (", label_and_count.second,
                    ")</label>");
  }
  absl::StrAppend(out, "</fieldset>\n");
}

}  // namespace

std::string RenderHtml(const Report& report) {
  std::map<std::string, std::pair<std::string, int>> kinds, severities;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    auto& kind = kinds[DiscrepancyKind_Name(discrepancy.kind())];
    kind.first = KindTitle(discrepancy.kind());
    ++kind.second;
    auto& severity = severities[Severity_Name(discrepancy.severity())];
    severity.first = SeverityTitle(discrepancy.severity());
    ++severity.second;
  }
  std::string out = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Fact-consistency report: ",
      EscapeMarkup(report.corpus()), "</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n",
      "<header class=\"page\">\n<h1>Fact-consistency report</h1>\n<p class=\"corpus\">Corpus: "
      "<code>",
      EscapeMarkup(report.corpus()), "</code></p>\n<p class=\"summary\">",
      EscapeMarkup(SummaryLine(report)), "</p>\n<ul class=\"counts\">");
  for (const auto& [kind, label_and_count] : kinds) {
    absl::StrAppend(&out, "<li>", label_and_count.first, ": ", label_and_count.second, "</li>");
  }
  absl::StrAppend(&out, "</ul>\n</header>\n");
  if (report.discrepancies_size() > 0) {
    absl::StrAppend(&out, "<nav class=\"filters\" aria-label=\"Filters\">\n");
    AppendFilter("kind", "Kind", kinds, &out);
    AppendFilter("severity", "Severity", severities, &out);
    absl::StrAppend(&out,
                    "<label>Search <input type=\"search\" id=\"search\" "
                    "placeholder=\"name, place, document\"></label> <span id=\"shown\"></span>\n"
                    "</nav>\n");
  }
  absl::StrAppend(&out, "<main>\n");
  if (report.discrepancies_size() == 0) {
    absl::StrAppend(&out,
                    "<p class=\"none\">No discrepancies found: the sources agree on every fact "
                    "the checker could compare.</p>\n");
  }
  for (const Discrepancy& discrepancy : report.discrepancies()) AppendFinding(discrepancy, &out);
  absl::StrAppend(
      &out,
      "</main>\n<section class=\"documents\">\n<h2>Documents</h2>\n<table>\n"
      "<thead><tr><th>Document</th><th>Title</th><th>Dateline</th>"
      "<th>Sentences</th><th>Claims</th><th>Furniture lines</th></tr></thead>\n<tbody>\n");
  for (const DocumentSummary& document : report.documents()) {
    absl::StrAppend(&out, "<tr><td>", EscapeMarkup(document.id()), "</td><td>",
                    EscapeMarkup(document.title()), "</td><td>", EscapeMarkup(document.dateline()),
                    "</td><td class=\"number\">", document.sentences(),
                    "</td><td class=\"number\">", document.claims(), "</td><td class=\"number\">",
                    document.furniture_lines(), "</td></tr>\n");
  }
  absl::StrAppend(&out, "</tbody>\n</table>\n");
  if (report.skipped_size() > 0) {
    absl::StrAppend(&out, "<details open><summary>Skipped inputs (", report.skipped_size(),
                    ")</summary>\n<ul>\n");
    for (const SkippedInput& skipped : report.skipped()) {
      absl::StrAppend(&out, "<li><code>", EscapeMarkup(skipped.path()),
                      "</code>: ", EscapeMarkup(skipped.reason()), "</li>\n");
    }
    absl::StrAppend(&out, "</ul>\n</details>\n");
  }
  absl::StrAppend(&out, "</section>\n");
  if (report.discrepancies_size() > 0) absl::StrAppend(&out, "<script>", kScript, "</script>\n");
  absl::StrAppend(&out, "</body>\n</html>\n");
  return out;
}

}  // namespace factcheck
