#include "checker/util/memory_budget.h"

#include <atomic>
#include <functional>
#include <future>
#include <optional>
#include <thread>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// Yields until `done` says so; a test that never gets there times out.
void WaitUntil(const std::function<bool()>& done) {
  while (!done()) std::this_thread::yield();
}

// A thread that takes a share of a budget and holds it until released.
class Holder {
 public:
  Holder(MemoryBudget* budget, int64_t bytes)
      : thread_([this, budget, bytes, released = release_.get_future()] {
          const MemoryBudget::Share share = budget->Take(bytes);
          taken_ = true;
          released.wait();
        }) {}
  ~Holder() { Release(); }

  bool taken() const { return taken_; }
  void Release() {
    if (!thread_.joinable()) return;
    release_.set_value();
    thread_.join();
  }

 private:
  std::promise<void> release_;
  std::atomic<bool> taken_{false};
  std::thread thread_;
};

// Waits until `waiting` callers wait for their shares of `budget`, or
// `holder` has its own; whether `holder` is still waiting.
bool IsWaiting(const MemoryBudget& budget, int waiting, const Holder& holder) {
  WaitUntil([&] { return budget.waiting() == waiting || holder.taken(); });
  return !holder.taken();
}

TEST(MemoryBudgetTest, SharesThatFitAreTakenAtOnce) {
  MemoryBudget budget(100);
  const MemoryBudget::Share first = budget.Take(40);
  const MemoryBudget::Share second = budget.Take(60);
  const MemoryBudget::Share nothing = budget.Take(0);
  EXPECT_EQ(budget.waiting(), 0);
}

TEST(MemoryBudgetTest, AShareWaitsUntilItFits) {
  MemoryBudget budget(100);
  std::optional<MemoryBudget::Share> held(budget.Take(80));
  Holder asking(&budget, 30);
  EXPECT_TRUE(IsWaiting(budget, 1, asking));
  held.reset();
  WaitUntil([&] { return asking.taken(); });
  EXPECT_EQ(budget.waiting(), 0);
}

TEST(MemoryBudgetTest, AShareLargerThanTheWholeWaitsUntilNothingIsHeldThenHoldsAll) {
  MemoryBudget budget(100);
  std::optional<MemoryBudget::Share> small(budget.Take(1));
  Holder large(&budget, 1000);
  EXPECT_TRUE(IsWaiting(budget, 1, large));
  small.reset();
  WaitUntil([&] { return large.taken(); });
  Holder after(&budget, 1);
  EXPECT_TRUE(IsWaiting(budget, 1, after));
  large.Release();
  WaitUntil([&] { return after.taken(); });
}

TEST(MemoryBudgetTest, SharesAreGivenInTheOrderAskedSoALargeOneIsNotStarved) {
  MemoryBudget budget(100);
  std::optional<MemoryBudget::Share> held(budget.Take(60));
  Holder large(&budget, 100);
  EXPECT_TRUE(IsWaiting(budget, 1, large));
  Holder small(&budget, 10);  // fits beside `held`, but asked after `large`
  EXPECT_TRUE(IsWaiting(budget, 2, small));
  EXPECT_FALSE(large.taken());
  held.reset();
  WaitUntil([&] { return large.taken(); });
  EXPECT_EQ(budget.waiting(), 1);
  EXPECT_FALSE(small.taken());
  large.Release();
  WaitUntil([&] { return small.taken(); });
}

TEST(MemoryBudgetTest, AMovedShareIsGivenBackOnce) {
  MemoryBudget budget(100);
  {
    MemoryBudget::Share first = budget.Take(100);
    const MemoryBudget::Share moved(std::move(first));
  }
  std::optional<MemoryBudget::Share> whole(budget.Take(100));
  Holder asking(&budget, 1);
  EXPECT_TRUE(IsWaiting(budget, 1, asking)) << "the moved share was given back twice";
  whole.reset();
  WaitUntil([&] { return asking.taken(); });
}

}  // namespace
}  // namespace factcheck
