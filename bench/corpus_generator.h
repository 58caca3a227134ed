// File: bench/corpus_generator.h
//
// Writes realistic multi-source news for benchmarks and for measuring
// precision and recall at scale: many events (floods, fires, quakes,
// storms), each reported by several outlets in their own words, with page
// furniture (share lines, hashtags, timestamps), paragraphs of filler
// composed from parts (scenes, quoted witnesses, figures that are no
// claim or that every outlet gives alike), curly quotes in some outlets; and,
// in some events, one outlet that spells a person's name another way, gives
// a figure that cannot be true with the others', or dates a meeting on
// another day. What was planted is returned as a LabeledCorpus, the schema
// tests/evaluation grades a report against.
//
// The same options give the same corpus, byte for byte, on every machine.
//
//   CorpusGenerator generator({.articles = 1000, .seed = 7});
//   LabeledCorpus planted = generator.Generate([](const GeneratedArticle& article) {
//     WriteFile(root / article.id, article.text);
//   });

#ifndef FACTCHECK_BENCH_CORPUS_GENERATOR_H_
#define FACTCHECK_BENCH_CORPUS_GENERATOR_H_

#include <cstdint>
#include <functional>
#include <string>

#include "tests/evaluation/labels.pb.h"

namespace factcheck {

struct GeneratorOptions {
  int articles = 1000;
  uint64_t seed = 1;
  // The chance, per event, that one outlet disagrees on each kind of fact.
  double name_variant_rate = 0.15;
  double figure_conflict_rate = 0.15;
  double date_conflict_rate = 0.10;
};

struct GeneratedArticle {
  std::string id;      // its path in the corpus: "e000042/northern-post.txt"
  std::string date;    // "2025-03-14"
  std::string outlet;  // "northern-post.example"
  std::string body;    // the article without metadata
  std::string text;    // the article as a file: metadata lines, a blank line, the body
};

// The article as one line of a JSON Lines corpus (an ArticleRecord, with
// its id), without the newline.
std::string JsonLine(const GeneratedArticle& article);

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const GeneratorOptions& options);

  // Calls `write` for every article, in order, and returns what was planted
  // (LabeledCorpus.corpus is left for the caller to set).
  LabeledCorpus Generate(const std::function<void(const GeneratedArticle&)>& write);

 private:
  GeneratorOptions options_;
};

}  // namespace factcheck

#endif  // FACTCHECK_BENCH_CORPUS_GENERATOR_H_
