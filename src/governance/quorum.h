#pragma once
// Quorum: how many eligible voting members must take part for a decision
// to be valid.

namespace cp {

struct QuorumRule {
  bool is_percent = true;  // a percentage of voting members, rounded up…
  int value = 50;          // …or, when !is_percent, a fixed number of members
};

// Members needed for a quorum among `voting_members` (members with at least
// one vote). A percentage is rounded up: 50% of 9 is 5. A fixed count is
// taken as it is (validation reports one larger than the membership). With
// no voting members the answer is 0, and so it is for a rule of 0 or less.
int quorum_for(int voting_members, QuorumRule rule);

}  // namespace cp
