#include "rules/evidence.h"

#include <string>

namespace factcheck {

absl::string_view SentenceText(const Document& document, int index) {
  const Sentence& sentence = document.sentences(index);
  return absl::string_view(document.text())
      .substr(sentence.begin(), sentence.end() - sentence.begin());
}

Evidence MakeEvidence(const Document& document, int index, int begin, int end) {
  Evidence evidence;
  evidence.set_document(document.id());
  evidence.set_line(document.sentences(index).line());
  evidence.set_excerpt(std::string(SentenceText(document, index)));
  evidence.set_highlight_begin(begin);
  evidence.set_highlight_end(end);
  evidence.set_sentence(index);
  return evidence;
}

}  // namespace factcheck
