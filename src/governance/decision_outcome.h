#pragma once
// The outcome of a vote, computed from who voted how: never typed by hand.
//
// Rules (documented for clusters in the voting-system template):
// - A member with a declared conflict of interest on the decision neither
//   votes nor counts towards the quorum for it.
// - Eligible members: voting members (weight > 0) without a conflict.
// - Taking part: eligible members who voted for, against, or abstained, in
//   person or through a proxy.
// - Inquorate: fewer taking part than the quorum needs (the quorum is
//   computed on the number of eligible members). Everyone conflicted is
//   inquorate.
// - The majority is counted on votes cast (for + against, weighted) or on
//   the votes of all eligible members, as the cluster's rules say.
// - No votes cast (everyone abstained): not carried.
// - A simple majority with equal votes for and against is tied; with a
//   chair's casting vote recorded, it is decided by that casting vote.
#include <optional>
#include <string>
#include <vector>

#include "governance/majority.h"
#include "governance/quorum.h"

namespace cp {

enum class Outcome { Carried, NotCarried, Inquorate, Tied, CarriedOnCastingVote, NotCarriedOnCastingVote };

// "carried", "not-carried", "inquorate", "tied", "carried-casting-vote",
// "not-carried-casting-vote": stable ids for UI strings and CSS.
const char* outcome_id(Outcome outcome);

struct VotingMember {
  std::string id;
  int weight = 1;  // votes; 0 = non-voting member
};

struct VoteRecord {
  std::vector<VotingMember> members;  // the whole membership
  std::vector<std::string> votes_for, votes_against, abstentions;  // member ids
  std::vector<std::string> conflicted;                              // member ids
  Majority majority = Majority::Simple;
  MajorityBase base = MajorityBase::VotesCast;
  QuorumRule quorum;
  // The chair's casting vote, when the rules give the chair one and the
  // record says which way it went: true = for, false = against.
  std::optional<bool> casting_vote;
};

struct DecisionResult {
  int eligible_members = 0;  // count of eligible members
  int eligible_votes = 0;    // their summed weights
  int taking_part = 0;       // eligible members who voted or abstained
  int quorum_needed = 0;
  int votes_for = 0, votes_against = 0, abstentions = 0;  // weighted
  int base = 0;          // votes the majority is counted on
  int votes_needed = 0;  // in favour, out of base
  Outcome outcome = Outcome::NotCarried;
};

// Pure: ids that name no member, or votes by conflicted members, are
// validation errors reported elsewhere and are ignored here.
DecisionResult decide(const VoteRecord& record);

}  // namespace cp
