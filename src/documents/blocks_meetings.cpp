// Blocks of the governance records: a meeting's agenda and minutes (who
// attended, interests declared, items with their papers, decisions and
// actions, actions carried forward), the register of interests, attendance
// over the year and the scheme of delegation.
#include "documents/blocks_internal.h"
#include "documents/cluster_view.h"
#include "documents/decision_results.h"
#include "documents/table_builder.h"
#include "governance/money.h"
#include "model/meeting_records.h"

namespace cp::blocks {

namespace {

const Sbar* sbar_of(const Cluster& c, const std::string& id) {
  for (const auto& s : c.sbars)
    if (s.id == id) return &s;
  return nullptr;
}

const BusinessCase* case_of(const Cluster& c, const std::string& id) {
  for (const auto& b : c.business_cases)
    if (b.id == id) return &b;
  return nullptr;
}

// "SBAR: Cluster pharmacist; Business case: …", the papers an item takes.
std::string papers_of(const Words& t, const AgendaItem& item) {
  const Cluster& c = t.cluster();
  std::string out;
  for (const auto& ref : item.sbars)
    if (const Sbar* s = sbar_of(c, ref.id)) out += (out.empty() ? "" : "; ") + t("paper_sbar") + ": " + s->title.in(t.lang());
  for (const auto& ref : item.business_cases)
    if (const BusinessCase* b = case_of(c, ref.id))
      out += (out.empty() ? "" : "; ") + t("paper_business_case") + ": " + b->title.in(t.lang());
  return out;
}

DocNode item_node(std::vector<DocNode> blocks) {
  DocNode item;
  item.kind = NodeKind::Item;
  item.children = std::move(blocks);
  return item;
}

}  // namespace

std::vector<DocNode> agenda_items(const BlockContext& b) {
  Words t{b};
  DocNode list;
  list.kind = NodeKind::List;
  list.ordered = true;
  list.tight = false;
  for (const auto& item : b.meeting->items) {
    std::vector<DocNode> blocks{make_paragraph({make_text(item.title.in(t.lang()))})};
    std::string papers = papers_of(t, item);
    if (!papers.empty()) blocks.push_back(make_paragraph({make_text(t("col_papers") + ": " + papers)}));
    list.children.push_back(item_node(std::move(blocks)));
  }
  return one(list);
}

std::vector<DocNode> meeting_attendance(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  const Meeting& m = *b.meeting;
  const GovernanceBody* body = c.body(m.body);
  TableBuilder table;
  table.column(t("col_member")).column(t("col_representative_deputy")).column(t("col_attendance"));
  auto in = [](const std::vector<IdRef>& refs, const std::string& id) {
    return std::any_of(refs.begin(), refs.end(), [&](const IdRef& r) { return r.id == id; });
  };
  for (const auto& member : c.members) {
    if (!body || !c.sits_on(*body, member.id)) continue;
    std::string status = in(m.present, member.id) ? "attendance_present"
                         : in(m.apologies, member.id) ? "attendance_apologies"
                                                      : "attendance_absent";
    std::string who = person_name(c, member.representative);
    if (!member.deputy.empty()) who += " / " + person_name(c, member.deputy);
    table.row({member.name.in(t.lang()), who, t(status)});
  }
  std::vector<DocNode> out = one(table.build());
  if (!m.in_attendance.empty()) {
    std::string names;
    for (const auto& p : m.in_attendance) {
      std::string role = person_role(c, p.id, t.lang());
      names += (names.empty() ? "" : "; ") + person_name(c, p.id) + (role.empty() ? "" : " (" + role + ")");
    }
    out.push_back(make_paragraph({make_text(t("in_attendance_label") + ": " + names + ".")}));
  }
  return out;
}

std::vector<DocNode> meeting_declarations(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  const Meeting& m = *b.meeting;
  if (m.declarations.empty()) return note(t("declarations_none"));
  TableBuilder table;
  table.column(t("col_name")).column(t("col_item")).column(t("col_interest"));
  for (const auto& d : m.declarations) {
    std::string item = std::to_string(d.item);
    if (d.item >= 1 && d.item <= static_cast<int>(m.items.size()))
      item += ". " + m.items[static_cast<size_t>(d.item - 1)].title.in(t.lang());
    table.row({person_name(c, d.person), item, d.interest.in(t.lang())});
  }
  return one(table.build());
}

// Each item as the minutes record it: its papers, what was said, the
// decisions taken with their recorded votes and outcome, the actions agreed.
std::vector<DocNode> minutes_items(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  const Meeting& m = *b.meeting;
  std::vector<DocNode> out;
  for (size_t i = 0; i < m.items.size(); ++i) {
    const AgendaItem& item = m.items[i];
    out.push_back(make_heading(3, std::to_string(i + 1) + ". " + item.title.in(t.lang())));
    std::string papers = papers_of(t, item);
    if (!papers.empty()) out.push_back(make_paragraph({make_text(t("col_papers") + ": " + papers)}));
    if (!item.minutes.empty()) out.push_back(make_paragraph({make_text(item.minutes.in(t.lang()))}));
    if (!item.decisions.empty()) {
      TableBuilder table;
      table.column(t("col_id")).column(t("col_decision")).column(t("col_votes_cast"), Align::Right)
          .column(t("col_outcome"));
      for (const auto& ref : item.decisions) {
        const Decision* d = find_decision(c, ref.id);
        if (!d) continue;
        DecisionResult r = decision_result(c, *d);
        std::string title = d->title.in(t.lang());
        if (d->financial) title += " (" + t("financial") + (d->amount ? ", " + format_money(*d->amount) : "") + ")";
        table.row({d->id, title,
                   std::to_string(r.votes_for) + " / " + std::to_string(r.votes_against) + " / " +
                       std::to_string(r.abstentions),
                   t("outcome_" + underscore(outcome_id(r.outcome)))});
      }
      out.push_back(table.build());
    }
    // The actions agreed: the item's own, then those of its decisions.
    std::vector<std::pair<std::string, const Action*>> actions;
    for (const auto& a : item.actions) actions.emplace_back("", &a);
    for (const auto& ref : item.decisions)
      if (const Decision* d = find_decision(c, ref.id))
        for (const auto& a : d->actions) actions.emplace_back(d->id, &a);
    if (!actions.empty()) {
      TableBuilder table;
      table.column(t("col_action")).column(t("col_owner")).column(t("col_due"));
      for (const auto& [decision, a] : actions)
        table.row({(decision.empty() ? "" : decision + ": ") + a->text.in(t.lang()), person_name(c, a->owner),
                   t.date(a->due)});
      out.push_back(table.build());
    }
  }
  return out;
}

// Actions agreed at earlier meetings of the body and not done by this one.
// Overdue is judged at the meeting's date.
std::vector<DocNode> carried_actions(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  std::vector<CarriedAction> carried = carried_forward(c, *b.meeting);
  if (carried.empty()) return note(t("carried_none"));
  TableBuilder table;
  table.column(t("col_meeting")).column(t("col_action")).column(t("col_owner")).column(t("col_due"))
      .column(t("col_status"));
  // Carried, so open at this meeting: its status as it stood then, and
  // when it was done if that came later.
  for (const auto& a : carried) {
    std::string status = t("action_status_open");
    if (a.action->due && *a.action->due < b.meeting->date) status += " — " + t("overdue");
    if (a.action->completed) status += " — " + t.format("action_done_on", t.date(a.action->completed));
    table.row({t.date(a.from->date) + ", " + t("col_item") + " " + std::to_string(a.item), a.action->text.in(t.lang()),
               person_name(c, a.action->owner), t.date(a.action->due), status});
  }
  return one(table.build());
}

std::vector<DocNode> interests(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_name")).column(t("col_role")).column(t("col_interest")).column(t("col_kind"))
      .column(t("col_declared")).column(t("col_ended"));
  for (const auto& i : c.interests)
    table.row({person_name(c, i.person), person_role(c, i.person, t.lang()), i.interest.in(t.lang()),
               t("interest_kind_" + underscore(i.kind)), t.date(i.declared), t.date(i.ended)});
  return one(table.build());
}

// Each financial year with meetings: every member's meetings attended, of
// those of the bodies it sits on, as a percentage.
std::vector<DocNode> attendance_by_year(const BlockContext& b) {
  Words t{b};
  std::vector<DocNode> out;
  for (const auto& year : cp::attendance_by_year(t.cluster())) {
    out.push_back(make_heading(3, year.year.label));
    out.push_back(make_paragraph({make_text(t.format("attendance_year_meetings", std::to_string(year.meetings)))}));
    TableBuilder table;
    table.column(t("col_member")).column(t("col_attended"), Align::Right).column(t("col_expected"), Align::Right)
        .column(t("col_percent"), Align::Right);
    for (const auto& m : year.members) {
      auto pct = m.rate.percent();
      table.row({m.member->name.in(t.lang()), std::to_string(m.rate.attended), std::to_string(m.rate.expected),
                 pct ? std::to_string(*pct) + "%" : "—"});
    }
    out.push_back(table.build());
  }
  return out;
}

// The scheme of delegation: what every body may decide, so a body's terms
// show where what it may not decide goes.
std::vector<DocNode> delegation(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_body")).column(t("col_delegated_decisions")).column(t("col_up_to"), Align::Right);
  bool any = false;
  for (const auto& d : c.delegation) {
    table.row({t("body_" + underscore(d.body)), d.decisions.in(t.lang()), d.up_to ? format_money(*d.up_to) : "—"});
    any = true;
  }
  if (!any) return note(t("delegation_none"));
  return one(table.build());
}

}  // namespace cp::blocks
