#include "checker/util/memory_budget.h"

#include <algorithm>

namespace factcheck {

MemoryBudget::Share::Share(Share&& other) noexcept : budget_(other.budget_), bytes_(other.bytes_) {
  other.budget_ = nullptr;
}

MemoryBudget::Share::~Share() {
  if (budget_ != nullptr) budget_->GiveBack(bytes_);
}

MemoryBudget::MemoryBudget(int64_t bytes) : total_(bytes) {}

MemoryBudget::Share MemoryBudget::Take(int64_t bytes) {
  bytes = std::clamp<int64_t>(bytes, 0, total_);
  std::unique_lock<std::mutex> lock(mutex_);
  const int64_t ticket = next_ticket_++;
  changed_.wait(lock, [&] { return ticket == serving_ && held_ + bytes <= total_; });
  held_ += bytes;
  ++serving_;
  changed_.notify_all();  // the next in line may fit too
  return Share(this, bytes);
}

int MemoryBudget::waiting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(next_ticket_ - serving_);
}

void MemoryBudget::GiveBack(int64_t bytes) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    held_ -= bytes;
  }
  changed_.notify_all();
}

}  // namespace factcheck
