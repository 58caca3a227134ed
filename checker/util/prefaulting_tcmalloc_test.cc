#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <memory>
#include <vector>

#include "gtest/gtest.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// TCMalloc's C interface, declared weak: null when the sanitizers' malloc
// replaces the test's (--custom_malloc), and with it the prefaulting.
extern "C" int MallocExtension_GetNumericProperty(const char* property, size_t* value)
    __attribute__((weak));

namespace factcheck {
namespace {

bool KernelPopulates() {
  const size_t page = static_cast<size_t>(getpagesize());
  void* probe = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (probe == MAP_FAILED) return false;
  const bool populates = madvise(probe, page, MADV_POPULATE_WRITE) == 0;
  munmap(probe, page);
  return populates;
}

// Pages of [data, data + size) in memory, by mincore.
size_t ResidentPages(const char* data, size_t size) {
  const uintptr_t page = static_cast<uintptr_t>(getpagesize());
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + page - 1) & ~(page - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + size) & ~(page - 1);
  std::vector<unsigned char> resident((end - begin) / page);
  EXPECT_EQ(mincore(reinterpret_cast<void*>(begin), end - begin, resident.data()), 0) << errno;
  size_t count = 0;
  for (unsigned char flags : resident) count += flags & 1;
  return count;
}

// Memory the heap grows by is in memory before it is written: its pages were
// faulted in at once when TCMalloc took them from the system.
TEST(PrefaultingTcmallocTest, MemoryTakenFromTheSystemIsInMemoryBeforeItIsWritten) {
  if (MallocExtension_GetNumericProperty == nullptr) GTEST_SKIP() << "not TCMalloc";
  if (!KernelPopulates()) GTEST_SKIP() << "the kernel cannot populate (Linux 5.14 can)";
  constexpr size_t kSize = size_t{64} << 20;       // more than the heap holds free at the start
  std::unique_ptr<char[]> block(new char[kSize]);  // not written
  const size_t pages = kSize / static_cast<size_t>(getpagesize());
  // The block may begin in free memory the heap had (its first megabyte),
  // never written; the rest is new. Without prefaulting, none is resident.
  EXPECT_GE(ResidentPages(block.get(), kSize), pages * 9 / 10);
}

}  // namespace
}  // namespace factcheck
