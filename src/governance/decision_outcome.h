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
//   Chosen where the rules above are silent: equal votes are tied only when
//   one more vote in favour would carry (for + 1 >= votes_needed), which is
//   always so on votes cast. On eligible members, equal votes further short
//   (3–3 with 4 abstaining out of 10, needing 6) are simply not carried:
//   no casting vote could reach the majority.
//   The casting vote is not added to votes_for or votes_against.
// - The quorum counts members, not weights: a member with 2 votes who takes
//   part is one member taking part.
// - An inquorate result still reports every count, base and votes_needed.
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
// validation errors reported elsewhere and are ignored here. So are the
// other invalid records, chosen so: a member who votes twice counts once, in
// the first list that names them (for, against, abstentions); a member id
// listed twice in `members` counts once, with its first weight; a negative
// weight counts as non-voting.
DecisionResult decide(const VoteRecord& record);

}  // namespace cp
