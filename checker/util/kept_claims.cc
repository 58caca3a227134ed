#include "checker/util/kept_claims.h"

#include <algorithm>

namespace factcheck {

namespace kept_claims_internal {

const char* Strings::Intern(absl::string_view text) {
  return *kept_.lazy_emplace(text, [&](const auto& construct) { construct(Copy(text)); });
}

const char* Strings::Copy(absl::string_view text) {
  const bool long_text = text.size() >= kLongSize;
  const uint32_t size = long_text ? kLongSize : static_cast<uint32_t>(text.size());
  const uint64_t long_size = text.size();
  const size_t header = sizeof size + (long_text ? sizeof long_size : 0);
  const size_t needed = header + text.size();
  if (needed > free_size_) {
    // Blocks of 1 MiB, or one as large as a longer text; not zeroed.
    constexpr size_t kBlockSize = size_t{1} << 20;
    free_size_ = std::max(needed, kBlockSize);
    blocks_.emplace_back(new char[free_size_]);
    free_ = blocks_.back().get();
  }
  char* kept = free_;
  std::memcpy(kept, &size, sizeof size);
  if (long_text) std::memcpy(kept + sizeof size, &long_size, sizeof long_size);
  std::memcpy(kept + header, text.data(), text.size());
  free_ += needed;
  free_size_ -= needed;
  return kept;
}

}  // namespace kept_claims_internal

Evidence KeptEvidence::ToProto() const {
  Evidence evidence;
  evidence.set_document(std::string(document()));
  evidence.set_line(line());
  evidence.set_excerpt(std::string(excerpt()));
  evidence.set_highlight_begin(highlight_begin());
  evidence.set_highlight_end(highlight_end());
  evidence.set_sentence(sentence());
  return evidence;
}

const PersonName& KeptClaim::name() const {
  return value_case_ == Claim::kName ? *static_cast<const PersonName*>(value_)
                                     : PersonName::default_instance();
}

const Quantity& KeptClaim::quantity() const {
  return value_case_ == Claim::kQuantity ? *static_cast<const Quantity*>(value_)
                                         : Quantity::default_instance();
}

const PartialDate& KeptClaim::date() const {
  return value_case_ == Claim::kDate ? *static_cast<const PartialDate*>(value_)
                                     : PartialDate::default_instance();
}

Claim KeptClaim::ToProto() const {
  Claim claim;
  claim.set_kind(kind());
  claim.set_subject(std::string(subject()));
  claim.set_subject_type(subject_type());
  claim.set_subject_key(std::string(subject_key()));
  claim.set_attribute(std::string(attribute()));
  claim.set_value_text(std::string(value_text()));
  switch (value_case_) {
    case Claim::kName:
      *claim.mutable_name() = name();
      break;
    case Claim::kQuantity:
      *claim.mutable_quantity() = quantity();
      break;
    case Claim::kDate:
      *claim.mutable_date() = date();
      break;
    case Claim::VALUE_NOT_SET:
      break;
  }
  if (event_ != nullptr) *claim.mutable_event() = *event_;
  *claim.mutable_evidence() = evidence().ToProto();
  claim.set_confidence(confidence());
  return claim;
}

template <typename Message>
const Message* KeptClaims::Pool<Message>::Intern(const Message& value,
                                                 kept_claims_internal::Strings* wires,
                                                 google::protobuf::Arena* arena) {
  value.SerializeToString(&wire_);
  if (const auto found = by_wire_.find(wire_); found != by_wire_.end()) return found->second;
  Message* kept = google::protobuf::Arena::CreateMessage<Message>(arena);
  *kept = value;
  by_wire_.emplace(kept_claims_internal::View(wires->Intern(wire_)), kept);
  return kept;
}

KeptClaims::KeptClaims(const std::vector<Claim>& claims) {
  for (const Claim& claim : claims) Keep(claim);
}

void KeptClaims::Keep(const Claim& claim) {
  if (size_ % kBlockClaims == 0) blocks_.emplace_back(new KeptClaim[kBlockClaims]);
  KeptClaim& kept = blocks_.back()[size_++ % kBlockClaims];
  kept.kind_ = claim.kind();
  kept.subject_ = strings_.Intern(claim.subject());
  kept.subject_type_ = claim.subject_type();
  kept.subject_key_ = strings_.Intern(claim.subject_key());
  kept.attribute_ = strings_.Intern(claim.attribute());
  kept.value_text_ = strings_.Intern(claim.value_text());
  kept.value_case_ = claim.value_case();
  switch (claim.value_case()) {
    case Claim::kName:
      kept.value_ = names_.Intern(claim.name(), &strings_, values_.get());
      break;
    case Claim::kQuantity:
      kept.value_ = quantities_.Intern(claim.quantity(), &strings_, values_.get());
      break;
    case Claim::kDate:
      kept.value_ = dates_.Intern(claim.date(), &strings_, values_.get());
      break;
    case Claim::VALUE_NOT_SET:
      kept.value_ = nullptr;
      break;
  }
  kept.event_ =
      claim.has_event() ? events_.Intern(claim.event(), &strings_, values_.get()) : nullptr;
  const Evidence& evidence = claim.evidence();
  KeptEvidence& kept_evidence = kept.evidence_;
  kept_evidence.document_ = strings_.Intern(evidence.document());
  kept_evidence.excerpt_ = strings_.Intern(evidence.excerpt());
  kept_evidence.line_ = evidence.line();
  kept_evidence.highlight_begin_ = evidence.highlight_begin();
  kept_evidence.highlight_end_ = evidence.highlight_end();
  kept_evidence.sentence_ = evidence.sentence();
  kept.confidence_ = claim.confidence();
}

}  // namespace factcheck
