#include "model/text_fields.h"

namespace cp {

namespace {

void each(const std::string& field, const std::vector<Text>& list, const TextVisitor& visit) {
  for (size_t i = 0; i < list.size(); ++i) visit(field + "[" + std::to_string(i + 1) + "]", list[i]);
}

void actions(const std::string& field, const std::vector<Action>& list, const TextVisitor& visit) {
  for (size_t i = 0; i < list.size(); ++i) visit(field + ".actions[" + std::to_string(i + 1) + "]", list[i].text);
}

}  // namespace

void for_each_text(const Cluster& c, const TextVisitor& visit) {
  visit("name", c.name);
  for (const auto& p : c.people) visit("people[" + p.id + "].role", p.role);
  for (const auto& m : c.members) visit("members[" + m.id + "].name", m.name);
  const Vision& v = c.vision;
  if (v.present) {
    visit("vision.statement", v.statement);
    visit("vision.mission", v.mission);
    each("vision.aims", v.aims, visit);
    for (size_t i = 0; i < v.values.size(); ++i) {
      visit("vision.values[" + std::to_string(i + 1) + "].name", v.values[i].name);
      visit("vision.values[" + std::to_string(i + 1) + "].description", v.values[i].description);
    }
  }
  const TermsOfReference& t = c.terms;
  if (t.present) {
    visit("terms_of_reference.purpose", t.purpose);
    visit("terms_of_reference.duty_statement", t.duty_statement);
    each("terms_of_reference.functions", t.functions, visit);
    visit("terms_of_reference.service_user_engagement", t.service_user_engagement);
    visit("terms_of_reference.risk_management", t.risk_management);
    visit("terms_of_reference.reporting", t.reporting);
    visit("terms_of_reference.communication", t.communication);
    visit("terms_of_reference.declarations_of_interest", t.declarations_of_interest);
    visit("terms_of_reference.meetings.administrative_support", t.meetings.administrative_support);
  }
  if (c.voting.present) visit("voting.escalation", c.voting.escalation);
  for (const auto& d : c.decisions) {
    visit("decisions[" + d.id + "].title", d.title);
    actions("decisions[" + d.id + "]", d.actions, visit);
  }
  for (const auto& r : c.risks) {
    visit("risks[" + r.id + "].title", r.title);
    each("risks[" + r.id + "].controls", r.controls, visit);
    actions("risks[" + r.id + "]", r.actions, visit);
  }
  for (const auto& s : c.sbars) {
    std::string f = "sbars[" + s.id + "]";
    visit(f + ".title", s.title);
    visit(f + ".situation", s.situation);
    visit(f + ".background", s.background);
    visit(f + ".assessment", s.assessment);
    visit(f + ".recommendation", s.recommendation);
  }
  for (const auto& b : c.business_cases) {
    std::string f = "business_cases[" + b.id + "]";
    visit(f + ".title", b.title);
    visit(f + ".summary", b.summary);
    each(f + ".benefits", b.benefits, visit);
    for (size_t i = 0; i < b.costs.size(); ++i) visit(f + ".costs[" + std::to_string(i + 1) + "].item", b.costs[i].item);
    for (const auto& cr : b.criteria) visit(f + ".options.criteria[" + cr.id + "].name", cr.name);
    for (const auto& o : b.options) visit(f + ".options.list[" + o.id + "].name", o.name);
    visit(f + ".exit_strategy", b.exit_strategy);
    visit(f + ".evaluation", b.evaluation);
  }
  const BusinessPlan& bp = c.business_plan;
  if (bp.present) {
    const std::string f = "business_plan";
    visit(f + ".hub_name", bp.hub_name);
    visit(f + ".executive_summary", bp.executive_summary);
    each(f + ".intentions", bp.intentions, visit);
    visit(f + ".introduction", bp.introduction);
    visit(f + ".background", bp.background);
    each(f + ".achievements", bp.achievements, visit);
    for (const auto& r : bp.staff_roles) visit(f + ".staff_roles[" + r.id + "].name", r.name);
    for (const auto& cr : bp.criteria) visit(f + ".options.criteria[" + cr.id + "].name", cr.name);
    for (const auto& o : bp.options) visit(f + ".options.list[" + o.id + "].name", o.name);
    visit(f + ".options.rationale", bp.rationale);
    each(f + ".benefits", bp.benefits, visit);
    for (const auto& r : bp.risks) {
      visit(f + ".risks[" + r.id + "].risk", r.risk);
      each(f + ".risks[" + r.id + "].mitigations", r.mitigations, visit);
    }
    for (size_t i = 0; i < bp.resources.size(); ++i)
      visit(f + ".resources[" + std::to_string(i + 1) + "].item", bp.resources[i].item);
    for (const auto& w : bp.work_plan) {
      visit(f + ".work_plan[" + w.id + "].project", w.project);
      visit(f + ".work_plan[" + w.id + "].description", w.description);
      visit(f + ".work_plan[" + w.id + "].position", w.position);
    }
  }
  const LogicModel& m = c.logic_model;
  if (m.present) {
    visit("logic_model.title", m.title);
    visit("logic_model.goal", m.goal);
    each("logic_model.inputs", m.inputs, visit);
    for (size_t i = 0; i < m.activities.size(); ++i) {
      std::string g = "logic_model.activities[" + std::to_string(i + 1) + "]";
      visit(g + ".group", m.activities[i].name);
      each(g + ".items", m.activities[i].items, visit);
    }
    each("logic_model.outputs", m.outputs, visit);
    each("logic_model.outcomes", m.outcomes, visit);
    each("logic_model.measures", m.measures, visit);
  }
  for (const auto& a : c.self_assessment.actions) visit("self_assessment.actions[" + a.id + "].note", a.note);
  const Prioritisation& p = c.prioritisation;
  for (const auto& cr : p.criteria) visit("prioritisation.criteria[" + cr.id + "].name", cr.name);
  for (const auto& pr : p.projects) visit("prioritisation.projects[" + pr.id + "].title", pr.title);
  for (const auto& r : c.annual_reports) {
    std::string f = "annual_reports[" + r.year + "]";
    visit(f + ".introduction", r.introduction);
    each(f + ".highlights", r.highlights, visit);
    each(f + ".next_year", r.next_year, visit);
  }
}

void for_each_text(const std::vector<HealthBoard>& boards, const TextVisitor& visit) {
  for (const auto& b : boards) {
    visit("boards[" + b.id + "].name", b.name);
    visit("boards[" + b.id + "].area", b.area);
  }
}

void for_each_text(const std::vector<PackCategory>& packs, const TextVisitor& visit) {
  for (const auto& c : packs) {
    visit("categories[" + c.id + "].title", c.title);
    for (const auto& p : c.packs) {
      visit("packs[" + p.id + "].title", p.title);
      visit("packs[" + p.id + "].description", p.description);
    }
  }
}

void for_each_text(const CndSet& set, const TextVisitor& visit) {
  visit("title", set.title);
  for (const auto& i : set.indicators) {
    visit("indicators[" + i.code + "].title", i.title);
    visit("indicators[" + i.code + "].description", i.description);
    if (i.split)
      for (const auto& part : i.items) visit("indicators[" + i.code + "].parts[" + part.part + "].title", part.title);
  }
}

}  // namespace cp
