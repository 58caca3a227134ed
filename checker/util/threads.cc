#include "checker/util/threads.h"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

namespace factcheck {

int ThreadsForJobs(int jobs) {
  const int threads =
      jobs > 0 ? jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  return std::min(threads, kMaxThreads);
}

void RunOnThreads(int threads, const std::function<void()>& work) {
  std::vector<std::thread> others;
  for (int i = 1; i < threads; ++i) {
    // std::thread tells a refused thread only by throwing: caught here, as
    // close to the library as can be, so that a system short of threads
    // makes the run slower, not a crash.
    try {
      others.emplace_back(work);
    } catch (const std::system_error&) {
      break;
    }
  }
  work();
  for (std::thread& thread : others) thread.join();
}

void RunTasks(int threads, const std::vector<std::function<void()>>& tasks) {
  std::atomic<size_t> next{0};
  RunOnThreads(std::min<int>(threads, static_cast<int>(tasks.size())), [&] {
    for (size_t task = next++; task < tasks.size(); task = next++) tasks[task]();
  });
}

void ForEachIndex(int threads, size_t count, const std::function<void(size_t)>& visit) {
  // Runs of indexes, so that threads rarely meet at the counter.
  constexpr size_t kRun = 64;
  std::atomic<size_t> next{0};
  RunOnThreads(static_cast<int>(std::min<size_t>(threads, (count + kRun - 1) / kRun)), [&] {
    for (size_t begin = next.fetch_add(kRun); begin < count; begin = next.fetch_add(kRun)) {
      for (size_t i = begin; i < std::min(begin + kRun, count); ++i) visit(i);
    }
  });
}

}  // namespace factcheck
