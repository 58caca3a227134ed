// File: checker/util/kept_claims.h
//
// Claims as comparison keeps them, by the million. As protobuf messages a
// claim takes about 800 bytes of memory for some 120 bytes of content: every
// string and sub-message is its own allocation, and each claim repeats its
// document's id, its sentence and its values. A KeptClaim is 96 bytes of
// numbers and pointers to strings and values kept once for the whole corpus
// (a sentence quoted by three claims, a name written in a thousand): about
// 145 bytes a claim in all on generated news. What comparison never reads is
// not kept: the rule that read the claim.
//
// A KeptClaim answers as a Claim does (kind(), subject_key(), quantity(),
// evidence().document(), ...), so comparison reads either alike.
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
#include <deque>
#include <string>
#include <vector>

#include "absl/container/node_hash_map.h"
#include "absl/container/node_hash_set.h"
#include "proto/claim.pb.h"
#include "proto/values.pb.h"

namespace factcheck {

// Where a kept claim was read, as Evidence says it.
class KeptEvidence {
 public:
  const std::string& document() const { return *document_; }
  int line() const { return line_; }
  const std::string& excerpt() const { return *excerpt_; }
  int highlight_begin() const { return highlight_begin_; }
  int highlight_end() const { return highlight_end_; }
  int sentence() const { return sentence_; }

  // As a report cites it.
  Evidence ToProto() const;

 private:
  friend class KeptClaims;

  const std::string* document_;
  const std::string* excerpt_;
  int32_t line_;
  int32_t highlight_begin_;
  int32_t highlight_end_;
  int32_t sentence_;
};

class KeptClaim {
 public:
  Claim::Kind kind() const { return kind_; }
  const std::string& subject() const { return *subject_; }
  Claim::SubjectType subject_type() const { return subject_type_; }
  const std::string& subject_key() const { return *subject_key_; }
  const std::string& attribute() const { return *attribute_; }
  const std::string& value_text() const { return *value_text_; }
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

  const std::string* subject_;
  const std::string* subject_key_;
  const std::string* attribute_;
  const std::string* value_text_;
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
  using const_iterator = std::deque<KeptClaim>::const_iterator;

  KeptClaims() = default;
  // Keeps each of `claims`, in order.
  explicit KeptClaims(const std::vector<Claim>& claims);
  KeptClaims(KeptClaims&&) = default;
  KeptClaims& operator=(KeptClaims&&) = default;

  void Keep(const Claim& claim);

  const_iterator begin() const { return claims_.begin(); }
  const_iterator end() const { return claims_.end(); }
  size_t size() const { return claims_.size(); }

 private:
  // Values kept once each, by their wire format: equal values share one.
  template <typename Message>
  class Pool {
   public:
    const Message* Intern(const Message& value);

   private:
    absl::node_hash_map<std::string, Message> by_wire_;
    std::string wire_;  // reused
  };

  const std::string* Intern(const std::string& text) { return &*strings_.insert(text).first; }

  std::deque<KeptClaim> claims_;
  absl::node_hash_set<std::string> strings_;
  Pool<PersonName> names_;
  Pool<Quantity> quantities_;
  Pool<PartialDate> dates_;
  Pool<Event> events_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CHECKER_UTIL_KEPT_CLAIMS_H_
