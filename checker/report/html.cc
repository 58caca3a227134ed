#include "checker/report/html.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "checker/corpus/utf8.h"
#include "checker/report/markup.h"
#include "checker/report/summary.h"

namespace factcheck {
namespace {

// The picture shows at most this many documents, those in the most findings.
constexpr int kMaxGraphDocuments = 40;
constexpr double kPi = 3.14159265358979323846;

constexpr absl::string_view kStyle = R"css(
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --paper: #ffffff; --wash: #f5f6f8;
        --error: #b3261e; --warning: #9a5b00; --info: #2f5d9a; --known: #8a8f99; --mark: #ffe58a;
        --pass: #1e7a3c; --kind-name: #7b3fa0; --kind-quantity: #b3261e; --kind-date: #1f6fb2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--wash); }
.page { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
header.summary { padding: 1.5rem 0 .5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
code { background: var(--paper); border: 1px solid var(--line); padding: 0 .3rem; border-radius: 3px; font-size: .9em; }
.verdict { display: inline-block; font-weight: 600; padding: .2rem .7rem; border-radius: 4px; color: #fff; margin: .4rem 0; }
.verdict.failed { background: var(--error); } .verdict.passed { background: var(--pass); }
.overview { display: grid; grid-template-columns: minmax(16rem, 1fr) minmax(20rem, 1.4fr); gap: 1rem; align-items: start; }
@media (max-width: 52rem) { .overview { grid-template-columns: 1fr; } }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; }
dl.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: .5rem; margin: 0 0 .8rem; }
dl.figures div { text-align: center; }
dl.figures dt { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
dl.figures dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
table.counts { border-collapse: collapse; width: 100%; font-size: .9rem; margin-bottom: .6rem; }
table.counts th, table.counts td { border-bottom: 1px solid var(--line); padding: .2rem .4rem; text-align: right; }
table.counts th:first-child, table.counts td:first-child { text-align: left; }
.settings { font-size: .85rem; color: var(--muted); margin: .3rem 0 0; }
details.inputs { font-size: .9rem; margin-top: .4rem; }
figure.graph { margin: 0; }
figure.graph svg { width: 100%; height: auto; display: block; }
figure.graph figcaption { font-size: .85rem; color: var(--muted); }
svg .edge { stroke-linecap: round; opacity: .75; }
svg .edge.NAME_SPELLING { stroke: var(--kind-name); } svg .edge.QUANTITY { stroke: var(--kind-quantity); }
svg .edge.DATE { stroke: var(--kind-date); } svg .edge.mixed { stroke: var(--ink); }
svg .edge.known { stroke: var(--known); stroke-dasharray: 4 4; }
svg .node circle { fill: var(--paper); stroke: var(--ink); stroke-width: 1.5; cursor: pointer; }
svg .node.in-findings circle { fill: #fde7c2; } svg .node.selected circle { fill: var(--mark); stroke-width: 3; }
svg .node text { font-size: 11px; fill: var(--ink); cursor: pointer; }
.legend { display: flex; flex-wrap: wrap; gap: .8rem; font-size: .8rem; color: var(--muted); margin: .2rem 0; }
.legend span::before { content: ""; display: inline-block; width: 1.2rem; height: 3px; vertical-align: middle; margin-right: .3rem; background: currentColor; }
.legend .NAME_SPELLING { color: var(--kind-name); } .legend .QUANTITY { color: var(--kind-quantity); }
.legend .DATE { color: var(--kind-date); } .legend .mixed { color: var(--ink); } .legend .known { color: var(--known); }
nav.filters { position: sticky; top: 0; z-index: 1; background: var(--wash); display: flex; flex-wrap: wrap;
              gap: .6rem 1rem; align-items: center; padding: .7rem 0; border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
nav.filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .1rem .6rem; margin: 0; background: var(--paper); }
nav.filters legend { font-size: .75rem; color: var(--muted); }
nav.filters label { margin-right: .5rem; white-space: nowrap; font-size: .9rem; }
input[type=search], select { font: inherit; font-size: .9rem; padding: .2rem .4rem; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); }
input[type=search] { min-width: 13rem; }
#shown, .keys { color: var(--muted); font-size: .85rem; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; background: var(--paper); font-size: .8rem; }
article.finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--line);
                  border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1rem; scroll-margin-top: 5rem; }
article.finding[hidden] { display: none; }
article.finding.severity-error { border-left-color: var(--error); }
article.finding.severity-warning { border-left-color: var(--warning); }
article.finding.severity-info { border-left-color: var(--info); }
article.finding.baselined { border-left-color: var(--known); }
article.finding:focus, article.finding:target { outline: 3px solid var(--info); outline-offset: 2px; }
article.finding > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; }
article.finding h2 { font-size: 1.15rem; margin: 0; flex: 1; min-width: 12rem; }
.attribute { color: var(--muted); font-weight: normal; }
.badge { font-size: .72rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
         border-radius: 3px; padding: .05rem .4rem; color: #fff; white-space: nowrap; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); } .badge.baselined { background: var(--known); }
.badge.accepted { background: var(--pass); }
.kind { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.permalink { color: var(--muted); text-decoration: none; font-size: .85rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
.explanation { margin: .6rem 0 .9rem; }
.variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .8rem; }
section.variant { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--wash); }
section.variant.accepted { border-color: var(--pass); }
section.variant h3 { font-size: 1.05rem; margin: 0; display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.normalized { margin: .1rem 0 .3rem; color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; }
.sources { margin: 0 0 .4rem; font-size: .85rem; color: var(--muted); }
ul.evidence { list-style: none; padding: 0; margin: 0; }
ul.evidence li { margin: 0 0 .6rem; }
.source { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; color: var(--muted); }
blockquote { margin: .15rem 0 0; padding-left: .6rem; border-left: 2px solid var(--line); }
mark { background: var(--mark); padding: 0 .1rem; border-radius: 2px; }
p.none { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
section.documents { padding: 1rem 0 2rem; }
table.documents { border-collapse: collapse; width: 100%; background: var(--paper); font-size: .9rem; }
table.documents th, table.documents td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
td.number { text-align: right; }
@media print {
  nav.filters, .permalink, .keys { display: none; }
  body { background: #fff; font-size: 11pt; }
  .panel, article.finding, section.variant { border-color: #999; }
  article.finding { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

constexpr absl::string_view kScript = R"js(
(function () {
  'use strict';
  var list = document.getElementById('findings');
  var cards = Array.prototype.slice.call(list.querySelectorAll('article.finding'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var search = document.getElementById('search');
  var documentFilter = document.getElementById('document-filter');
  var sort = document.getElementById('sort');
  var shown = document.getElementById('shown');
  var nodes = Array.prototype.slice.call(document.querySelectorAll('svg .node'));

  function allowed(name) {
    return boxes.filter(function (box) { return box.dataset.filter === name && box.checked; })
                .map(function (box) { return box.value; });
  }
  function visible() {
    return Array.prototype.slice.call(list.querySelectorAll('article.finding:not([hidden])'));
  }
  function update() {
    var kinds = allowed('kind'), severities = allowed('severity'), states = allowed('state');
    var source = documentFilter.value;
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    cards.forEach(function (card) {
      var text = card.textContent.toLowerCase();
      var show = kinds.indexOf(card.dataset.kind) >= 0 &&
                 severities.indexOf(card.dataset.severity) >= 0 &&
                 states.indexOf(card.dataset.state) >= 0 &&
                 (source === '' || card.dataset.documents.split('\n').indexOf(source) >= 0) &&
                 words.every(function (word) { return text.indexOf(word) >= 0; });
      card.hidden = !show;
    });
    nodes.forEach(function (node) {
      node.classList.toggle('selected', source !== '' && node.dataset.document === source);
    });
    shown.textContent = visible().length + ' of ' + cards.length + ' findings shown';
  }
  function reorder() {
    var key = sort.value;
    var sorted = cards.slice().sort(function (a, b) {
      var x = a.dataset[key], y = b.dataset[key];
      if (key === 'sources' || key === 'rank') { x = Number(x); y = Number(y); }
      if (key === 'sources') { x = -x; y = -y; }
      if (x < y) return -1;
      if (x > y) return 1;
      return Number(a.dataset.rank) - Number(b.dataset.rank);
    });
    sorted.forEach(function (card) { list.appendChild(card); });
  }
  function resetFilters() {
    boxes.forEach(function (box) { box.checked = true; });
    documentFilter.value = '';
    search.value = '';
    update();
  }
  function select(card) {
    card.focus({preventScroll: true});
    card.scrollIntoView({block: 'start'});
    history.replaceState(null, '', '#' + card.id);
  }
  function step(by) {
    var shownCards = visible();
    if (shownCards.length === 0) return;
    var at = shownCards.indexOf(document.activeElement);
    if (at < 0 && location.hash) at = shownCards.indexOf(document.getElementById(location.hash.slice(1)));
    var next = at < 0 ? (by > 0 ? 0 : shownCards.length - 1)
                      : Math.min(shownCards.length - 1, Math.max(0, at + by));
    select(shownCards[next]);
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var card = id ? document.getElementById(id) : null;
    if (!card || !card.classList.contains('finding')) return;
    if (card.hidden) resetFilters();
    card.focus({preventScroll: true});
    card.scrollIntoView({block: 'start'});
  }

  boxes.forEach(function (box) { box.addEventListener('change', update); });
  search.addEventListener('input', update);
  documentFilter.addEventListener('change', update);
  sort.addEventListener('change', reorder);
  nodes.forEach(function (node) {
    node.addEventListener('click', function () {
      documentFilter.value = documentFilter.value === node.dataset.document ? '' : node.dataset.document;
      update();
    });
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (event.key === 'j') { step(1); event.preventDefault(); }
    else if (event.key === 'k') { step(-1); event.preventDefault(); }
    else if (event.key === '/') { search.focus(); event.preventDefault(); }
  });
  window.addEventListener('hashchange', reveal);
  update();
  reveal();
})();
)js";

// The documents each variant of a finding comes from, in order. A figure
// may be stated by thousands of documents alike.
std::vector<std::string> DocumentsOf(const Variant& variant) {
  std::vector<std::string> documents;
  absl::flat_hash_set<absl::string_view> seen;
  for (const Evidence& evidence : variant.evidence()) {
    if (seen.insert(evidence.document()).second) documents.push_back(evidence.document());
  }
  return documents;
}

std::vector<std::string> DocumentsOf(const Discrepancy& discrepancy) {
  std::set<std::string> documents;
  for (const Variant& variant : discrepancy.variants()) {
    for (const std::string& document : DocumentsOf(variant)) documents.insert(document);
  }
  return {documents.begin(), documents.end()};
}

// ---------------------------------------------------------------------------
// The picture: documents as nodes on a circle, findings as edges between
// documents that state different variants.

struct GraphEdge {
  std::set<std::string> kinds;
  std::vector<std::string> findings;  // "Name spelling: Blinken"
  bool all_baselined = true;
};

struct DocumentGraph {
  std::vector<std::string> documents;      // shown, sorted by id
  int left_out = 0;                        // documents in findings, not shown
  std::map<std::string, int> findings_of;  // document -> findings it is in
  std::map<std::pair<std::string, std::string>, GraphEdge> edges;
};

DocumentGraph BuildGraph(const Report& report) {
  DocumentGraph graph;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    for (const std::string& document : DocumentsOf(discrepancy)) ++graph.findings_of[document];
  }
  // The documents in the most findings, then the rest, up to the limit.
  std::vector<std::pair<int, std::string>> ranked;
  for (const DocumentSummary& document : report.documents()) {
    const auto found = graph.findings_of.find(document.id());
    ranked.emplace_back(found == graph.findings_of.end() ? 0 : -found->second, document.id());
  }
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [negative_count, id] : ranked) {
    if (static_cast<int>(graph.documents.size()) < kMaxGraphDocuments) {
      graph.documents.push_back(id);
    } else if (negative_count < 0) {
      ++graph.left_out;
    }
  }
  std::sort(graph.documents.begin(), graph.documents.end());
  const std::set<std::string> shown(graph.documents.begin(), graph.documents.end());
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    const std::string label =
        absl::StrCat(KindTitle(discrepancy.kind()), ": ", discrepancy.subject(), " (",
                     discrepancy.attribute(), ")");
    // Only shown documents are paired: a finding in thousands of documents
    // has millions of pairs, all but a few off the picture.
    std::vector<std::vector<std::string>> shown_of_variant;
    for (const Variant& variant : discrepancy.variants()) {
      std::vector<std::string>& documents = shown_of_variant.emplace_back(DocumentsOf(variant));
      documents.erase(std::remove_if(documents.begin(), documents.end(),
                                     [&shown](const std::string& id) { return !shown.count(id); }),
                      documents.end());
    }
    std::set<std::pair<std::string, std::string>> pairs;
    for (size_t i = 0; i < shown_of_variant.size(); ++i) {
      for (size_t j = i + 1; j < shown_of_variant.size(); ++j) {
        for (const std::string& a : shown_of_variant[i]) {
          for (const std::string& b : shown_of_variant[j]) {
            if (a != b) pairs.insert(std::minmax(a, b));
          }
        }
      }
    }
    for (const auto& pair : pairs) {
      GraphEdge& edge = graph.edges[pair];
      edge.kinds.insert(DiscrepancyKind_Name(discrepancy.kind()));
      edge.findings.push_back(label);
      edge.all_baselined = edge.all_baselined && discrepancy.baselined();
    }
  }
  return graph;
}

// A document's label in the picture: its outlet, else its id, shortened.
std::string NodeLabel(const DocumentSummary* summary, const std::string& id) {
  constexpr size_t kMaxLabel = 22;
  return Shortened(summary != nullptr && !summary->outlet().empty() ? summary->outlet() : id,
                   kMaxLabel);
}

void AppendGraph(const Report& report, std::string* out) {
  const DocumentGraph graph = BuildGraph(report);
  std::map<std::string, const DocumentSummary*> summaries;
  for (const DocumentSummary& document : report.documents()) summaries[document.id()] = &document;
  constexpr double kWidth = 640, kHeight = 420, kRadius = 150;
  const double cx = kWidth / 2, cy = kHeight / 2;
  const int count = static_cast<int>(graph.documents.size());
  std::map<std::string, std::pair<double, double>> at;
  for (int i = 0; i < count; ++i) {
    const double angle = count == 1 ? 0 : 2 * kPi * i / count - kPi / 2;
    const double radius = count == 1 ? 0 : kRadius;
    at[graph.documents[i]] = {cx + radius * std::cos(angle), cy + radius * std::sin(angle)};
  }
  absl::StrAppend(out, "<figure class=\"graph\"><svg viewBox=\"0 0 ", kWidth, " ", kHeight,
                  "\" role=\"img\" aria-labelledby=\"graph-caption\">\n");
  for (const auto& [pair, edge] : graph.edges) {
    const auto [x1, y1] = at.at(pair.first);
    const auto [x2, y2] = at.at(pair.second);
    const std::string kind = edge.kinds.size() == 1 ? *edge.kinds.begin() : "mixed";
    const double width = 1.5 + 1.5 * std::log2(static_cast<double>(edge.findings.size()));
    absl::StrAppend(
        out,
        absl::StrFormat("<line class=\"edge %s%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        "stroke-width=\"%.1f\">",
                        kind, edge.all_baselined ? " known" : "", x1, y1, x2, y2, width),
        "<title>",
        EscapeMarkup(absl::StrCat(pair.first, " and ", pair.second, " disagree on ",
                                  absl::StrJoin(edge.findings, "; "))),
        "</title></line>\n");
  }
  for (const std::string& id : graph.documents) {
    const auto [x, y] = at.at(id);
    const auto found = graph.findings_of.find(id);
    const int findings = found == graph.findings_of.end() ? 0 : found->second;
    const double radius = 6 + 2 * std::sqrt(static_cast<double>(findings));
    // Labels point away from the centre.
    const double dx = x - cx, dy = y - cy;
    const double length = std::max(1.0, std::sqrt(dx * dx + dy * dy));
    const double lx = count == 1 ? x : x + dx / length * (radius + 6);
    const double ly = count == 1 ? y - radius - 6 : y + dy / length * (radius + 6) + 4;
    const char* anchor = count == 1 || std::abs(dx) < 20 ? "middle" : (dx > 0 ? "start" : "end");
    const auto summary = summaries.find(id);
    absl::StrAppend(
        out, "<g class=\"node", findings > 0 ? " in-findings" : "", "\" data-document=\"",
        EscapeMarkup(id), "\">",
        absl::StrFormat("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"></circle>", x, y, radius),
        absl::StrFormat("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", lx, ly, anchor),
        EscapeMarkup(NodeLabel(summary == summaries.end() ? nullptr : summary->second, id)),
        "</text><title>",
        EscapeMarkup(absl::StrCat(id, ": in ", Plural(findings, "finding", "findings"))),
        "</title></g>\n");
  }
  absl::StrAppend(out, "</svg>\n<div class=\"legend\">");
  for (const DiscrepancyKind kind : {NAME_SPELLING, QUANTITY, DATE}) {
    absl::StrAppend(out, "<span class=\"", DiscrepancyKind_Name(kind), "\">", KindTitle(kind),
                    "</span>");
  }
  absl::StrAppend(out,
                  "<span class=\"mixed\">Several kinds</span><span class=\"known\">Baselined "
                  "only</span></div>\n");
  absl::StrAppend(
      out,
      "<figcaption id=\"graph-caption\">Each document is a circle, larger the more "
      "findings it is in; a line joins two documents that disagree, thicker for more "
      "findings. Click a document to show only its findings.",
      graph.left_out > 0
          ? absl::StrCat(" The ", Plural(graph.left_out, "other document", "other documents"),
                         " in findings are listed in the table below.")
          : "",
      "</figcaption></figure>\n");
}

// ---------------------------------------------------------------------------
// The summary header.

// A list of inputs and what befell them, open: "2 inputs skipped".
void AppendInputNotes(const std::vector<InputNote>& notes, absl::string_view one,
                      absl::string_view many, absl::string_view what, std::string* out) {
  if (notes.empty()) return;
  absl::StrAppend(out, "<details class=\"inputs\" open><summary>",
                  Plural(static_cast<int>(notes.size()), one, many), " ", what,
                  "</summary>\n<ul>\n");
  for (const InputNote& note : notes) {
    absl::StrAppend(out, "<li><code>", EscapeMarkup(note.input),
                    "</code>: ", EscapeMarkup(note.note), "</li>\n");
  }
  absl::StrAppend(out, "</ul>\n</details>\n");
}

void AppendSummary(const Report& report, std::string* out) {
  int baselined = 0;
  std::map<DiscrepancyKind, std::map<Severity, int>> counts;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    ++counts[discrepancy.kind()][discrepancy.severity()];
    if (discrepancy.baselined()) ++baselined;
  }
  absl::StrAppend(out, "<header class=\"summary\">\n<h1>Fact-consistency report</h1>\n",
                  "<p>Corpus <code>", EscapeMarkup(report.corpus()), "</code></p>\n");
  if (const std::string gate = GateLine(report); !gate.empty()) {
    absl::StrAppend(out, "<p class=\"verdict ", report.gate().failing() > 0 ? "failed" : "passed",
                    "\">", EscapeMarkup(gate), "</p>\n");
  }
  absl::StrAppend(out, "<div class=\"overview\">\n<div class=\"panel\">\n<dl class=\"figures\">");
  for (const auto& [label, value] :
       std::vector<std::pair<const char*, int>>{{"Documents", report.documents_size()},
                                                {"Skipped", report.skipped_size()},
                                                {"Claims", report.claims()},
                                                {"Findings", report.discrepancies_size()}}) {
    absl::StrAppend(out, "<div><dt>", label, "</dt><dd>", value, "</dd></div>");
  }
  absl::StrAppend(out, "</dl>\n");
  if (!counts.empty()) {
    absl::StrAppend(out, "<table class=\"counts\"><thead><tr><th>Kind</th>");
    for (const Severity severity : {ERROR, WARNING, INFO}) {
      absl::StrAppend(out, "<th>", SeverityTitle(severity), "</th>");
    }
    absl::StrAppend(out, "</tr></thead><tbody>");
    for (const auto& [kind, by_severity] : counts) {
      absl::StrAppend(out, "<tr><td>", KindTitle(kind), "</td>");
      for (const Severity severity : {ERROR, WARNING, INFO}) {
        const auto found = by_severity.find(severity);
        absl::StrAppend(out, "<td>", found == by_severity.end() ? 0 : found->second, "</td>");
      }
      absl::StrAppend(out, "</tr>");
    }
    absl::StrAppend(out, "</tbody></table>\n");
  }
  absl::StrAppend(out, "<p>", EscapeMarkup(SummaryLine(report)),
                  baselined > 0 ? absl::StrCat(" ", baselined, " baselined.") : "", "</p>\n");
  if (!report.gate().config().empty() || !report.gate().baseline().empty()) {
    absl::StrAppend(out, "<p class=\"settings\">");
    if (!report.gate().config().empty()) {
      absl::StrAppend(out, "Configuration <code>", EscapeMarkup(report.gate().config()),
                      "</code> ");
    }
    if (!report.gate().baseline().empty()) {
      absl::StrAppend(out, "Baseline <code>", EscapeMarkup(report.gate().baseline()), "</code>");
    }
    absl::StrAppend(out, "</p>\n");
  }
  AppendInputNotes(SkippedNotes(report), "input", "inputs", "skipped", out);
  AppendInputNotes(RepairNotes(report), "document", "documents", "repaired", out);
  absl::StrAppend(out, "</div>\n<div class=\"panel\">\n");
  AppendGraph(report, out);
  absl::StrAppend(out, "</div>\n</div>\n</header>\n");
}

// ---------------------------------------------------------------------------
// Filters and finding cards.

// A fieldset of checkboxes, one per value, each with its count.
void AppendCheckboxes(absl::string_view name, absl::string_view legend,
                      const std::vector<std::pair<std::string, std::string>>& values,
                      const std::map<std::string, int>& counts, std::string* out) {
  absl::StrAppend(out, "<fieldset><legend>", legend, "</legend>");
  for (const auto& [value, label] : values) {
    const auto found = counts.find(value);
    if (found == counts.end()) continue;
    absl::StrAppend(out, "<label><input type=\"checkbox\" data-filter=\"", name, "\" value=\"",
                    value, "\" checked> ", label, " (", found->second, ")</label>");
  }
  absl::StrAppend(out, "</fieldset>\n");
}

void AppendFilters(const Report& report, std::string* out) {
  std::map<std::string, int> kinds, severities, states, documents;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    ++kinds[DiscrepancyKind_Name(discrepancy.kind())];
    ++severities[Severity_Name(discrepancy.severity())];
    ++states[discrepancy.baselined() ? "baselined" : "new"];
    for (const std::string& document : DocumentsOf(discrepancy)) ++documents[document];
  }
  std::vector<std::pair<std::string, std::string>> kind_values, severity_values;
  for (const DiscrepancyKind kind : {NAME_SPELLING, QUANTITY, DATE}) {
    kind_values.emplace_back(DiscrepancyKind_Name(kind), KindTitle(kind));
  }
  for (const Severity severity : {ERROR, WARNING, INFO}) {
    severity_values.emplace_back(Severity_Name(severity), SeverityTitle(severity));
  }
  absl::StrAppend(out, "<nav class=\"filters\" aria-label=\"Filters\">\n");
  AppendCheckboxes("kind", "Kind", kind_values, kinds, out);
  AppendCheckboxes("severity", "Severity", severity_values, severities, out);
  AppendCheckboxes("state", "State", {{"new", "Not baselined"}, {"baselined", "Baselined"}}, states,
                   out);
  std::map<std::string, std::string> outlets;
  for (const DocumentSummary& document : report.documents()) {
    outlets[document.id()] = document.outlet();
  }
  absl::StrAppend(out,
                  "<label>Document <select id=\"document-filter\"><option value=\"\">All "
                  "documents</option>");
  for (const auto& [document, count] : documents) {
    const std::string& outlet = outlets[document];
    absl::StrAppend(out, "<option value=\"", EscapeMarkup(document), "\">", EscapeMarkup(document),
                    outlet.empty() ? "" : absl::StrCat(" \xE2\x80\x94 ", EscapeMarkup(outlet)),
                    " (", count, ")</option>");
  }
  absl::StrAppend(
      out,
      "</select></label>\n<label>Sort <select id=\"sort\"><option value=\"rank\">new, most severe "
      "first</option><option value=\"kind\">kind</option><option value=\"subject\">subject"
      "</option><option value=\"sources\">most sources</option></select></label>\n"
      "<label>Search <input type=\"search\" id=\"search\" placeholder=\"name, place, "
      "words\"></label>\n<span id=\"shown\"></span>\n<span class=\"keys\"><kbd>j</kbd> "
      "<kbd>k</kbd> next, previous \xC2\xB7 <kbd>/</kbd> search</span>\n</nav>\n");
}

void AppendEvidence(const Evidence& evidence, std::string* out) {
  const ExcerptParts parts = SplitExcerpt(evidence);
  absl::StrAppend(out, "<li><span class=\"source\">", EscapeMarkup(evidence.document()), ":",
                  evidence.line(), "</span><blockquote>", EscapeMarkup(parts.before), "<mark>",
                  EscapeMarkup(parts.claim), "</mark>", EscapeMarkup(parts.after),
                  "</blockquote></li>\n");
}

void AppendFinding(const Discrepancy& discrepancy, int rank, std::string* out) {
  const std::string severity = SeverityWord(discrepancy.severity());
  const std::string id = EscapeMarkup(discrepancy.id());
  const std::vector<std::string> documents = DocumentsOf(discrepancy);
  absl::StrAppend(
      out, "<article class=\"finding severity-", severity,
      discrepancy.baselined() ? " baselined" : "", "\" id=\"finding-", id,
      "\" tabindex=\"-1\" data-kind=\"", DiscrepancyKind_Name(discrepancy.kind()),
      "\" data-severity=\"", Severity_Name(discrepancy.severity()), "\" data-state=\"",
      discrepancy.baselined() ? "baselined" : "new", "\" data-rank=\"", rank, "\" data-subject=\"",
      EscapeMarkup(absl::AsciiStrToLower(discrepancy.subject())), "\" data-sources=\"",
      documents.size(), "\" data-documents=\"", EscapeMarkup(absl::StrJoin(documents, "\n")),
      "\">\n<header><span class=\"badge ", severity, "\">", SeverityTitle(discrepancy.severity()),
      "</span>", discrepancy.baselined() ? "<span class=\"badge baselined\">Baselined</span>" : "",
      "<span class=\"kind\">", KindTitle(discrepancy.kind()), "</span><h2>",
      EscapeMarkup(discrepancy.subject()), " <span class=\"attribute\">\xE2\x80\x94 ",
      EscapeMarkup(discrepancy.attribute()), "</span></h2><a class=\"permalink\" href=\"#finding-",
      id, "\" title=\"Link to this finding\">#", id, "</a></header>\n<p class=\"explanation\">",
      EscapeMarkup(discrepancy.explanation()), "</p>\n<div class=\"variants\">\n");
  for (const Variant& variant : discrepancy.variants()) {
    const std::vector<std::string> sources = DocumentsOf(variant);
    absl::StrAppend(out, "<section class=\"variant", variant.accepted() ? " accepted" : "",
                    "\"><h3>\xE2\x80\x9C", EscapeMarkup(variant.value()), "\xE2\x80\x9D",
                    variant.accepted() ? "<span class=\"badge accepted\">Accepted</span>" : "",
                    "</h3><p class=\"normalized\">", EscapeMarkup(variant.normalized()),
                    "</p>\n<p class=\"sources\">",
                    sources.empty()
                        ? "No source uses this spelling."
                        : EscapeMarkup(absl::StrCat(Plural(sources.size(), "source", "sources"),
                                                    ": ", absl::StrJoin(sources, ", "))),
                    "</p>\n<ul class=\"evidence\">\n");
    for (const Evidence& evidence : variant.evidence()) AppendEvidence(evidence, out);
    absl::StrAppend(out, "</ul></section>\n");
  }
  absl::StrAppend(out, "</div>\n</article>\n");
}

void AppendDocuments(const Report& report, std::string* out) {
  std::map<std::string, int> findings_of;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    for (const std::string& document : DocumentsOf(discrepancy)) ++findings_of[document];
  }
  absl::StrAppend(out,
                  "<section class=\"documents\">\n<h2>Documents</h2>\n<table class=\"documents\">\n"
                  "<thead><tr><th>Document</th><th>Outlet</th><th>Title</th><th>Dateline</th>"
                  "<th>Sentences</th><th>Claims</th><th>Findings</th></tr></thead>\n<tbody>\n");
  for (const DocumentSummary& document : report.documents()) {
    absl::StrAppend(
        out, "<tr><td>", EscapeMarkup(document.id()), "</td><td>", EscapeMarkup(document.outlet()),
        "</td><td>", EscapeMarkup(document.title()), "</td><td>", EscapeMarkup(document.dateline()),
        document.dateline_from_url() ? " <span class=\"source\">from its URL</span>" : "",
        "</td><td class=\"number\">", document.sentences(), "</td><td class=\"number\">",
        document.claims(), "</td><td class=\"number\">", findings_of[document.id()],
        "</td></tr>\n");
  }
  absl::StrAppend(out, "</tbody>\n</table>\n</section>\n");
}

}  // namespace

std::string RenderHtml(const Report& report) {
  std::string out = absl::StrCat(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Nothing is ever fetched: the page works offline and from file://.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Fact-consistency report: ",
      EscapeMarkup(report.corpus()), "</title>\n<style>", kStyle,
      "</style>\n</head>\n<body>\n<div class=\"page\">\n");
  AppendSummary(report, &out);
  if (report.discrepancies_size() > 0) AppendFilters(report, &out);
  absl::StrAppend(&out, "<main id=\"findings\">\n");
  if (report.discrepancies_size() == 0) {
    absl::StrAppend(&out,
                    "<p class=\"none\">No discrepancies found: the sources agree on every fact "
                    "the checker could compare.</p>\n");
  }
  // Findings that need attention first, the baselined after them.
  std::vector<const Discrepancy*> ordered;
  for (const Discrepancy& discrepancy : report.discrepancies()) ordered.push_back(&discrepancy);
  std::stable_partition(ordered.begin(), ordered.end(),
                        [](const Discrepancy* discrepancy) { return !discrepancy->baselined(); });
  for (size_t rank = 0; rank < ordered.size(); ++rank) {
    AppendFinding(*ordered[rank], static_cast<int>(rank), &out);
  }
  absl::StrAppend(&out, "</main>\n");
  AppendDocuments(report, &out);
  absl::StrAppend(&out, "</div>\n");
  if (report.discrepancies_size() > 0) absl::StrAppend(&out, "<script>", kScript, "</script>\n");
  absl::StrAppend(&out, "</body>\n</html>\n");
  return out;
}

}  // namespace factcheck
