// File: tests/runfiles.h
//
// Where a test finds the project's files: `bazel test` puts each test's data
// dependencies under $TEST_SRCDIR/<workspace>/.
//
//   const std::string corpus = RunfilePath("testdata/corpus");

#ifndef FACTCHECK_TESTS_RUNFILES_H_
#define FACTCHECK_TESTS_RUNFILES_H_

#include <cstdlib>
#include <string>

namespace factcheck {

inline std::string RunfilePath(const std::string& path) {
  const char* root = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  if (root == nullptr || workspace == nullptr) return path;
  return std::string(root) + "/" + workspace + "/" + path;
}

}  // namespace factcheck

#endif  // FACTCHECK_TESTS_RUNFILES_H_
