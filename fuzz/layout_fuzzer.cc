// The segmenter on any text: furniture, headings and sentences that lie
// inside the body, in order, without overlap.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "absl/strings/string_view.h"
#include "checker/corpus/loader.h"
#include "checker/text/layout.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const factcheck::LayoutAnalyzer* layout = new factcheck::LayoutAnalyzer(
      factcheck::LayoutAnalyzer::Create(factcheck::DefaultLayoutRules()).value());
  absl::StatusOr<factcheck::Document> document = factcheck::ParseDocument(
      "fuzz.txt", absl::string_view(reinterpret_cast<const char*>(data), size));
  if (!document.ok()) return 0;
  layout->Analyze(&*document);
  int previous_end = document->body_begin();
  for (const factcheck::Sentence& sentence : document->sentences()) {
    if (sentence.begin() < previous_end || sentence.end() < sentence.begin() ||
        sentence.end() > static_cast<int>(document->text().size()) || sentence.line() < 1) {
      std::abort();
    }
    previous_end = sentence.end();
  }
  return 0;
}
