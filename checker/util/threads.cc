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

}  // namespace factcheck
