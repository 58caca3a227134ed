// File: checker/util/memory_budget.h
//
// A budget of bytes that threads take shares of before work whose memory
// grows with its size, so that such work runs at once only as far as the
// budget allows. Shares are given in the order they are asked for: a large
// one waiting holds back the small ones asked for after it, so it is never
// starved. A share larger than the whole budget is cut to the whole: it
// waits until nothing else is held, then runs alone.
//
//   MemoryBudget budget(128 << 20);
//   RunOnThreads(2, [&] {
//     while (TakeNext(&article)) {
//       const MemoryBudget::Share share = budget.Take(article.size());
//       Extract(article);
//     }  // the share is given back here
//   });

#ifndef FACTCHECK_CHECKER_UTIL_MEMORY_BUDGET_H_
#define FACTCHECK_CHECKER_UTIL_MEMORY_BUDGET_H_

#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace factcheck {

class MemoryBudget {
 public:
  // Bytes held of a budget, given back when destroyed.
  class Share {
   public:
    Share(Share&& other) noexcept;
    Share& operator=(Share&&) = delete;
    ~Share();

   private:
    friend class MemoryBudget;
    Share(MemoryBudget* budget, int64_t bytes) : budget_(budget), bytes_(bytes) {}

    MemoryBudget* budget_;  // null once moved from
    int64_t bytes_;
  };

  // REQUIRES: bytes > 0.
  explicit MemoryBudget(int64_t bytes);
  MemoryBudget(const MemoryBudget&) = delete;
  MemoryBudget& operator=(const MemoryBudget&) = delete;

  // Waits until every earlier caller has its share and `bytes` (at most the
  // whole budget) fit beside the shares held, then takes them.
  Share Take(int64_t bytes);

  // How many callers of Take are waiting now.
  int waiting() const;

 private:
  void GiveBack(int64_t bytes);

  const int64_t total_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  int64_t held_ = 0;
  int64_t next_ticket_ = 0;  // the place in line of the next caller
  int64_t serving_ = 0;      // the place of the caller whose turn it is
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_MEMORY_BUDGET_H_
