// File: checker/util/release_memory.h
//
// Hands the memory the allocator keeps for reuse back to the system. A run
// frees millions of small claims once comparison is done. TCMalloc keeps
// their pages for more objects of the same sizes, which the reports that
// follow do not ask for (the HTML report is one string of hundreds of
// megabytes on a large corpus), so without this both counted in the peak
// (README, "At scale").
//
//   absl::StatusOr<Report> report = checker->CheckCorpus(root, options);  // claims freed
//   ReleaseFreeMemory();
//   const std::string html = RenderHtml(*report);
//
// A no-op under any other allocator (the tests, the sanitizers).

#ifndef FACTCHECK_CHECKER_UTIL_RELEASE_MEMORY_H_
#define FACTCHECK_CHECKER_UTIL_RELEASE_MEMORY_H_

namespace factcheck {

void ReleaseFreeMemory();

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_RELEASE_MEMORY_H_
