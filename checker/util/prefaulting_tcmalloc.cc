// File: checker/util/prefaulting_tcmalloc.cc
//
// TCMalloc, with each piece of memory it takes from the system faulted in at
// once: the allocator of the checker binary and its benchmark, named by
// their `malloc` attribute (the sanitizers bring their own):
//
//   cc_binary(name = "checker", malloc = "//checker/util:prefaulting_tcmalloc", ...)
//
// A large run keeps millions of claims, and the heap grows to gigabytes a
// megabyte at a time. Left to itself, the kernel maps each 4 KB page at the
// first write to it: a fault for every page, 10 µs each on the virtual
// machines we measured (2.6 s a gigabyte). Asked to (MADV_POPULATE_WRITE,
// Linux 5.14), it maps a whole piece in one call for half that. TCMalloc
// asks the system for memory through a replaceable SysAllocator; this one
// passes the request on to TCMalloc's own and then populates what it got.
// On an older kernel the advice fails and pages are mapped as they are
// first written, as before.

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

#include "gperftools/malloc_extension.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older C libraries lack the name
#endif

namespace factcheck {
namespace {

class PrefaultingAllocator : public SysAllocator {
 public:
  explicit PrefaultingAllocator(SysAllocator* system) : system_(system) {}

  // Called by TCMalloc under its page heap lock: one caller at a time.
  void* Alloc(size_t size, size_t* actual_size, size_t alignment) override {
    void* memory = system_->Alloc(size, actual_size, alignment);
    if (memory == nullptr) return nullptr;
    // The whole pages of what was given.
    const uintptr_t page = static_cast<uintptr_t>(getpagesize());
    const uintptr_t address = reinterpret_cast<uintptr_t>(memory);
    const uintptr_t begin = (address + page - 1) & ~(page - 1);
    const uintptr_t end = (address + (actual_size != nullptr ? *actual_size : size)) & ~(page - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
    return memory;
  }

 private:
  SysAllocator* const system_;
};

// Installed before main(), while one thread runs, as TCMalloc requires.
// Never destroyed: TCMalloc may ask it for memory until the process ends.
const bool kInstalled = [] {
  MallocExtension* tcmalloc = MallocExtension::instance();
  tcmalloc->SetSystemAllocator(new PrefaultingAllocator(tcmalloc->GetSystemAllocator()));
  return true;
}();

}  // namespace
}  // namespace factcheck
