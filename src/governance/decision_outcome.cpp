#include "governance/decision_outcome.h"

#include <algorithm>
#include <map>

namespace cp {

const char* outcome_id(Outcome outcome) {
  switch (outcome) {
    case Outcome::Carried: return "carried";
    case Outcome::NotCarried: return "not-carried";
    case Outcome::Inquorate: return "inquorate";
    case Outcome::Tied: return "tied";
    case Outcome::CarriedOnCastingVote: return "carried-casting-vote";
    case Outcome::NotCarriedOnCastingVote: return "not-carried-casting-vote";
  }
  return "not-carried";
}

namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

Outcome count_outcome(const VoteRecord& record, const DecisionResult& r) {
  if (r.eligible_members == 0 || r.taking_part < r.quorum_needed) return Outcome::Inquorate;
  if (r.votes_for + r.votes_against == 0) return Outcome::NotCarried;
  // A tie only matters when one more vote in favour would carry it; on an
  // eligible-members base with abstentions, equal votes can still fall short.
  bool tied = record.majority == Majority::Simple && r.votes_for == r.votes_against &&
              r.votes_for + 1 >= r.votes_needed;
  if (tied) {
    if (!record.casting_vote) return Outcome::Tied;
    return *record.casting_vote ? Outcome::CarriedOnCastingVote : Outcome::NotCarriedOnCastingVote;
  }
  return r.votes_for >= r.votes_needed ? Outcome::Carried : Outcome::NotCarried;
}

}  // namespace

DecisionResult decide(const VoteRecord& record) {
  DecisionResult r;
  // Eligible members by id, with their weights; the first entry for an id wins.
  std::map<std::string, int> eligible;
  for (const auto& m : record.members) {
    if (m.weight <= 0 || contains(record.conflicted, m.id) || eligible.count(m.id)) continue;
    eligible[m.id] = m.weight;
    ++r.eligible_members;
    r.eligible_votes += m.weight;
  }
  // A member listed twice counts once, in the first list that names them
  // (for, then against, then abstain): voting twice is a validation error.
  std::map<std::string, bool> counted;
  auto tally = [&](const std::vector<std::string>& ids, int& total) {
    for (const auto& id : ids) {
      auto it = eligible.find(id);
      if (it == eligible.end() || counted[id]) continue;
      counted[id] = true;
      ++r.taking_part;
      total += it->second;
    }
  };
  tally(record.votes_for, r.votes_for);
  tally(record.votes_against, r.votes_against);
  tally(record.abstentions, r.abstentions);

  r.quorum_needed = quorum_for(r.eligible_members, record.quorum);
  r.base = record.base == MajorityBase::VotesCast ? r.votes_for + r.votes_against : r.eligible_votes;
  r.votes_needed = votes_needed(record.majority, r.base);
  r.outcome = count_outcome(record, r);
  return r;
}

}  // namespace cp
