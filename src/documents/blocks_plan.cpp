// Blocks of the partnership hub business plan (seed 001), the project
// prioritisation (pack 13) and the logic model (pack 27).
#include "documents/blocks_internal.h"
#include "documents/pack_results.h"
#include "documents/table_builder.h"
#include "governance/money.h"

namespace cp::blocks {

namespace {

std::string name_of(const Cluster& c, const std::string& id, Language lang) {
  if (const Member* m = c.member(id)) return m->name.in(lang);
  return person_name(c, id);
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

// Options or projects (rows) scored on criteria (columns), with weighted
// totals and ranks.
std::string criterion_heading(const OptionCriterion& c, Language lang) {
  return c.name.in(lang) + (c.weight == 1 ? "" : " (×" + std::to_string(c.weight) + ")");
}

}  // namespace

std::vector<DocNode> practices(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  PracticeTable p = practice_table(c);
  TableBuilder table;
  table.column(t("practices_corner"));
  for (const Member* m : p.practices) table.column(m->name.in(t.lang()), Align::Right);
  table.column(t("col_total"), Align::Right);
  std::vector<std::string> patients = {t("practices_patients")};
  for (const Member* m : p.practices) patients.push_back(m->patients ? group_digits(*m->patients) : "—");
  patients.push_back(group_digits(p.totals.patient_total));
  table.row(patients);
  const auto& roles = c.business_plan.staff_roles;
  for (size_t r = 0; r < roles.size(); ++r) {
    std::vector<std::string> cells = {roles[r].name.in(t.lang())};
    for (const auto& row : p.staff) cells.push_back(r < row.size() && row[r] ? format_hundredths(*row[r]) : "—");
    cells.push_back(format_hundredths(p.totals.role_totals[r]));
    table.row(cells);
  }
  std::vector<std::string> total = {t("practices_total_staff")};
  for (int64_t v : p.totals.practice_totals) total.push_back(format_hundredths(v));
  total.push_back(format_hundredths(p.totals.staff_total));
  table.row(total, "total");
  std::vector<DocNode> out = one(table.build());
  out.push_back(make_paragraph({make_text(t("practices_key"))}));
  return out;
}

std::vector<DocNode> partnership_options(const BlockContext& b) {
  Words t{b};
  const BusinessPlan& bp = t.cluster().business_plan;
  if (bp.options.empty()) return note(t("no_options"));
  auto ranked = rank_plan_options(bp);
  TableBuilder table;
  table.column(t("col_criterion"));
  for (const auto& o : bp.options)
    table.column(o.id + ". " + o.name.in(t.lang()) + (o.id == bp.chosen ? " " + t("option_chosen") : ""),
                 Align::Right);
  for (const auto& cr : bp.criteria) {
    std::vector<std::string> cells = {criterion_heading(cr, t.lang())};
    for (const auto& o : bp.options) cells.push_back(std::to_string(score_of(o.scores, cr.id)));
    table.row(cells);
  }
  std::vector<std::string> totals = {t("col_weighted_total")};
  std::vector<std::string> ranks = {t("col_rank")};
  for (const auto& r : ranked) {
    totals.push_back(std::to_string(r.weighted_total));
    ranks.push_back(std::to_string(r.rank) + (r.tied ? " " + t("rank_tied") : ""));
  }
  table.row(totals, "total");
  table.row(ranks);
  std::vector<DocNode> out = one(table.build());
  out.push_back(make_paragraph({make_text(t("options_key"))}));
  return out;
}

std::vector<DocNode> plan_risks(const BlockContext& b) {
  Words t{b};
  const BusinessPlan& bp = t.cluster().business_plan;
  TableBuilder table;
  table.column(t("col_id")).column(t("col_risk")).column(t("col_likelihood")).column(t("col_mitigation"));
  for (const auto& r : bp.risks) {
    std::vector<std::string> mitigations;
    for (const auto& m : r.mitigations) mitigations.push_back(m.in(t.lang()));
    table.row({r.id, r.risk.in(t.lang()), t("plan_likelihood_" + r.likelihood), joined(mitigations, "; ")});
    table.style_cell(2, "likelihood-" + r.likelihood);
  }
  return one(table.build());
}

std::vector<DocNode> resources(const BlockContext& b) {
  Words t{b};
  const BusinessPlan& bp = t.cluster().business_plan;
  std::vector<std::vector<Pence>> rows;
  std::vector<Pence> all;
  for (const auto& line : bp.resources) {
    rows.push_back(line.amounts);
    all.insert(all.end(), line.amounts.begin(), line.amounts.end());
  }
  auto totals = cost_totals(rows);
  bool pence = any_pence(all);
  TableBuilder table;
  table.column(t("col_resource"));
  for (const auto& y : bp.years) table.column(y, Align::Right);
  table.column(t("col_total"), Align::Right);
  for (size_t i = 0; i < bp.resources.size(); ++i) {
    std::vector<std::string> cells = {bp.resources[i].item.in(t.lang())};
    for (size_t y = 0; y < bp.years.size(); ++y) cells.push_back(y < rows[i].size() ? money_cell(rows[i][y], pence) : "");
    cells.push_back(totals ? money_cell(totals->row_totals[i], pence) : "");
    table.row(cells);
  }
  if (totals) {
    std::vector<std::string> cells = {t("col_total")};
    for (size_t y = 0; y < bp.years.size(); ++y)
      cells.push_back(money_cell(y < totals->column_totals.size() ? totals->column_totals[y] : 0, pence));
    cells.push_back(money_cell(totals->grand_total, pence));
    table.row(cells, "total");
  }
  return one(table.build());
}

std::vector<DocNode> work_plan(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_id")).column(t("col_project")).column(t("col_description")).column(t("col_lead"))
      .column(t("col_involved")).column(t("col_time")).column(t("col_position"));
  for (const auto& w : c.business_plan.work_plan) {
    std::vector<std::string> involved;
    for (const auto& id : w.involved) involved.push_back(name_of(c, id, t.lang()));
    table.row({w.id, w.project.in(t.lang()), w.description.in(t.lang()), person_name(c, w.lead),
               joined(involved, ", "), t.date(w.due), w.position.in(t.lang())});
  }
  return one(table.build());
}

std::vector<DocNode> prioritisation(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  const Prioritisation& p = c.prioritisation;
  PrioritisationResult r = prioritisation_result(p);
  std::vector<Pence> costs;
  for (const auto& pr : p.projects) costs.push_back(pr.cost);
  costs.push_back(p.budget);
  bool pence = any_pence(costs);
  TableBuilder table;
  table.column(t("col_rank"), Align::Right).column(t("col_project")).column(t("col_lead"));
  for (const auto& cr : p.criteria) table.column(criterion_heading(cr, t.lang()), Align::Right);
  table.column(t("col_weighted_total"), Align::Right).column(t("col_cost"), Align::Right).column(t("col_funding"));
  for (size_t i : r.order) {
    const PriorityProject& pr = p.projects[i];
    std::vector<std::string> cells = {std::to_string(r.ranked[i].rank) + (r.ranked[i].tied ? " " + t("rank_tied") : ""),
                                      pr.id + ". " + pr.title.in(t.lang()), person_name(c, pr.lead)};
    for (const auto& cr : p.criteria) cells.push_back(std::to_string(score_of(pr.scores, cr.id)));
    cells.push_back(std::to_string(r.ranked[i].weighted_total));
    cells.push_back(money_cell(pr.cost, pence));
    cells.push_back(r.line.funded[i] ? t("funding_funded") : t("funding_slips"));
    table.row(cells, r.line.funded[i] ? "funded" : "slipped");
  }
  std::vector<DocNode> out = one(table.build());
  TableBuilder summary;
  summary.column(t("col_item")).column(t("col_amount"), Align::Right);
  summary.row({t("funding_budget"), money_cell(p.budget, pence)});
  summary.row({t("funding_committed"), money_cell(r.line.committed, pence)});
  summary.row({t("funding_remaining"), money_cell(r.line.remaining, pence)}, "total");
  summary.row({t("funding_slipped"), money_cell(r.line.slipped, pence)});
  out.push_back(summary.build());
  out.push_back(make_paragraph({make_text(t("funding_key"))}));
  return out;
}

std::vector<DocNode> logic_model(const BlockContext& b) {
  Words t{b};
  const LogicModel& m = t.cluster().logic_model;
  DocNode model;
  model.kind = NodeKind::LogicModel;
  model.title = m.title.empty() ? t("logic_model_caption") : m.title.in(t.lang());
  set_labels(model, LogicModelLabels{t("logic_goal"), m.goal.in(t.lang())});
  auto item = [](const std::string& text) {
    DocNode i;
    i.kind = NodeKind::Item;
    i.children.push_back(make_paragraph({make_text(text)}));
    return i;
  };
  auto column = [&](const std::string& title, const std::vector<Text>& items) {
    DocNode list;
    list.kind = NodeKind::List;
    list.title = title;
    for (const auto& x : items) list.children.push_back(item(x.in(t.lang())));
    return list;
  };
  model.children.push_back(column(t("logic_inputs"), m.inputs));
  DocNode activities;
  activities.kind = NodeKind::List;
  activities.title = t("logic_activities");
  for (const auto& g : m.activities) {
    DocNode group = item(g.name.in(t.lang()));
    group.style = "group";
    if (!g.items.empty()) {
      DocNode list = column("", g.items);
      group.children.push_back(list);
    }
    activities.children.push_back(group);
  }
  model.children.push_back(activities);
  model.children.push_back(column(t("logic_outputs"), m.outputs));
  model.children.push_back(column(t("logic_outcomes"), m.outcomes));
  if (!m.measures.empty()) model.children.push_back(column(t("logic_measures"), m.measures));
  return one(model);
}

}  // namespace cp::blocks
