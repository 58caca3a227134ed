#include "checker/progress_line.h"

#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

constexpr absl::Duration kRedrawEvery = absl::Milliseconds(100);
// Carriage return, then erase to the end of the line.
constexpr char kWipe[] = "\r\x1B[K";

}  // namespace

ProgressLine::ProgressLine(std::FILE* out, bool terminal, absl::Duration quiet_for)
    : out_(out), terminal_(terminal), start_(absl::Now()), quiet_for_(quiet_for) {}

std::string ProgressLine::Format(const Progress& progress) {
  const std::string read =
      progress.documents_total > 0
          ? absl::StrCat("checker: ", progress.documents_done, " of ", progress.documents_total,
                         " files read, ", progress.claims, " claims")
          : absl::StrCat("checker: ", progress.documents_done, " articles read, ", progress.claims,
                         " claims");
  switch (progress.stage) {
    case Progress::Stage::kReadingRecords:
      // Sorted by key, a reducer's records give every claim before any article.
      return absl::StrCat("checker: reading records: ", progress.claims, " claims, ",
                          progress.documents_done, " articles");
    case Progress::Stage::kComparing:
      return absl::StrCat(read, "; comparing across documents");
    case Progress::Stage::kFinished:
      return absl::StrCat(read, ", ", progress.findings, " findings");
    default:
      return read;
  }
}

void ProgressLine::Update(const Progress& progress) {
  if (!terminal_) return;
  if (progress.stage == Progress::Stage::kFinished) {
    if (drawn_) std::fputs(kWipe, out_);
    std::fflush(out_);
    return;
  }
  const absl::Time now = absl::Now();
  // A new stage is always drawn: it may last long.
  const bool new_stage = progress.stage != last_stage_;
  last_stage_ = progress.stage;
  if (now - start_ < quiet_for_ || (now - last_drawn_ < kRedrawEvery && !new_stage)) return;
  std::fputs(absl::StrCat(kWipe, Format(progress)).c_str(), out_);
  std::fflush(out_);
  last_drawn_ = now;
  drawn_ = true;
}

}  // namespace factcheck
