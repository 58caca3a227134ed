#include "checker/util/kept_claims.h"

namespace factcheck {

Evidence KeptEvidence::ToProto() const {
  Evidence evidence;
  evidence.set_document(document());
  evidence.set_line(line());
  evidence.set_excerpt(excerpt());
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
  claim.set_subject(subject());
  claim.set_subject_type(subject_type());
  claim.set_subject_key(subject_key());
  claim.set_attribute(attribute());
  claim.set_value_text(value_text());
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
const Message* KeptClaims::Pool<Message>::Intern(const Message& value) {
  value.SerializeToString(&wire_);
  const auto [kept, added] = by_wire_.try_emplace(wire_);
  if (added) kept->second = value;
  return &kept->second;
}

KeptClaims::KeptClaims(const std::vector<Claim>& claims) {
  for (const Claim& claim : claims) Keep(claim);
}

void KeptClaims::Keep(const Claim& claim) {
  KeptClaim& kept = claims_.emplace_back();
  kept.kind_ = claim.kind();
  kept.subject_ = Intern(claim.subject());
  kept.subject_type_ = claim.subject_type();
  kept.subject_key_ = Intern(claim.subject_key());
  kept.attribute_ = Intern(claim.attribute());
  kept.value_text_ = Intern(claim.value_text());
  kept.value_case_ = claim.value_case();
  switch (claim.value_case()) {
    case Claim::kName:
      kept.value_ = names_.Intern(claim.name());
      break;
    case Claim::kQuantity:
      kept.value_ = quantities_.Intern(claim.quantity());
      break;
    case Claim::kDate:
      kept.value_ = dates_.Intern(claim.date());
      break;
    case Claim::VALUE_NOT_SET:
      kept.value_ = nullptr;
      break;
  }
  kept.event_ = claim.has_event() ? events_.Intern(claim.event()) : nullptr;
  const Evidence& evidence = claim.evidence();
  KeptEvidence& kept_evidence = kept.evidence_;
  kept_evidence.document_ = Intern(evidence.document());
  kept_evidence.excerpt_ = Intern(evidence.excerpt());
  kept_evidence.line_ = evidence.line();
  kept_evidence.highlight_begin_ = evidence.highlight_begin();
  kept_evidence.highlight_end_ = evidence.highlight_end();
  kept_evidence.sentence_ = evidence.sentence();
  kept.confidence_ = claim.confidence();
}

}  // namespace factcheck
