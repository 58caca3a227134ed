#include "checker/util/release_memory.h"

#include <cstddef>
#include <memory>
#include <vector>

#include "gtest/gtest.h"

// TCMalloc's statistics (gperftools/malloc_extension_c.h): the test links
// TCMalloc (BUILD.bazel), but the sanitizers bring their own malloc.
extern "C" int MallocExtension_GetNumericProperty(const char* property, size_t* value)
    __attribute__((weak));

namespace factcheck {
namespace {

size_t UnmappedBytes() {
  size_t bytes = 0;
  MallocExtension_GetNumericProperty("tcmalloc.pageheap_unmapped_bytes", &bytes);
  return bytes;
}

TEST(ReleaseFreeMemoryTest, GivesBackWhatTheProgramFreed) {
  if (MallocExtension_GetNumericProperty == nullptr) GTEST_SKIP() << "not linked with TCMalloc";
  constexpr size_t kFreed = 64 << 20;
  {
    // Small blocks, as claims are.
    std::vector<std::unique_ptr<char[]>> blocks;
    for (size_t i = 0; i < kFreed / 128; ++i) blocks.emplace_back(new char[128]());
  }
  const size_t before = UnmappedBytes();
  ReleaseFreeMemory();
  EXPECT_GE(UnmappedBytes(), before + kFreed / 2);
}

}  // namespace
}  // namespace factcheck
