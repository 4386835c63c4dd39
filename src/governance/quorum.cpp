#include "governance/quorum.h"

#include <cstdint>

namespace cp {

int quorum_for(int voting_members, QuorumRule rule) {
  if (voting_members <= 0 || rule.value <= 0) return 0;
  if (!rule.is_percent) return rule.value;
  // 64-bit so a large membership times a percentage cannot overflow.
  int64_t scaled = int64_t{voting_members} * rule.value;
  return static_cast<int>((scaled + 99) / 100);
}

}  // namespace cp
