// File: checker/util/byte_words.h
//
// Asking of eight bytes at once whether any of them is a given byte, or below
// one: scans that look for a rare byte in long text (a sentence's end mark,
// a JSON string's closing quote) pass over eight bytes a step while none is,
// in portable C++. The tests are those of "Bit Twiddling Hacks": exact for
// whether any byte is, not for which one, so a scan that stops finds the byte
// itself one at a time.
//
//   size_t at = 0;
//   for (; at + 8 <= text.size(); at += 8) {
//     if (HasByte(LoadWord(text.data() + at), '"') != 0) break;
//   }
//   while (at < text.size() && text[at] != '"') ++at;

#ifndef FACTCHECK_CHECKER_UTIL_BYTE_WORDS_H_
#define FACTCHECK_CHECKER_UTIL_BYTE_WORDS_H_

#include <cstdint>
#include <cstring>

namespace factcheck {

// A one in each of a word's eight bytes.
inline constexpr uint64_t kEachByte = 0x0101010101010101;

// The eight bytes at `data`, which need not be aligned.
inline uint64_t LoadWord(const char* data) {
  uint64_t word;
  std::memcpy(&word, data, sizeof(word));
  return word;
}

// Nonzero when any of the eight bytes of `word` is `byte`.
inline uint64_t HasByte(uint64_t word, unsigned char byte) {
  const uint64_t x = word ^ (kEachByte * byte);
  return (x - kEachByte) & ~x & (kEachByte << 7);
}

// Nonzero when any of the eight bytes of `word` is below `limit`, which is
// at most 128.
inline uint64_t HasByteBelow(uint64_t word, unsigned char limit) {
  return (word - kEachByte * limit) & ~word & (kEachByte << 7);
}

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_BYTE_WORDS_H_
