#include "model/cluster_rules.h"

#include <map>
#include <set>

#include "governance/risk.h"

namespace cp {

int voting_member_count(const Cluster& cluster) {
  int n = 0;
  for (const auto& m : cluster.members) n += m.votes > 0 ? 1 : 0;
  return n;
}

namespace {

void check_decision(const Cluster& c, const Decision& d, Diagnostics& diags) {
  const GovernanceBody* body = c.body(d.body);
  const VotingRules& rules = body ? body->voting : c.voting;
  std::set<std::string> conflicted;
  for (const auto& m : d.conflicts) conflicted.insert(m.id);
  // Declared at the meeting, on the item the decision was taken under.
  std::map<std::string, const Decision::DeclaredConflict*> declared;
  for (const auto& m : d.declared_conflicts) declared.emplace(m.id, &m);
  std::map<std::string, Location> voted;
  auto record = [&](const std::vector<MemberRef>& refs) {
    for (const auto& r : refs) {
      auto [it, first] = voted.emplace(r.id, r.where);
      if (!first) {
        diags.error(r.where, "member '" + r.id + "' votes twice on decision '" + d.id + "' (first on line " +
                                 std::to_string(it->second.line) + ")",
                    "each member votes once: for, against or abstain");
      }
      if (conflicted.count(r.id))
        diags.error(r.where, "member '" + r.id + "' declared a conflict of interest on decision '" + d.id + "' and may not vote",
                    "remove the vote, or remove the member from 'conflicts'");
      if (auto at = declared.find(r.id); at != declared.end())
        diags.error(r.where,
                    "member '" + r.id + "' may not vote on decision '" + d.id + "': '" + at->second->person +
                        "', who speaks for it, declared an interest in the item it was taken under (line " +
                        std::to_string(at->second->where.line) + ")",
                    "remove the vote: a member with a declared interest is left out of the count");
      if (body && !c.sits_on(*body, r.id))
        diags.error(r.where, "member '" + r.id + "' votes on decision '" + d.id + "' but does not sit on the " + body_words(d.body),
                    "only the members of the body that takes a decision vote on it (bodies: members)");
      const Member* m = c.member(r.id);
      if (m && m->votes == 0)
        diags.error(r.where, "member '" + r.id + "' has no vote (votes: 0)", "non-voting members cannot vote on decisions");
    }
  };
  record(d.votes_for);
  record(d.votes_against);
  record(d.votes_abstain);
  for (const auto& p : d.by_proxy) {
    const Member* m = c.member(p.member);
    if (!rules.proxies) {
      diags.error(p.where, "decision '" + d.id + "' records a proxy vote, but the voting rules do not allow proxies",
                  "set 'voting: proxies: true' if the terms of reference allow them");
      continue;
    }
    if (m && m->deputy != p.person)
      diags.error(p.where,
                  "'" + p.person + "' is not the deputy of member '" + p.member + "'" +
                      (m->deputy.empty() ? "" : " (the deputy is '" + m->deputy + "')"),
                  "a proxy vote is cast by the member's named deputy");
    if (!voted.count(p.member))
      diags.error(p.where, "member '" + p.member + "' has a proxy but no vote on decision '" + d.id + "'",
                  "list the member under for, against or abstain");
  }
  if (d.amount && !d.financial)
    diags.error(d.where, "decision '" + d.id + "' has an amount but is not marked financial",
                "add 'financial: true': financial decisions need the financial majority");
  if (d.casting_vote && rules.casting_vote != "chair")
    diags.error(d.casting_where, "decision '" + d.id + "' records a casting vote, but the voting rules give none",
                "set 'voting: casting_vote: chair', or remove the casting vote");
}

// Every staff role of a practice in the plan's table needs a name.
void check_business_plan(const Cluster& c, Diagnostics& diags) {
  const BusinessPlan& bp = c.business_plan;
  if (!bp.present) return;
  for (const Member* m : plan_practices(c)) {
    for (size_t i = 0; i < m->staff.size(); ++i) {
      const std::string& role = m->staff[i].first;
      bool named = false;
      for (const auto& r : bp.staff_roles) named = named || r.id == role;
      if (!named && i < m->staff_where.size())
        diags.error(m->staff_where[i], "the staff role '" + role + "' is not named in the business plan's staff_roles",
                    "add {id: " + role + ", name: {en: ..., cy: ...}} to business_plan.staff_roles");
    }
  }
}

}  // namespace

std::vector<const Member*> plan_practices(const Cluster& c) {
  std::vector<const Member*> out;
  if (!c.business_plan.practices.empty()) {
    for (const auto& ref : c.business_plan.practices)
      if (const Member* m = c.member(ref.id)) out.push_back(m);
    return out;
  }
  for (const auto& m : c.members)
    if (m.type == "gms-practice") out.push_back(&m);
  return out;
}

void check_cluster_rules(const Cluster& c, const Date& today, Diagnostics& diags) {
  if (c.as_of && !c.example)
    diags.error(c.as_of_where, "'as_of' is only for example data",
                "remove 'as_of': a real cluster's reviews are judged against today (or `check --as-of DATE`); "
                "or mark the file 'example: true' if it is fictional sample data");
  if (c.population && (*c.population < 25000 || *c.population > 100000))
    diags.warning(c.population_where, "population " + std::to_string(*c.population) + " is outside 25,000–100,000",
                  "clusters in Wales typically serve 25,000 to 100,000 people; check the figure");
  for (const auto& body : c.bodies) {
    const TermsOfReference& t = body.terms;
    if (t.agreed && t.review && *t.review < *t.agreed)
      diags.error(t.review_where, "the review date " + t.review->iso() + " is before the date agreed " + t.agreed->iso(),
                  "the review comes after the terms are agreed, usually a year later");
    if (t.review && *t.review < today)
      diags.warning(t.review_where, "the terms of reference were due for review on " + t.review->iso(),
                    "review them, then record the new dates");
    int voters = 0;
    for (const auto& id : c.members_of(body)) voters += c.member(id)->votes > 0 ? 1 : 0;
    if (!t.meetings.quorum_is_percent && t.meetings.quorum_value > voters)
      diags.error(t.meetings.quorum_where,
                  "the quorum of " + std::to_string(t.meetings.quorum_value) + " is larger than the " +
                      std::to_string(voters) + " voting members",
                  "a quorum the membership cannot reach blocks every decision");
    if (!t.vice_chair.empty() && t.vice_chair == t.chair)
      diags.error(t.vice_chair_where, "the chair and the vice chair are the same person", "name a different vice chair");
  }
  for (const auto& d : c.decisions) check_decision(c, d, diags);
  check_governance_records(c, diags);
  for (const auto& r : c.risks) {
    if (r.status == "open" && r.review && *r.review < today)
      diags.warning(r.where, "risk '" + r.id + "' was due for review on " + r.review->iso(),
                    "review the risk and record the next review date");
    if (r.residual_likelihood && r.residual_impact &&
        risk_score(*r.residual_likelihood, *r.residual_impact) > risk_score(r.likelihood, r.impact))
      diags.error(r.where, "risk '" + r.id + "' has a residual score above its score",
                  "the residual score is what remains after the controls, so it cannot be higher");
    if (r.closed && r.status != "closed")
      diags.error(r.closed_where, "risk '" + r.id + "' has a closed date but its status is open",
                  "set 'status: closed', or remove 'closed'");
    if (r.closed && r.raised && *r.closed < *r.raised)
      diags.error(r.closed_where,
                  "risk '" + r.id + "' was closed on " + r.closed->iso() + ", before it was raised on " + r.raised->iso(),
                  "check both dates: a risk is closed after it is raised");
  }
  check_business_plan(c, diags);
  for (const auto& y : c.cnd)
    for (const auto& p : y.practices) {
      const Member* m = c.member(p.member);
      if (m && m->type != "gms-practice")
        diags.error(p.where, "member '" + p.member + "' is not a GP practice (its type is " + m->type + ")",
                    "CND indicators are achieved by GMS practices; record only gms-practice members");
    }
}

}  // namespace cp
