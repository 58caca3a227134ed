#include "tests/evaluation/grading.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace factcheck {
namespace {

// The file name of a document id.
std::string FileName(const std::string& document) {
  const size_t slash = document.rfind('/');
  return slash == std::string::npos ? document : document.substr(slash + 1);
}

// Labels name documents by file name ("a.txt", as the shared grader does),
// or by their path in the corpus ("e000042/a.txt"): each document goes by
// both.
std::set<std::string> DocumentsOf(const Variant& variant) {
  std::set<std::string> documents;
  for (const Evidence& evidence : variant.evidence()) {
    documents.insert(FileName(evidence.document()));
    documents.insert(evidence.document());
  }
  return documents;
}

// Every string of a discrepancy or variant except its evidence and its id,
// lower case. The id is a hash, whose hex digits hold, by chance, figures a
// label forbids ("11", "84").
std::string Words(const Variant& variant) {
  return absl::AsciiStrToLower(absl::StrCat(variant.value(), " ", variant.normalized()));
}

std::string Words(const Discrepancy& discrepancy) {
  std::string words = absl::StrCat(
      DiscrepancyKind_Name(discrepancy.kind()), " ", Severity_Name(discrepancy.severity()), " ",
      discrepancy.subject(), " ", discrepancy.attribute(), " ", discrepancy.explanation());
  for (const Variant& variant : discrepancy.variants())
    absl::StrAppend(&words, " ", Words(variant));
  return absl::AsciiStrToLower(words);
}

bool GroupFits(const Variant& variant, const LabeledCorpus::Group& group,
               const std::set<std::string>& others) {
  const std::set<std::string> documents = DocumentsOf(variant);
  for (const std::string& document : group.documents()) {
    if (!documents.count(document)) return false;
  }
  for (const std::string& document : documents) {
    if (others.count(document)) return false;
  }

  return group.match().empty() ||
         absl::StrContains(Words(variant), absl::AsciiStrToLower(group.match()));
}

bool Reports(const Discrepancy& discrepancy, const LabeledCorpus::MustReport& expected) {
  if (!expected.kind().empty() && DiscrepancyKind_Name(discrepancy.kind()) != expected.kind()) {
    return false;
  }
  std::set<int> used;
  for (int i = 0; i < expected.groups_size(); ++i) {
    const LabeledCorpus::Group& group = expected.groups(i);
    std::set<std::string> others;
    for (int j = 0; j < expected.groups_size(); ++j) {
      if (j == i) continue;
      for (const std::string& document : expected.groups(j).documents()) {
        if (std::find(group.documents().begin(), group.documents().end(), document) ==
            group.documents().end()) {
          others.insert(document);
        }
      }
    }
    int hit = -1;
    for (int k = 0; k < discrepancy.variants_size() && hit < 0; ++k) {
      if (!used.count(k) && GroupFits(discrepancy.variants(k), group, others)) hit = k;
    }
    if (hit < 0) return false;
    used.insert(hit);
  }
  return true;
}

bool Offends(const Discrepancy& discrepancy, const LabeledCorpus::MustNotReport& forbidden) {
  if (!forbidden.kind().empty() && DiscrepancyKind_Name(discrepancy.kind()) != forbidden.kind()) {
    return false;
  }
  const std::string words = Words(discrepancy);
  for (const std::string& mention : forbidden.mentions_any()) {
    if (absl::StrContains(words, absl::AsciiStrToLower(mention))) return true;
  }
  for (const Variant& variant : discrepancy.variants()) {
    for (const std::string& document : DocumentsOf(variant)) {
      if (std::find(forbidden.documents_any().begin(), forbidden.documents_any().end(), document) !=
          forbidden.documents_any().end()) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

KindCounts& KindCounts::operator+=(const KindCounts& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
  return *this;
}

double KindCounts::Precision() const {
  const int reported = true_positives + false_positives;
  return reported == 0 ? 1.0 : static_cast<double>(true_positives) / reported;
}

double KindCounts::Recall() const {
  const int expected = true_positives + false_negatives;
  return expected == 0 ? 1.0 : static_cast<double>(true_positives) / expected;
}

Grade GradeReport(const LabeledCorpus& labels, const Report& report) {
  Grade grade;
  auto verdict = [&grade](bool ok, const std::string& line) {
    (ok ? grade.cases_passed : grade.cases_failed) += 1;
    grade.lines.push_back(absl::StrCat(ok ? "PASS " : "FAIL ", line));
  };
  std::vector<const Discrepancy*> loud;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    if (discrepancy.severity() >= WARNING) loud.push_back(&discrepancy);
  }
  // A discrepancy can only report what names one of its documents.
  std::map<std::string, std::vector<const Discrepancy*>> by_document;
  for (const Discrepancy& discrepancy : report.discrepancies()) {
    std::set<std::string> documents;
    for (const Variant& variant : discrepancy.variants()) {
      for (const std::string& document : DocumentsOf(variant)) documents.insert(document);
    }
    for (const std::string& document : documents) by_document[document].push_back(&discrepancy);
  }
  std::vector<const Discrepancy*> everything;
  for (const Discrepancy& discrepancy : report.discrepancies()) everything.push_back(&discrepancy);
  std::set<const Discrepancy*> matched;
  for (const LabeledCorpus::MustReport& expected : labels.must_report()) {
    const std::vector<const Discrepancy*>* candidates = &everything;
    if (expected.groups_size() > 0 && expected.groups(0).documents_size() > 0) {
      const auto found = by_document.find(expected.groups(0).documents(0));
      static const std::vector<const Discrepancy*> kNone;
      candidates = found == by_document.end() ? &kNone : &found->second;
    }
    const Discrepancy* found = nullptr;
    for (const Discrepancy* discrepancy : *candidates) {
      if (Reports(*discrepancy, expected)) {
        found = discrepancy;
        break;
      }
    }
    const std::string kind = expected.kind().empty() && found != nullptr
                                 ? DiscrepancyKind_Name(found->kind())
                             : expected.kind().empty() ? "ANY"
                                                       : expected.kind();
    KindCounts& counts = grade.by_kind[kind];
    if (found != nullptr) {
      ++counts.true_positives;
      matched.insert(found);
    } else {
      ++counts.false_negatives;
    }
    verdict(found != nullptr, absl::StrCat("reports ", expected.id(),
                                           found ? "" : absl::StrCat("  (", expected.why(), ")")));
  }
  for (const LabeledCorpus::MustNotReport& forbidden : labels.must_not_report()) {
    std::vector<std::string> offenders;
    for (const Discrepancy& discrepancy : report.discrepancies()) {
      if (Offends(discrepancy, forbidden)) offenders.push_back(discrepancy.subject());
    }
    verdict(offenders.empty(),
            absl::StrCat(
                "does not report ", forbidden.id(),
                offenders.empty() ? "" : absl::StrCat("  (", absl::StrJoin(offenders, ", "), ")")));
  }
  if (labels.has_max_discrepancies_at_warning_or_above()) {
    const int limit = labels.max_discrepancies_at_warning_or_above();
    verdict(static_cast<int>(loud.size()) <= limit,
            absl::StrCat("at most ", limit, " discrepancies at WARNING or above  (", loud.size(),
                         " reported)"));
  }
  for (const Discrepancy* discrepancy : loud) {
    if (matched.count(discrepancy)) continue;
    ++grade.by_kind[DiscrepancyKind_Name(discrepancy->kind())].false_positives;
    grade.lines.push_back(absl::StrCat("FALSE ALARM ", DiscrepancyKind_Name(discrepancy->kind()),
                                       " ", discrepancy->subject(), " (", discrepancy->attribute(),
                                       ")"));
  }
  return grade;
}

}  // namespace factcheck
