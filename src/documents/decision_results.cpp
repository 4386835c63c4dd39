#include "documents/decision_results.h"

namespace cp {

VoteRecord vote_record(const Cluster& c, const Decision& d) {
  // The body that took it: its members vote, under its rules and quorum.
  const GovernanceBody* body = c.body(d.body);
  const VotingRules& rules = body ? body->voting : c.voting;
  const TermsOfReference& terms = body ? body->terms : c.terms;
  VoteRecord r;
  for (const auto& m : c.members)
    if (!body || c.sits_on(*body, m.id)) r.members.push_back({m.id, m.votes});
  auto ids = [](const std::vector<MemberRef>& refs) {
    std::vector<std::string> out;
    for (const auto& ref : refs) out.push_back(ref.id);
    return out;
  };
  r.votes_for = ids(d.votes_for);
  r.votes_against = ids(d.votes_against);
  r.abstentions = ids(d.votes_abstain);
  r.conflicted = ids(d.conflicts);
  for (const auto& x : d.declared_conflicts) r.conflicted.push_back(x.id);
  const std::string& rule = d.financial ? rules.financial_majority : rules.general_majority;
  r.majority = parse_majority(rule).value_or(Majority::Simple);
  r.base = parse_majority_base(rules.majority_of).value_or(MajorityBase::VotesCast);
  r.quorum = {terms.meetings.quorum_is_percent, terms.meetings.quorum_value};
  if (!terms.present) r.quorum = {true, 50};
  if (rules.casting_vote == "chair") r.casting_vote = d.casting_vote;
  return r;
}

DecisionResult decision_result(const Cluster& c, const Decision& d) { return decide(vote_record(c, d)); }

const Decision* find_decision(const Cluster& c, const std::string& id) {
  for (const auto& d : c.decisions)
    if (d.id == id) return &d;
  return nullptr;
}

}  // namespace cp
