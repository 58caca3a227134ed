#include "checker/util/threads.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace factcheck {

int ThreadsForJobs(int jobs) {
  return jobs > 0 ? jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void RunOnThreads(int threads, const std::function<void()>& work) {
  std::vector<std::thread> others;
  for (int i = 1; i < threads; ++i) others.emplace_back(work);
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
