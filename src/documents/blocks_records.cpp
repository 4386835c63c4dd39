// What the decision tracker and the risk register record beyond their main
// tables: who voted how (proxies, declared conflicts left out of the count),
// and the actions and controls behind each decision and risk.
#include "documents/blocks_internal.h"
#include "documents/cluster_view.h"
#include "documents/table_builder.h"
#include "governance/risk.h"

namespace cp::blocks {

namespace {

std::string member_names(const Cluster& c, const std::vector<MemberRef>& refs, Language lang) {
  std::string out;
  for (const auto& ref : refs) {
    const Member* m = c.member(ref.id);
    out += (out.empty() ? "" : ", ") + (m ? m->name.in(lang) : ref.id);
  }
  return out;
}

// One row per action: the record it belongs to, what, who, by when, and
// its status, flagged when it is open past its date.
struct ActionRow {
  std::string ref;
  const Action* action;
};

std::vector<DocNode> actions_table(const Words& t, const std::vector<ActionRow>& rows, const std::string& none) {
  if (rows.empty()) return note(t(none));
  TableBuilder table;
  table.column(t("col_id")).column(t("col_action")).column(t("col_owner")).column(t("col_due")).column(t("col_status"));
  for (const auto& [ref, a] : rows) {
    std::string status = t("action_status_" + a->status);
    if (action_overdue(*a, t.b.view.today)) status += " — " + t("overdue");
    table.row({ref, a->text.in(t.lang()), person_name(t.cluster(), a->owner), t.date(a->due), status});
  }
  return one(table.build());
}

}  // namespace

bool action_overdue(const Action& action, const Date& today) {
  return action.status == "open" && action.due && review_overdue(*action.due, today);
}

std::vector<DocNode> decision_votes(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_id")).column(t("col_for")).column(t("col_against")).column(t("col_abstained"))
      .column(t("col_voted_by_proxy")).column(t("col_conflict_not_counted"));
  for (const auto& d : c.decisions) {
    std::string proxies;
    for (const auto& p : d.by_proxy) {
      const Member* m = c.member(p.member);
      proxies += (proxies.empty() ? "" : ", ") + (m ? m->name.in(t.lang()) : p.member) + " (" +
                 person_name(c, p.person) + ")";
    }
    table.row({d.id, member_names(c, d.votes_for, t.lang()), member_names(c, d.votes_against, t.lang()),
               member_names(c, d.votes_abstain, t.lang()), proxies, member_names(c, d.conflicts, t.lang())});
  }
  return one(table.build());
}

std::vector<DocNode> decision_actions(const BlockContext& b) {
  Words t{b};
  std::vector<ActionRow> rows;
  for (const auto& d : t.cluster().decisions)
    for (const auto& a : d.actions) rows.push_back({d.id, &a});
  return actions_table(t, rows, "decision_actions_none");
}

std::vector<DocNode> risk_controls(const BlockContext& b) {
  Words t{b};
  TableBuilder table;
  table.column(t("col_id")).column(t("col_control"));
  bool any = false;
  for (const Risk* r : risks_by_score(t.cluster()))
    for (const auto& control : r->controls) {
      table.row({r->id, control.in(t.lang())});
      any = true;
    }
  if (!any) return note(t("risk_controls_none"));
  return one(table.build());
}

std::vector<DocNode> risk_actions(const BlockContext& b) {
  Words t{b};
  std::vector<ActionRow> rows;
  for (const Risk* r : risks_by_score(t.cluster()))
    for (const auto& a : r->actions) rows.push_back({r->id, &a});
  return actions_table(t, rows, "risk_actions_none");
}

}  // namespace cp::blocks
