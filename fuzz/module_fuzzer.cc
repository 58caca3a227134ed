// One rule module, named by FUZZED_MODULE ("names", "places", "quantities",
// "events"), on any article: every claim quotes its sentence, with the
// claim's words highlighted inside it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "rules/events/events.h"
#include "rules/mentions/extract_for_tests.h"
#include "rules/mentions/mentions.h"
#include "rules/quantities/quantities.h"

namespace factcheck {
namespace {

std::shared_ptr<const RuleModule> CreateModule(absl::string_view name) {
  MentionFinder mentions =
      MentionFinder::Create(DefaultNameLexicon(), DefaultPlaceLexicon()).value();
  if (name == "names") return mentions.names();
  if (name == "places") return mentions.places();
  if (name == "quantities") {
    return QuantitiesModule::Create(DefaultQuantityLexicon(), mentions.places()).value();
  }
  if (name == "events") return EventsModule::Create(DefaultEventLexicon()).value();
  std::abort();  // FUZZED_MODULE names no module
}

const RuleModule& Module() {
  static const auto* module = new std::shared_ptr<const RuleModule>(CreateModule(FUZZED_MODULE));
  return **module;
}

}  // namespace
}  // namespace factcheck

// Compiles every pattern before the first input, whose time libFuzzer's
// -timeout limits: under ASan, compiling the lexicons takes seconds.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  factcheck::ExtractForTests(factcheck::Module(), "");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const factcheck::Claim& claim : factcheck::ExtractForTests(factcheck::Module(), text)) {
    const factcheck::Evidence& evidence = claim.evidence();
    if (evidence.excerpt().empty() || evidence.line() < 1 || evidence.highlight_begin() < 0 ||
        evidence.highlight_end() < evidence.highlight_begin() ||
        evidence.highlight_end() > static_cast<int>(evidence.excerpt().size())) {
      std::abort();
    }
  }
  return 0;
}
