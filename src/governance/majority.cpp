#include "governance/majority.h"

#include <cstdint>

namespace cp {

std::optional<Majority> parse_majority(std::string_view text) {
  if (text == "simple") return Majority::Simple;
  if (text == "two-thirds") return Majority::TwoThirds;
  if (text == "three-quarters") return Majority::ThreeQuarters;
  if (text == "unanimous") return Majority::Unanimous;
  return std::nullopt;
}

std::optional<MajorityBase> parse_majority_base(std::string_view text) {
  if (text == "votes-cast") return MajorityBase::VotesCast;
  if (text == "eligible-members") return MajorityBase::EligibleMembers;
  return std::nullopt;
}

int votes_needed(Majority majority, int base) {
  if (base <= 0) return 0;
  // Integer ceilings, in 64 bits so 3 × base cannot overflow.
  int64_t n = base;
  switch (majority) {
    case Majority::Simple: return static_cast<int>(n / 2 + 1);
    case Majority::TwoThirds: return static_cast<int>((2 * n + 2) / 3);
    case Majority::ThreeQuarters: return static_cast<int>((3 * n + 3) / 4);
    case Majority::Unanimous: return base;
  }
  return base;
}

}  // namespace cp
