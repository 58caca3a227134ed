// File: checker/util/kept_claims.h
//
// Claims as comparison keeps them, by the million. As protobuf messages a
// claim takes about 800 bytes of memory for some 120 bytes of content: every
// string and sub-message is its own allocation, and each claim repeats its
// document's id, its sentence and its values. A KeptClaim is 96 bytes of
// numbers and pointers to strings and values kept once for the whole corpus
// (a sentence quoted by three claims, a name written in a thousand), back to
// back in large blocks: no allocation of its own for each, and freed at once.
// What comparison never reads is not kept: the rule that read the claim.
//
// A KeptClaim answers as a Claim does (kind(), subject_key(), quantity(),
// evidence().document(), ...), its strings as views, so comparison reads
// either alike. Equal strings are one copy: their views' data() are equal.
//
//   KeptClaims claims;
//   for (const Claim& claim : ExtractedClaims()) claims.Keep(claim);
//   for (const KeptClaim& claim : claims) {
//     if (claim.kind() == Claim::QUANTITY) Use(claim.quantity().value());
//   }
//   Evidence cited = claims.begin()->evidence().ToProto();  // for a report

#ifndef FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_
#define FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/arena.h"
#include "proto/claim.pb.h"
#include "proto/values.pb.h"

namespace factcheck {

namespace kept_claims_internal {

// A kept string (Strings, below) is the address of its length, in 4 bytes,
// or 4 bytes of ones and 8 of length past 4 GB; its bytes follow.
inline constexpr uint32_t kLongSize = ~uint32_t{0};

inline absl::string_view View(const char* kept) {
  uint32_t size;
  std::memcpy(&size, kept, sizeof size);
  if (size != kLongSize) return absl::string_view(kept + sizeof size, size);
  uint64_t long_size;
  std::memcpy(&long_size, kept + sizeof size, sizeof long_size);
  return absl::string_view(kept + sizeof size + sizeof long_size, long_size);
}

// Strings kept once each, back to back in blocks.
class Strings {
 public:
  // The kept copy of `text`; the same for equal texts.
  const char* Intern(absl::string_view text);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(absl::string_view text) const {
      return absl::Hash<absl::string_view>()(text);
    }
    size_t operator()(const char* kept) const { return (*this)(View(kept)); }
  };
  struct Equal {
    using is_transparent = void;
    static absl::string_view AsView(absl::string_view text) { return text; }
    static absl::string_view AsView(const char* kept) { return View(kept); }
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
      return AsView(a) == AsView(b);
    }
  };

  // A new kept string: `text` copied after its length.
  const char* Copy(absl::string_view text);

  absl::flat_hash_set<const char*, Hash, Equal> kept_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // in blocks_.back()
  size_t free_size_ = 0;
};

}  // namespace kept_claims_internal

// Where a kept claim was read, as Evidence says it.
class KeptEvidence {
 public:
  absl::string_view document() const { return kept_claims_internal::View(document_); }
  int line() const { return line_; }
  absl::string_view excerpt() const { return kept_claims_internal::View(excerpt_); }
  int highlight_begin() const { return highlight_begin_; }
  int highlight_end() const { return highlight_end_; }
  int sentence() const { return sentence_; }

  // As a report cites it.
  Evidence ToProto() const;

 private:
  friend class KeptClaims;

  const char* document_;  // kept strings (kept_claims_internal::Strings)
  const char* excerpt_;
  int32_t line_;
  int32_t highlight_begin_;
  int32_t highlight_end_;
  int32_t sentence_;
};

class KeptClaim {
 public:
  Claim::Kind kind() const { return kind_; }
  absl::string_view subject() const { return kept_claims_internal::View(subject_); }
  Claim::SubjectType subject_type() const { return subject_type_; }
  absl::string_view subject_key() const { return kept_claims_internal::View(subject_key_); }
  absl::string_view attribute() const { return kept_claims_internal::View(attribute_); }
  absl::string_view value_text() const { return kept_claims_internal::View(value_text_); }
  // A claim's value is one of these, or none; the others are empty.
  const PersonName& name() const;
  const Quantity& quantity() const;
  const PartialDate& date() const;
  const Event& event() const { return event_ ? *event_ : Event::default_instance(); }
  const KeptEvidence& evidence() const { return evidence_; }
  float confidence() const { return confidence_; }

  // The claim as it was kept, but for its rule.
  Claim ToProto() const;

 private:
  friend class KeptClaims;

  const char* subject_;  // kept strings (kept_claims_internal::Strings)
  const char* subject_key_;
  const char* attribute_;
  const char* value_text_;
  const google::protobuf::Message* value_;  // of the type value_case_ says; null for none
  const Event* event_;                      // null for none
  KeptEvidence evidence_;
  float confidence_;
  Claim::Kind kind_;
  Claim::SubjectType subject_type_;
  Claim::ValueCase value_case_;
};

// The claims of a corpus: appended, never moved or changed, so pointers to
// them stay valid. Moving a KeptClaims keeps them valid too; it cannot be
// copied.
class KeptClaims {
 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = KeptClaim;
    using difference_type = std::ptrdiff_t;
    using pointer = const KeptClaim*;
    using reference = const KeptClaim&;

    reference operator*() const { return (*blocks_)[index_ / kBlockClaims][index_ % kBlockClaims]; }
    pointer operator->() const { return &**this; }
    const_iterator& operator++() {
      ++index_;
      return *this;
    }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }
    bool operator!=(const const_iterator& other) const { return index_ != other.index_; }

   private:
    friend class KeptClaims;
    const_iterator(const std::vector<std::unique_ptr<KeptClaim[]>>* blocks, size_t index)
        : blocks_(blocks), index_(index) {}

    const std::vector<std::unique_ptr<KeptClaim[]>>* blocks_;
    size_t index_;
  };

  KeptClaims() = default;
  // Keeps each of `claims`, in order.
  explicit KeptClaims(const std::vector<Claim>& claims);
  KeptClaims(KeptClaims&&) = default;
  KeptClaims& operator=(KeptClaims&&) = default;

  void Keep(const Claim& claim);

  const_iterator begin() const { return const_iterator(&blocks_, 0); }
  const_iterator end() const { return const_iterator(&blocks_, size_); }
  size_t size() const { return size_; }

 private:
  // Values kept once each, by their wire format: equal values share one.
  template <typename Message>
  class Pool {
   public:
    const Message* Intern(const Message& value, kept_claims_internal::Strings* wires,
                          google::protobuf::Arena* arena);

   private:
    absl::flat_hash_map<absl::string_view, const Message*> by_wire_;  // views of kept wires
    std::string wire_;                                                // reused
  };

  // Claims are kept in blocks of this many (384 KiB), each one allocation
  // that the allocator takes whole from its page heap. In std::deque's
  // pieces of five, the 1 GB run peaked 20 to 40 MB higher.
  static constexpr size_t kBlockClaims = size_t{1} << 12;

  std::vector<std::unique_ptr<KeptClaim[]>> blocks_;
  size_t size_ = 0;
  kept_claims_internal::Strings strings_;  // and the values' wire formats
  std::unique_ptr<google::protobuf::Arena> values_ = std::make_unique<google::protobuf::Arena>();
  Pool<PersonName> names_;
  Pool<Quantity> quantities_;
  Pool<PartialDate> dates_;
  Pool<Event> events_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_
