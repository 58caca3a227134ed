#include "checker/util/bounded_read.h"

namespace factcheck {

bool ReadAtMost(std::istream& in, int64_t max_bytes, std::string* contents) {
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    if (static_cast<int64_t>(contents->size() + in.gcount()) > max_bytes) return false;
    contents->append(chunk, in.gcount());
  }
  return true;
}

bool ReadLine(std::istream& in, int64_t max_bytes, LongLine long_line, std::string* line,
              bool* too_long) {
  line->clear();
  *too_long = false;
  bool read_any = false;
  char chunk[1 << 16];
  while (true) {
    in.getline(chunk, sizeof chunk);
    // Characters taken, with the '\n' when one ended the line.
    const std::streamsize taken = in.gcount();
    read_any = read_any || taken > 0;
    const bool chunk_full = in.fail() && !in.eof() && taken == sizeof chunk - 1;
    const bool ended_by_newline = !in.fail() && !in.eof();
    const size_t length = taken - (ended_by_newline ? 1 : 0);
    if (!*too_long && static_cast<int64_t>(line->size() + length) > max_bytes) {
      *too_long = true;
      std::string().swap(*line);
    }
    if (!*too_long) line->append(chunk, length);
    if (!chunk_full) break;
    in.clear(in.rdstate() & ~std::ios::failbit);
    if (*too_long && long_line == LongLine::kStop) break;
  }
  return read_any;
}

}  // namespace factcheck
