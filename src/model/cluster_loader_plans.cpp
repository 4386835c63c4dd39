// Readers for the plan and report sections of a cluster file (see
// cluster_sections.h): the business plan, the logic model, CND
// achievement, the self-assessment, prioritisation and annual reports,
// each as its description says (cluster_description_plans.h), with the
// rules it cannot say: duplicate years, financial years, key action
// numbers, what references what.
#include <set>

#include "governance/financial_year.h"
#include "model/cluster_loader.h"
#include "model/cluster_sections.h"
#include "model/key_actions.h"

namespace cp {

namespace {

template <class T, class U>
void set(T& target, const std::optional<U>& value) {
  if (value) target = *value;
}

std::optional<std::string> financial_year(DataReader& r, const YamlNode& node) {
  auto text = r.text(node);
  if (!text) return std::nullopt;
  if (!parse_financial_year(*text)) {
    r.error(node, "invalid financial year '" + *text + "'",
            "write the financial year as YYYY/YY, e.g. \"2026/27\" for 1 April 2026 to 31 March 2027");
    return std::nullopt;
  }
  return text;
}

}  // namespace

void read_business_plan(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  BusinessPlan& bp = s.c.business_plan;
  Fields f(r, node, "the business plan");
  bp.present = f.ok();
  bp.where = r.at(node);
  KeyLines option_ids;
  Location years_where;  // where the plan's years are written, if they are
  KeyLines involved_known = s.member_ids;
  involved_known.insert(s.person_ids.begin(), s.person_ids.end());
  ReadRules rules{.own = s.options_appraisal(bp.criteria, bp.options, option_ids),
                  .groups = {{"options", "the partnership options"}},
                  .where = {{"practices", &bp.practices_where}, {"years", &years_where}}};
  rules.own.insert(
      {{"practices", s.refs_to(s.member_ids, "member", "in the practices", bp.practices)},
       {"staff_roles",
        [&](const YamlNode& n) {
          KeyLines ids;
          s.read_items(n, "a staff role", bp.staff_roles, [&](StaffRole& role, bool& ok) {
            return ReadRules{.own = {{"id", s.new_id(ids, "staff role", role.id, ok)}}};
          });
        }},
       {"chosen", s.ref_to(option_ids, "option", bp.chosen)},
       {"risks",
        [&](const YamlNode& n) {
          KeyLines ids;
          s.read_items(n, "a risk of the plan", bp.risks, [&](PlanRisk& k, bool& ok) {
            return ReadRules{.own = {{"id", s.new_id(ids, "plan risk", k.id, ok)}}};
          });
        }},
       {"resources",
        [&](const YamlNode& n) {
          if (years_where.line == 0)
            r.error(n, "the resources need the plan's 'years'",
                    "add years: [\"2026/27\", \"2027/28\"] to the business plan");
          else
            s.cost_lines(bp.years, "plan", bp.resources)(n);
        }},
       {"work_plan", [&](const YamlNode& n) {
          KeyLines ids;
          s.read_items(n, "a work plan item", bp.work_plan, [&](WorkPlanItem& w, bool& ok) {
            return ReadRules{.own = {{"id", s.new_id(ids, "work plan", w.id, ok)},
                                     {"lead", s.person(w.lead)},
                                     {"involved", s.refs_to(involved_known, "member or person",
                                                            "among those involved", w.involved)}}};
          });
        }}});
  s.read_fields(f, bp, rules);
}

void read_logic_model(SectionReader& s, const YamlNode& node) {
  LogicModel& m = s.c.logic_model;
  Fields f(s.r, node, "the logic model");
  m.present = f.ok();
  s.read_fields(f, m,
                {.own = {{"activities", [&](const YamlNode& n) { s.read_items(n, "a group of activities", m.activities); }}}});
}

void read_cnd(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  std::set<std::string> years;
  s.read_items(node, "a year of CND achievement", s.c.cnd, [&](CndYear& y, bool& ok) {
    return ReadRules{
        .own = {{"year",
                 [&](const YamlNode& n) {
                   auto year = r.text(n);
                   if (year && !years.insert(*year).second) {
                     r.error(n, "the year '" + *year + "' is recorded twice", "record each year's achievement once");
                     year.reset();
                   }
                   if (!year) ok = false;
                   set(y.year, year);
                 }},
                {"achieved", [&](const YamlNode& n) {
                   Fields af(r, n, "the achievements");
                   for (const auto& [key, value] : n.entries) {
                     af.optional(key.value);  // any member id is a key
                     auto member = s.ref(key, s.member_ids, "member");
                     CndYear::Practice p;
                     p.where = r.at(key);
                     KeyLines codes;
                     const std::string& member_id = key.value;  // clang 14 cannot capture a structured binding
                     r.list(value, [&](const YamlNode& code) {
                       auto id = r.id(code);
                       if (id && r.first_time(codes, "indicator", *id, code, "for member '" + member_id + "'"))
                         p.achieved.push_back({*id, r.at(code)});
                     });
                     if (member) {
                       p.member = *member;
                       y.practices.push_back(p);
                     }
                   }
                 }}},
        .where = {{"year", &y.year_where}}};
  });
}

void read_self_assessment(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  SelfAssessment& a = s.c.self_assessment;
  Fields f(r, node, "the self-assessment");
  a.present = f.ok();
  KeyLines ids;
  auto key_action = [&](KeyActionStatus& k, bool& ok) {
    return ReadRules{.own = {{"id", [&](const YamlNode& n) {
                                auto id = r.text(n);
                                if (id && !KeyActionGuide::parse_id(*id)) {
                                  r.error(n, "invalid key action '" + *id + "'",
                                          "key actions are numbered <chapter>.<action> as in the guide, e.g. \"3.2\"");
                                  id.reset();
                                } else if (id && !r.first_time(ids, "key action", *id, n)) {
                                  id.reset();
                                }
                                if (!id) ok = false;
                                set(k.id, id);
                              }}},
                     .where = {{"id", &k.where}}};
  };
  s.read_fields(f, a,
                {.own = {{"actions", [&](const YamlNode& n) { s.read_items(n, "a key action", a.actions, key_action); }}}});
}

void read_prioritisation(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  Prioritisation& p = s.c.prioritisation;
  Fields f(r, node, "the project prioritisation");
  p.present = f.ok();
  KeyLines ids;
  auto project = [&](PriorityProject& pr, bool& ok) {
    return ReadRules{.own = {{"id", s.new_id(ids, "project", pr.id, ok)},
                             {"lead", s.person(pr.lead)},
                             {"scores", s.scores(p.criteria, "project", pr.id, pr.scores)},
                             {"business_case", s.ref_to(s.case_ids, "business case", pr.business_case)}},
                     .vital = {"cost"}};
  };
  s.read_fields(f, p,
                {.own = {{"year", [&](const YamlNode& n) { set(p.year, financial_year(r, n)); }},
                         {"criteria", s.criteria(p.criteria)},
                         {"projects", [&](const YamlNode& n) { s.read_items(n, "a project", p.projects, project); }}}});
}

void read_annual_reports(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  std::set<std::string> years;
  s.read_items(node, "an annual report", s.c.annual_reports, [&](AnnualReport& a, bool& ok) {
    return ReadRules{.own = {{"year", [&](const YamlNode& n) {
                                auto year = financial_year(r, n);
                                if (year && !years.insert(*year).second) {
                                  r.error(n, "there is already an annual report for " + *year,
                                          "write one report per financial year");
                                  year.reset();
                                }
                                if (!year) ok = false;
                                set(a.year, year);
                              }}}};
  });
}

}  // namespace cp
