#include "checker/util/threads.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

TEST(ThreadsForJobsTest, AsManyAsAskedOrOnePerCore) {
  EXPECT_EQ(ThreadsForJobs(3), 3);
  EXPECT_EQ(ThreadsForJobs(0), std::max(1, static_cast<int>(std::thread::hardware_concurrency())));
  EXPECT_EQ(ThreadsForJobs(-2), ThreadsForJobs(0));
  // --jobs=100000 once crashed the checker: the system refused a thread.
  EXPECT_EQ(ThreadsForJobs(kMaxThreads + 1), kMaxThreads);
  EXPECT_EQ(ThreadsForJobs(100000), kMaxThreads);
}

TEST(RunOnThreadsTest, RunsWorkOncePerThreadAndWaitsForAll) {
  for (const int threads : {1, 2, 5}) {
    std::atomic<int> runs{0};
    std::mutex mutex;
    std::set<std::thread::id> ids;
    RunOnThreads(threads, [&] {
      ++runs;
      std::lock_guard<std::mutex> lock(mutex);
      ids.insert(std::this_thread::get_id());
    });
    EXPECT_EQ(runs, threads);
    EXPECT_EQ(ids.size(), static_cast<size_t>(threads));
    EXPECT_EQ(ids.count(std::this_thread::get_id()), 1u) << "the caller works too";
  }
}

TEST(RunOnThreadsTest, ZeroThreadsStillRunsOnTheCaller) {
  int runs = 0;
  RunOnThreads(0, [&] { ++runs; });
  EXPECT_EQ(runs, 1);
}

TEST(RunTasksTest, RunsEachTaskOnce) {
  for (const int threads : {1, 2, 8}) {
    for (const size_t size : {0, 1, 20}) {
      std::vector<std::atomic<int>> runs(size);
      std::atomic<int> total{0};
      std::vector<std::function<void()>> tasks;
      for (auto& count : runs) {
        tasks.push_back([&count, &total] {
          ++count;
          ++total;
        });
      }
      RunTasks(threads, tasks);
      for (const auto& count : runs) EXPECT_EQ(count, 1) << threads << " threads";
      EXPECT_EQ(total, static_cast<int>(size)) << threads << " threads, " << size << " tasks";
    }
  }
}

TEST(RunTasksTest, OneThreadRunsTheTasksInOrderOnTheCaller) {
  std::vector<int> order;
  std::vector<std::thread::id> ids;
  std::vector<std::function<void()>> tasks;
  for (int i = 0; i < 3; ++i) {
    tasks.push_back([&, i] {
      order.push_back(i);
      ids.push_back(std::this_thread::get_id());
    });
  }
  RunTasks(1, tasks);
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2}));
  for (const std::thread::id id : ids) EXPECT_EQ(id, std::this_thread::get_id());
}

TEST(ForEachIndexTest, VisitsEachIndexOnce) {
  for (const int threads : {1, 2, 8}) {
    for (const size_t count : {0, 1, 63, 64, 65, 1000}) {
      std::vector<std::atomic<int>> visits(count);
      std::mutex mutex;
      std::set<std::thread::id> ids;
      ForEachIndex(threads, count, [&](size_t i) {
        ++visits[i];
        std::lock_guard<std::mutex> lock(mutex);
        ids.insert(std::this_thread::get_id());
      });
      for (size_t i = 0; i < count; ++i) {
        EXPECT_EQ(visits[i], 1) << "index " << i << " of " << count << ", " << threads
                                << " threads";
      }
      EXPECT_LE(ids.size(), static_cast<size_t>(std::max(threads, 1)));
    }
  }
}

}  // namespace
}  // namespace factcheck
