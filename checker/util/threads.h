// File: checker/util/threads.h
//
// Running work on several threads at once, the calling thread among them.
//
//   RunOnThreads(4, [&] { while (TakeNext(&item)) Process(item); });
//
//   // Each task once; with two threads the first runs while the others
//   // run one after another on the second.
//   RunTasks(2, {[&] { figures = FindFigures(); }, [&] { names = FindNames(); },
//                [&] { dates = FindDates(); }});
//
//   std::vector<Entity> people(groups.size());  // each slot written by one call
//   ForEachIndex(2, groups.size(), [&](size_t i) { people[i] = PersonOf(groups[i]); });

#ifndef FACTCHECK_CHECKER_UTIL_THREADS_H_
#define FACTCHECK_CHECKER_UTIL_THREADS_H_

#include <cstddef>
#include <functional>
#include <vector>

namespace factcheck {

// The most threads a `jobs` setting gets: more would only wait on each
// other, and past some thousands the system refuses them.
inline constexpr int kMaxThreads = 256;

// The threads a `jobs` setting asks for: `jobs` itself, or for 0 (or less)
// one per core; kMaxThreads at most.
int ThreadsForJobs(int jobs);

// Runs `work` on `threads` threads (at least one: the calling thread) and
// returns when every one has returned. Where the system gives fewer threads
// than asked, `work` runs on those it gives: it must take its share of the
// work until none is left, not a fixed part of it, as every caller's does.
void RunOnThreads(int threads, const std::function<void()>& work);

// Runs each of `tasks` once, on at most `threads` threads, and returns when
// all are done. Tasks start in order as threads come free: list the longest
// first.
void RunTasks(int threads, const std::vector<std::function<void()>>& tasks);

// Calls `visit(i)` once for each i from 0 to count - 1, on at most `threads`
// threads, and returns when all are done. Indexes are handed out in runs,
// in no order that a result should depend on.
void ForEachIndex(int threads, size_t count, const std::function<void(size_t)>& visit);

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_THREADS_H_
