// The rules of a cluster's governance records, checked after the file is
// read: the members of a body, who attended a meeting and who voted at it,
// interests declared on its items, the amounts each body may commit, and
// the dates of the register of interests.
#include <algorithm>
#include <map>

#include "governance/money.h"
#include "model/cluster_rules.h"

namespace cp {

namespace {

bool listed(const std::vector<IdRef>& refs, const std::string& id) {
  return std::any_of(refs.begin(), refs.end(), [&](const IdRef& r) { return r.id == id; });
}

void check_meeting(const Cluster& c, const Meeting& m, Diagnostics& diags) {
  const GovernanceBody* body = c.body(m.body);
  if (!body) return;  // reported where it is named
  for (const auto* list : {&m.present, &m.apologies})
    for (const auto& ref : *list)
      if (!c.sits_on(*body, ref.id))
        diags.error(ref.where, "member '" + ref.id + "' does not sit on the " + body_words(m.body),
                    "list only the body's members (bodies: members); others attend under in_attendance");
  for (const auto& ref : m.apologies)
    if (listed(m.present, ref.id))
      diags.error(ref.where, "member '" + ref.id + "' is both present and giving apologies",
                  "a member is either present (in person or through its deputy) or gives apologies");
  for (const auto& decl : m.declarations)
    if (decl.item > static_cast<int>(m.items.size()))
      diags.error(decl.item_where,
                  "the meeting has " + std::to_string(m.items.size()) + (m.items.size() == 1 ? " item" : " items") +
                      ", so there is no item " + std::to_string(decl.item),
                  "give the number of the agenda item the interest was declared on, counting from 1");
  // Every vote of a decision taken at the meeting is cast by a member
  // present (in person or through its deputy).
  for (const auto& item : m.items)
    for (const auto& ref : item.decisions) {
      const Decision* d = nullptr;
      for (const auto& x : c.decisions)
        if (x.id == ref.id) d = &x;
      if (!d) continue;
      for (const auto* votes : {&d->votes_for, &d->votes_against, &d->votes_abstain})
        for (const auto& vote : *votes)
          if (!listed(m.present, vote.id))
            diags.error(vote.where,
                        "member '" + vote.id + "' votes on decision '" + d->id + "' but is not recorded as present "
                        "at the meeting '" + m.id + "'",
                        listed(m.apologies, vote.id) ? "it gave apologies: remove its vote, or correct the record"
                                                     : "add it to the meeting's 'present' list, or remove its vote");
    }
}

// A decision above what its body may commit needs the body the scheme
// of delegation leaves it to.
void check_delegation(const Cluster& c, Diagnostics& diags) {
  std::map<std::string, const Delegation*> limit;
  for (const auto& d : c.delegation)
    if (d.up_to) limit.emplace(d.body, &d);
  for (const auto& d : c.decisions) {
    auto found = limit.find(d.body);
    if (!d.amount || found == limit.end() || *d.amount <= *found->second->up_to) continue;
    diags.error(d.where,
                "decision '" + d.id + "' commits " + format_money_with_pence(*d.amount) + ", above the " +
                    format_money_with_pence(*found->second->up_to) + " the " + body_words(d.body) + " may commit (line " +
                    std::to_string(found->second->up_to_where.line) + ")",
                "take it to a body the scheme of delegation allows, or change the delegation");
  }
}

}  // namespace

void check_governance_records(const Cluster& c, Diagnostics& diags) {
  for (const auto& m : c.meetings) check_meeting(c, m, diags);
  check_delegation(c, diags);
  for (const auto& i : c.interests)
    if (i.ended && i.declared && *i.ended < *i.declared)
      diags.error(i.ended_where,
                  "the interest ended on " + i.ended->iso() + ", before it was declared on " + i.declared->iso(),
                  "check both dates: an interest ends after it is declared");
}

}  // namespace cp
