#include "checker/util/release_memory.h"

// TCMalloc's C interface (gperftools/malloc_extension_c.h), declared weak:
// null unless the binary links TCMalloc through its `malloc` attribute.
extern "C" void MallocExtension_ReleaseFreeMemory() __attribute__((weak));

namespace factcheck {

void ReleaseFreeMemory() {
  if (MallocExtension_ReleaseFreeMemory != nullptr) MallocExtension_ReleaseFreeMemory();
}

}  // namespace factcheck
