#include "documents/blocks.h"

#include <algorithm>
#include <functional>
#include <map>

#include "documents/blocks_internal.h"
#include "documents/decision_results.h"
#include "documents/pack_results.h"
#include "documents/table_builder.h"
#include "governance/money.h"
#include "governance/options.h"
#include "governance/risk.h"
#include "i18n/dates.h"
#include "model/cluster_rules.h"

namespace cp {

namespace blocks {

std::string money_cell(Pence amount, bool pence) { return pence ? format_money_with_pence(amount) : format_money(amount); }

// The heat map of `risks`: how many have each likelihood and impact.
std::vector<DocNode> risk_matrix_of(const BlockContext& b, const std::vector<const Risk*>& risks) {
  Words t{b};
  DocNode m;
  m.kind = NodeKind::RiskMatrix;
  m.numbers.assign(25, 0);
  for (const Risk* r : risks) {
    int row = 5 - r->likelihood;  // likelihood 5 at the top
    int col = r->impact - 1;
    ++m.numbers[row * 5 + col];
  }
  RiskMatrixLabels labels;
  labels.likelihood_axis = t("col_likelihood");
  labels.impact_axis = t("col_impact");
  for (int i = 1; i <= 5; ++i) labels.likelihood[i - 1] = t("likelihood_" + std::to_string(i));
  for (int i = 1; i <= 5; ++i) labels.impact[i - 1] = t("impact_" + std::to_string(i));
  // The bands' names, so a cell says its rating in words, not by colour alone.
  const char* bands[] = {"low", "moderate", "high", "extreme"};
  for (size_t i = 0; i < 4; ++i) labels.bands[i] = t(std::string("band_") + bands[i]);
  set_labels(m, std::move(labels));
  m.title = b.view.strings.format(t.lang(), "risk_matrix_caption", std::to_string(risks.size()));
  return one(m);
}

std::vector<const Risk*> risks_by_score(const Cluster& c) {
  std::vector<const Risk*> out;
  for (const auto& r : c.risks) out.push_back(&r);
  std::stable_sort(out.begin(), out.end(), [](const Risk* a, const Risk* b) {
    bool a_open = a->status == "open", b_open = b->status == "open";
    if (a_open != b_open) return a_open;
    return risk_score(a->likelihood, a->impact) > risk_score(b->likelihood, b->impact);
  });
  return out;
}

}  // namespace blocks

namespace {

using namespace blocks;
using Builder = std::function<std::vector<DocNode>(const BlockContext&)>;

// What a block needs besides the cluster: the entry a per-entry document is made for.
enum class Needs { Cluster, BusinessCase, Sbar, CndYear, Report, Meeting };

struct BlockDef {
  Builder build;
  Needs needs = Needs::Cluster;
};

std::vector<DocNode> membership(const BlockContext& b) {
  Words t{b};
  TableBuilder table;
  table.column(t("col_member")).column(t("col_type")).column(t("col_representative")).column(t("col_deputy"))
      .column(t("col_votes"), Align::Right);
  for (const auto& m : t.cluster().members) {
    if (b.body && !t.cluster().sits_on(*b.body, m.id)) continue;
    table.row({m.name.in(t.lang()), t("member_type_" + underscore(m.type)), person_name(t.cluster(), m.representative),
               person_name(t.cluster(), m.deputy), std::to_string(m.votes)});
  }
  return one(table.build());
}

std::vector<DocNode> attendance(const BlockContext& b) {
  Words t{b};
  TableBuilder table;
  table.column(t("col_name")).column(t("col_role"));
  for (const auto& id : t.cluster().in_attendance)
    table.row({person_name(t.cluster(), id), person_role(t.cluster(), id, t.lang())});
  return one(table.build());
}

// The votes needed for each kind of decision, counted on the membership
// of the body that decides: one body's (in its terms of reference), or
// every body's (in the voting system of a cluster with several).
std::vector<DocNode> vote_thresholds(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  std::vector<const GovernanceBody*> bodies;
  if (b.body) bodies.push_back(b.body);
  else
    for (const auto& body : c.bodies) bodies.push_back(&body);
  bool named = bodies.size() > 1;
  TableBuilder table;
  if (named) table.column(t("col_body"));
  table.column(t("col_decision_type")).column(t("col_majority")).column(t("col_counted_on"))
      .column(t("col_votes_needed"), Align::Right);
  auto rows = [&](const GovernanceBody* body) {
    const VotingRules& rules = body ? body->voting : c.voting;
    int votes = 0;
    for (const auto& m : c.members)
      if (!body || c.sits_on(*body, m.id)) votes += m.votes;
    for (const auto& [type, rule] : {std::pair{"decision_general", rules.general_majority},
                                     std::pair{"decision_financial", rules.financial_majority}}) {
      int needed = votes_needed(parse_majority(rule).value_or(Majority::Simple), votes);
      std::vector<std::string> row;
      if (named) row.push_back(t("body_" + underscore(body->id)));
      for (auto cell : {t(type), t("majority_" + underscore(rule)), t("majority_of_" + underscore(rules.majority_of)),
                        b.view.strings.format(t.lang(), "votes_needed_of", std::to_string(needed)) + " " +
                            std::to_string(votes)})
        row.push_back(cell);
      table.row(row);
    }
  };
  if (bodies.empty()) rows(nullptr);
  for (const GovernanceBody* body : bodies) rows(body);
  return one(table.build());
}

std::vector<DocNode> signatures(const BlockContext& b) {
  Words t{b};
  DocNode block;
  block.kind = NodeKind::SignatureBlock;
  set_labels(block, SignatureLabels{t("signature"), t("col_date"), t("col_name"), t("col_role")});
  const TermsOfReference& terms = b.body ? b.body->terms : t.cluster().terms;
  for (const auto& id : terms.signatories) {
    DocNode who = make_paragraph({make_text(person_name(t.cluster(), id)), make_text(person_role(t.cluster(), id, t.lang()))});
    block.children.push_back(who);
  }
  return one(block);
}

std::vector<DocNode> risk_register(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_id")).column(t("col_risk")).column(t("col_owner")).column(t("col_score"), Align::Right)
      .column(t("col_band")).column(t("col_residual"), Align::Right).column(t("col_review")).column(t("col_status"));
  for (const Risk* r : risks_by_score(c)) {
    int score = risk_score(r->likelihood, r->impact);
    RiskBand band = band_for(score);
    std::string residual;
    if (r->residual_likelihood && r->residual_impact)
      residual = std::to_string(risk_score(*r->residual_likelihood, *r->residual_impact));
    std::string review = t.date(r->review);
    if (r->status == "open" && r->review && review_overdue(*r->review, b.view.today))
      review += " — " + t("overdue");
    std::string status = t("risk_status_" + r->status);
    if (r->status == "open" && needs_escalation(score, c.escalate_at)) status += " — " + t("escalate");
    table.row({r->id, r->title.in(t.lang()) + " (" + t("risk_category_" + r->category) + ")", person_name(c, r->owner),
               std::to_string(r->likelihood) + " × " + std::to_string(r->impact) + " = " + std::to_string(score),
               t("band_" + std::string(band_id(band))), residual, review, status});
    table.style_cell(4, "band-" + std::string(band_id(band)));
  }
  return one(table.build());
}

std::vector<DocNode> risk_matrix(const BlockContext& b) {
  std::vector<const Risk*> open;
  for (const auto& r : b.view.cluster.risks)
    if (r.status == "open") open.push_back(&r);
  return risk_matrix_of(b, open);
}

std::vector<DocNode> year_risk_matrix(const BlockContext& b) {
  return risk_matrix_of(b, year_summary(b.view.cluster, *b.report, b.view.today).open_at_end);
}

std::vector<DocNode> decisions(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_id")).column(t("col_date")).column(t("col_decision")).column(t("col_votes_cast"), Align::Right)
      .column(t("col_votes_needed"), Align::Right).column(t("col_outcome"));
  for (const auto& d : c.decisions) {
    DecisionResult r = decision_result(c, d);
    std::string title = d.title.in(t.lang());
    if (d.financial) title += " (" + t("financial") + (d.amount ? ", " + format_money(*d.amount) : "") + ")";
    std::string cast = std::to_string(r.votes_for) + " / " + std::to_string(r.votes_against) + " / " +
                       std::to_string(r.abstentions);
    table.row({d.id, t.date(d.date), title, cast,
               r.outcome == Outcome::Inquorate ? "—" : std::to_string(r.votes_needed) + " / " + std::to_string(r.base),
               t("outcome_" + underscore(outcome_id(r.outcome)))});
  }
  std::vector<DocNode> out = one(table.build());
  out.push_back(make_paragraph({make_text(t("decisions_key"))}));
  return out;
}

std::vector<DocNode> costs(const BlockContext& b) {
  Words t{b};
  const BusinessCase& bc = *b.business_case;
  std::vector<std::vector<Pence>> rows;
  for (const auto& line : bc.costs) rows.push_back(line.amounts);
  auto totals = cost_totals(rows);
  std::vector<Pence> all;
  for (const auto& r : rows) all.insert(all.end(), r.begin(), r.end());
  bool pence = any_pence(all);
  auto money = [&](Pence p) { return pence ? format_money_with_pence(p) : format_money(p); };
  TableBuilder table;
  table.column(t("col_item"));
  for (const auto& y : bc.years) table.column(y, Align::Right);
  table.column(t("col_total"), Align::Right);
  for (size_t i = 0; i < bc.costs.size(); ++i) {
    std::vector<std::string> cells = {bc.costs[i].item.in(t.lang())};
    for (size_t y = 0; y < bc.years.size(); ++y) cells.push_back(y < rows[i].size() ? money(rows[i][y]) : "");
    cells.push_back(totals ? money(totals->row_totals[i]) : "");
    table.row(cells);
  }
  if (totals) {
    std::vector<std::string> cells = {t("col_total")};
    for (size_t y = 0; y < bc.years.size(); ++y)
      cells.push_back(y < totals->column_totals.size() ? money(totals->column_totals[y]) : money(0));
    cells.push_back(money(totals->grand_total));
    table.row(cells, "total");
  }
  return one(table.build());
}

std::vector<DocNode> options(const BlockContext& b) {
  Words t{b};
  const BusinessCase& bc = *b.business_case;
  std::vector<int> weights;
  for (const auto& c : bc.criteria) weights.push_back(c.weight);
  std::vector<OptionScores> scores;
  for (const auto& o : bc.options) {
    OptionScores s{o.id, {}};
    for (const auto& c : bc.criteria) {
      int v = 0;
      for (const auto& [id, score] : o.scores)
        if (id == c.id) v = score;
      s.scores.push_back(v);
    }
    scores.push_back(s);
  }
  auto ranked = rank_options(weights, scores);
  TableBuilder table;
  table.column(t("col_option"));
  for (const auto& c : bc.criteria)
    table.column(c.name.in(t.lang()) + " (×" + std::to_string(c.weight) + ")", Align::Right);
  table.column(t("col_weighted_total"), Align::Right).column(t("col_rank"), Align::Right);
  for (size_t i = 0; i < bc.options.size(); ++i) {
    std::vector<std::string> cells = {bc.options[i].id + ". " + bc.options[i].name.in(t.lang())};
    for (int s : scores[i].scores) cells.push_back(std::to_string(s));
    cells.push_back(std::to_string(ranked[i].weighted_total));
    cells.push_back(std::to_string(ranked[i].rank) + (ranked[i].tied ? " " + t("rank_tied") : ""));
    table.row(cells, ranked[i].rank == 1 ? "preferred" : "");
  }
  return one(table.build());
}

std::vector<DocNode> case_risks(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  TableBuilder table;
  table.column(t("col_id")).column(t("col_risk")).column(t("col_score"), Align::Right).column(t("col_band"));
  for (const auto& id : b.business_case->risks) {
    for (const auto& r : c.risks) {
      if (r.id != id) continue;
      int score = risk_score(r.likelihood, r.impact);
      std::string band = band_id(band_for(score));
      table.row({r.id, r.title.in(t.lang()), std::to_string(score), t("band_" + band)});
      table.style_cell(3, "band-" + band);
    }
  }
  return one(table.build());
}

std::vector<DocNode> case_decision(const BlockContext& b) {
  Words t{b};
  const Cluster& c = t.cluster();
  const Decision* d = find_decision(c, b.business_case->decision);
  if (!d) return one(make_paragraph({make_text(t("no_decision_yet"))}));
  DecisionResult r = decision_result(c, *d);
  TableBuilder table;
  table.column(t("col_decision")).column(t("col_date")).column(t("col_votes_cast"), Align::Right)
      .column(t("col_votes_needed"), Align::Right).column(t("col_outcome"));
  table.row({d->id + ": " + d->title.in(t.lang()), t.date(d->date),
             std::to_string(r.votes_for) + " / " + std::to_string(r.votes_against) + " / " + std::to_string(r.abstentions),
             std::to_string(r.votes_needed) + " / " + std::to_string(r.base), t("outcome_" + underscore(outcome_id(r.outcome)))});
  return one(table.build());
}

std::vector<DocNode> sbar_header(const BlockContext& b) {
  Words t{b};
  const Sbar& s = *b.sbar;
  const Cluster& c = t.cluster();
  const std::string& rule = s.financial ? c.voting.financial_majority : c.voting.general_majority;
  TableBuilder table;
  table.column(t("col_item")).column(t("col_detail"));
  table.row({t("col_meeting"), t.date(s.meeting)});
  table.row({t("col_author"), person_name(c, s.author) +
                                  (person_role(c, s.author, t.lang()).empty() ? "" : ", " + person_role(c, s.author, t.lang()))});
  table.row({t("col_purpose"), t("sbar_purpose_" + s.purpose)});
  table.row({t("col_financial_implications"), s.financial ? t("answer_yes") : t("answer_no")});
  if (s.purpose == "decision") table.row({t("col_majority"), t("majority_" + underscore(rule))});
  return one(table.build());
}

const std::map<std::string, BlockDef>& builders() {
  static const std::map<std::string, BlockDef> table = {
      {"membership", {membership}},
      {"attendance", {attendance}},
      {"vote_thresholds", {vote_thresholds}},
      {"signatures", {signatures}},
      {"risk_register", {risk_register}},
      {"risk_matrix", {risk_matrix}},
      {"decisions", {decisions}},
      {"decision_votes", {decision_votes}},
      {"decision_actions", {decision_actions}},
      {"risk_controls", {risk_controls}},
      {"risk_actions", {risk_actions}},
      {"costs", {costs, Needs::BusinessCase}},
      {"options", {options, Needs::BusinessCase}},
      {"case_risks", {case_risks, Needs::BusinessCase}},
      {"case_decision", {case_decision, Needs::BusinessCase}},
      {"sbar_header", {sbar_header, Needs::Sbar}},
      {"practices", {practices}},
      {"partnership_options", {partnership_options}},
      {"plan_risks", {plan_risks}},
      {"resources", {resources}},
      {"work_plan", {work_plan}},
      {"prioritisation", {prioritisation}},
      {"logic_model", {logic_model}},
      {"self_assessment_progress", {blocks::self_assessment_progress}},
      {"self_assessment_actions", {self_assessment_actions}},
      {"cnd_indicators", {cnd_indicators, Needs::CndYear}},
      {"cnd_practices", {cnd_practices, Needs::CndYear}},
      {"year_decisions", {year_decisions, Needs::Report}},
      {"year_risks", {year_risks, Needs::Report}},
      {"year_business_cases", {year_business_cases, Needs::Report}},
      {"year_cnd", {year_cnd, Needs::Report}},
      {"year_risk_matrix", {year_risk_matrix, Needs::Report}},
      {"agenda_items", {agenda_items, Needs::Meeting}},
      {"meeting_attendance", {meeting_attendance, Needs::Meeting}},
      {"meeting_declarations", {meeting_declarations, Needs::Meeting}},
      {"minutes_items", {minutes_items, Needs::Meeting}},
      {"carried_actions", {carried_actions, Needs::Meeting}},
      {"interests", {blocks::interests}},
      {"attendance_by_year", {blocks::attendance_by_year}},
      {"delegation", {delegation}}};
  return table;
}

}  // namespace

const std::vector<std::string>& block_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& [name, def] : builders()) out.push_back(name);
    return out;
  }();
  return names;
}

std::optional<std::vector<DocNode>> build_block(const std::string& name, const BlockContext& ctx) {
  auto it = builders().find(name);
  if (it == builders().end()) return std::nullopt;
  switch (it->second.needs) {
    case Needs::Cluster: break;
    case Needs::BusinessCase:
      if (!ctx.business_case) return std::nullopt;
      break;
    case Needs::Sbar:
      if (!ctx.sbar) return std::nullopt;
      break;
    case Needs::CndYear:
      if (!ctx.cnd) return std::nullopt;
      break;
    case Needs::Report:
      if (!ctx.report) return std::nullopt;
      break;
    case Needs::Meeting:
      if (!ctx.meeting) return std::nullopt;
      break;
  }
  return it->second.build(ctx);
}

std::string block_requirement_hint() {
  return "costs, options, case_risks and case_decision need a business case (per: business-case); sbar_header an "
         "SBAR (per: sbar); cnd_indicators and cnd_practices a CND year (per: cnd-year); year_decisions, year_risks, "
         "year_business_cases, year_cnd and year_risk_matrix an annual report (per: annual-report); agenda_items, "
         "meeting_attendance, meeting_declarations, minutes_items and carried_actions a meeting (per: meeting)";
}

}  // namespace cp
