#include "checker/util/byte_words.h"

#include <cstdint>
#include <random>
#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

// The definitions, a byte at a time.
bool AnyByteIs(const std::string& bytes, unsigned char byte) {
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) == byte) return true;
  }
  return false;
}

bool AnyByteBelow(const std::string& bytes, unsigned char limit) {
  for (const char c : bytes) {
    if (static_cast<unsigned char>(c) < limit) return true;
  }
  return false;
}

void ExpectAgreesWithDefinitions(const std::string& bytes) {
  ASSERT_EQ(bytes.size(), 8u);
  const uint64_t word = LoadWord(bytes.data());
  for (const unsigned char byte : {0x00, 0x01, 0x0A, 0x22, 0x2E, 0x5C, 0x7F, 0x80, 0xE2, 0xFF}) {
    EXPECT_EQ(HasByte(word, byte) != 0, AnyByteIs(bytes, byte)) << "byte " << int{byte};
  }
  for (const unsigned char limit : {0x01, 0x20, 0x21, 0x80}) {
    EXPECT_EQ(HasByteBelow(word, limit) != 0, AnyByteBelow(bytes, limit)) << "limit " << int{limit};
  }
}

// Every byte value at every place, among bytes that match nothing asked:
// the neighbours of a borrow (0x01 beside 0x00, 0x81 beside 0x80) included.
TEST(ByteWordsTest, EachByteValueAtEachPlace) {
  for (const char background : {'a', '\x01', '\x81', '\xFF'}) {
    for (int place = 0; place < 8; ++place) {
      for (int value = 0; value < 256; ++value) {
        std::string bytes(8, background);
        bytes[place] = static_cast<char>(value);
        ExpectAgreesWithDefinitions(bytes);
      }
    }
  }
}

// Several matching bytes at once, where one's borrow runs into the next.
TEST(ByteWordsTest, ManyWordsAgreeWithTheDefinitions) {
  std::mt19937 random(20261204);
  std::uniform_int_distribution<int> pick(0, 9);
  // Mostly bytes asked about or next to them, so words hold several.
  const unsigned char kBytes[] = {0x00, 0x01, 0x1F, 0x20, 0x22, 0x2E, 0x5C, 0x80, 0xE2, 0xFF};
  for (int i = 0; i < 100000; ++i) {
    std::string bytes(8, ' ');
    for (char& c : bytes) c = static_cast<char>(kBytes[pick(random)]);
    ExpectAgreesWithDefinitions(bytes);
  }
}

TEST(ByteWordsTest, LoadsUnalignedBytesInMemoryOrder) {
  const std::string text = "xabcdefgh";
  const uint64_t word = LoadWord(text.data() + 1);
  EXPECT_NE(HasByte(word, 'a'), 0u);
  EXPECT_NE(HasByte(word, 'h'), 0u);
  EXPECT_EQ(HasByte(word, 'x'), 0u);
}

}  // namespace
}  // namespace factcheck
