// Readers for the plan and report sections of a cluster file (see
// cluster_sections.h). Same strictness as cluster_loader.cpp: types, enums,
// unknown keys, duplicate ids and references, each at its file:line:col.
#include <algorithm>

#include "diag/suggest.h"
#include "governance/financial_year.h"
#include "model/cluster_loader.h"
#include "model/cluster_sections.h"
#include "model/key_actions.h"

namespace cp {

std::optional<std::string> read_new_id(DataReader& r, const YamlNode& node, KeyLines& seen, const char* what) {
  auto id = r.id(node);
  if (!id) return std::nullopt;
  if (!r.first_time(seen, std::string(what) + " id", *id, node)) return std::nullopt;
  return id;
}

bool read_item_id(DataReader& r, Fields& item, KeyLines& seen, const char* what, std::string& out) {
  auto node = item.required("id");
  if (!node) return true;
  auto id = read_new_id(r, *node, seen, what);
  if (id) out = *id;
  return id.has_value();
}

std::optional<std::string> read_id_ref(DataReader& r, const YamlNode& node, const KeyLines& known, const char* what) {
  auto id = r.id(node);
  if (!id) return std::nullopt;
  if (!known.count(*id)) {
    std::vector<std::string> candidates = keys_of(known);
    std::string hint = suggestion_hint(*id, candidates);
    if (candidates.empty()) hint = std::string("no ") + what + " is defined in this file";
    r.error(node, std::string("unknown ") + what + " '" + *id + "'", hint);
    return std::nullopt;
  }
  return id;
}

std::vector<std::string> read_years(DataReader& r, const YamlNode& node) {
  std::vector<std::string> years;
  KeyLines seen;
  r.list(node, [&](const YamlNode& y) {
    auto year = r.text(y);
    if (!year) return;
    if (!r.first_time(seen, "year", *year, y)) return;
    years.push_back(*year);
  });
  return years;
}

std::vector<IdRef> read_id_refs(DataReader& r, const YamlNode& node, const KeyLines& known, const char* what,
                                const std::string& scope) {
  std::vector<IdRef> out;
  KeyLines seen;
  r.list(node, [&](const YamlNode& item) {
    auto id = read_id_ref(r, item, known, what);
    if (id && r.first_time(seen, what, *id, item, scope)) out.push_back({*id, r.at(item)});
  });
  return out;
}

std::vector<Text> read_texts(DataReader& r, const YamlNode& node) {
  std::vector<Text> out;
  r.list(node, [&](const YamlNode& item) {
    if (auto t = r.bilingual(item)) out.push_back(*t);
  });
  return out;
}

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

void read_criteria(DataReader& r, const YamlNode& node, std::vector<OptionCriterion>& out) {
  KeyLines ids;
  r.list(node, [&](const YamlNode& item) {
    Fields cf(r, item, "a criterion");
    OptionCriterion c;
    bool ok = cf.ok();
    ok = read_item_id(r, cf, ids, "criterion", c.id) && ok;
    if (auto x = cf.required("name")) set(c.name, r.bilingual(*x));
    if (auto x = cf.optional("weight"))
      if (auto w = r.integer(*x, 1, 10)) c.weight = static_cast<int>(*w);
    if (ok) out.push_back(c);
  });
}

// A mapping criterion id → score 0–5; every criterion must be scored.
std::vector<std::pair<std::string, int>> read_scores(DataReader& r, const YamlNode& node,
                                                     const std::vector<OptionCriterion>& criteria,
                                                     const std::string& owner, const char* what) {
  std::vector<std::pair<std::string, int>> out;
  KeyLines known;
  for (const auto& c : criteria) known.emplace(c.id, 0);
  Fields sf(r, node, "the scores");
  for (const auto& [key, value] : node.entries) {
    sf.optional(key.value);
    auto criterion = read_id_ref(r, key, known, "criterion");
    auto score = r.integer(value, 0, 5);
    if (criterion && score) out.emplace_back(*criterion, static_cast<int>(*score));
  }
  if (!node.is_mapping()) return out;
  for (const auto& c : criteria)
    if (node.find(c.id) == nullptr)
      r.error(node, std::string(what) + " '" + owner + "' has no score for criterion '" + c.id + "'",
              std::string("score every ") + what + " on every criterion, from 0 to 5");
  return out;
}

void read_cost_lines(DataReader& r, const YamlNode& node, const std::vector<std::string>& years,
                     std::vector<CostLine>& out, const char* owner) {
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "a cost line");
    CostLine line;
    if (auto n = f.required("item")) set(line.item, r.bilingual(*n));
    if (auto n = f.required("amounts")) {
      r.list(*n, [&](const YamlNode& a) {
        if (auto p = r.money(a)) line.amounts.push_back(*p);
      });
      if (n->is_sequence() && n->items.size() != years.size())
        r.error(*n,
                "this cost line has " + std::to_string(n->items.size()) + " amounts but the " + owner + " has " +
                    std::to_string(years.size()) + " years",
                "give one amount per year, in the order of 'years'");
    }
    if (f.ok()) out.push_back(line);
  });
}

void read_plan_options(SectionReader& s, const YamlNode& node, BusinessPlan& bp) {
  DataReader& r = s.r;
  Fields f(r, node, "the partnership options");
  if (auto n = f.required("criteria")) read_criteria(r, *n, bp.criteria);
  KeyLines option_ids;
  if (auto n = f.required("list")) {
    r.list(*n, [&](const YamlNode& item) {
      Fields of(r, item, "an option");
      Option o;
      bool ok = of.ok();
      ok = read_item_id(r, of, option_ids, "option", o.id) && ok;
      if (auto x = of.required("name")) set(o.name, r.bilingual(*x));
      if (auto x = of.required("scores")) o.scores = read_scores(r, *x, bp.criteria, o.id, "option");
      if (ok) bp.options.push_back(o);
    });
  }
  if (auto n = f.optional("chosen")) set(bp.chosen, read_id_ref(r, *n, option_ids, "option"));
  if (auto n = f.optional("rationale")) set(bp.rationale, r.bilingual(*n));
}

}  // namespace

void read_business_plan(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  BusinessPlan& bp = s.c.business_plan;
  Fields f(r, node, "the business plan");
  bp.present = f.ok();
  bp.where = r.at(node);
  if (auto n = f.optional("hub_name")) set(bp.hub_name, r.bilingual(*n));
  if (auto n = f.required("executive_summary")) set(bp.executive_summary, r.bilingual(*n));
  if (auto n = f.optional("intentions")) bp.intentions = read_texts(r, *n);
  if (auto n = f.optional("introduction")) set(bp.introduction, r.bilingual(*n));
  if (auto n = f.optional("background")) set(bp.background, r.bilingual(*n));
  if (auto n = f.optional("achievements")) bp.achievements = read_texts(r, *n);
  if (auto n = f.optional("practices")) {
    bp.practices_where = r.at(*n);
    bp.practices = read_id_refs(r, *n, s.member_ids, "member", "in the practices");
  }
  if (auto n = f.optional("staff_roles")) {
    KeyLines ids;
    r.list(*n, [&](const YamlNode& item) {
      Fields rf(r, item, "a staff role");
      StaffRole role;
      bool ok = rf.ok();
      ok = read_item_id(r, rf, ids, "staff role", role.id) && ok;
      if (auto x = rf.required("name")) set(role.name, r.bilingual(*x));
      if (ok) bp.staff_roles.push_back(role);
    });
  }
  if (auto n = f.optional("options")) read_plan_options(s, *n, bp);
  if (auto n = f.optional("benefits")) bp.benefits = read_texts(r, *n);
  if (auto n = f.optional("risks")) {
    KeyLines ids;
    r.list(*n, [&](const YamlNode& item) {
      Fields rf(r, item, "a risk of the plan");
      PlanRisk k;
      bool ok = rf.ok();
      ok = read_item_id(r, rf, ids, "plan risk", k.id) && ok;
      if (auto x = rf.required("risk")) set(k.risk, r.bilingual(*x));
      if (auto x = rf.required("likelihood")) set(k.likelihood, r.one_of(*x, enums::plan_likelihood));
      if (auto x = rf.optional("mitigations")) k.mitigations = read_texts(r, *x);
      if (ok) bp.risks.push_back(k);
    });
  }
  const YamlNode* years = f.optional("years");
  if (years) bp.years = read_years(r, *years);
  if (auto n = f.optional("resources")) {
    if (!years)
      r.error(*n, "the resources need the plan's 'years'", "add years: [\"2026/27\", \"2027/28\"] to the business plan");
    else
      read_cost_lines(r, *n, bp.years, bp.resources, "plan");
  }
  if (auto n = f.optional("work_plan")) {
    KeyLines ids;
    KeyLines involved_known = s.member_ids;
    involved_known.insert(s.person_ids.begin(), s.person_ids.end());
    r.list(*n, [&](const YamlNode& item) {
      Fields wf(r, item, "a work plan item");
      WorkPlanItem w;
      bool ok = wf.ok();
      ok = read_item_id(r, wf, ids, "work plan", w.id) && ok;
      if (auto x = wf.required("project")) set(w.project, r.bilingual(*x));
      if (auto x = wf.optional("description")) set(w.description, r.bilingual(*x));
      if (auto x = wf.optional("lead")) set(w.lead, read_id_ref(r, *x, s.person_ids, "person"));
      if (auto x = wf.optional("involved"))
        for (const auto& ref : read_id_refs(r, *x, involved_known, "member or person", "among those involved"))
          w.involved.push_back(ref.id);
      if (auto x = wf.optional("due")) set(w.due, std::optional(r.date(*x)));
      if (auto x = wf.optional("position")) set(w.position, r.bilingual(*x));
      if (ok) bp.work_plan.push_back(w);
    });
  }
}

void read_logic_model(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  LogicModel& m = s.c.logic_model;
  Fields f(r, node, "the logic model");
  m.present = f.ok();
  if (auto n = f.optional("title")) set(m.title, r.bilingual(*n));
  if (auto n = f.required("goal")) set(m.goal, r.bilingual(*n));
  if (auto n = f.required("inputs")) m.inputs = read_texts(r, *n);
  if (auto n = f.required("activities")) {
    r.list(*n, [&](const YamlNode& item) {
      Fields gf(r, item, "a group of activities");
      LogicModel::Group g;
      if (auto x = gf.required("group")) set(g.name, r.bilingual(*x));
      if (auto x = gf.optional("items")) g.items = read_texts(r, *x);
      if (gf.ok()) m.activities.push_back(g);
    });
  }
  if (auto n = f.required("outputs")) m.outputs = read_texts(r, *n);
  if (auto n = f.required("outcomes")) m.outcomes = read_texts(r, *n);
  if (auto n = f.optional("measures")) m.measures = read_texts(r, *n);
}

void read_cnd(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  std::set<std::string> years;
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "a year of CND achievement");
    CndYear y;
    y.where = r.at(item);
    bool ok = f.ok();
    if (auto n = f.required("year")) {
      y.year_where = r.at(*n);
      auto year = r.text(*n);
      if (year && !years.insert(*year).second) {
        r.error(*n, "the year '" + *year + "' is recorded twice", "record each year's achievement once");
        year.reset();
      }
      ok = ok && year;
      set(y.year, year);
    }
    if (auto n = f.required("achieved")) {
      Fields af(r, *n, "the achievements");
      for (const auto& [key, value] : n->entries) {
        af.optional(key.value);  // any member id is a key
        auto member = read_id_ref(r, key, s.member_ids, "member");
        CndYear::Practice p;
        p.where = r.at(key);
        KeyLines codes;
        const std::string& member_id = key.value;  // clang 14 cannot capture a structured binding
        r.list(value, [&](const YamlNode& code) {
          auto id = r.id(code);
          if (!id) return;
          if (!r.first_time(codes, "indicator", *id, code, "for member '" + member_id + "'")) {
            return;
          }
          p.achieved.push_back({*id, r.at(code)});
        });
        if (member) {
          p.member = *member;
          y.practices.push_back(p);
        }
      }
    }
    if (ok) s.c.cnd.push_back(y);
  });
}

void read_self_assessment(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  SelfAssessment& a = s.c.self_assessment;
  Fields f(r, node, "the self-assessment");
  a.present = f.ok();
  if (auto n = f.optional("date")) set(a.date, std::optional(r.date(*n)));
  KeyLines ids;
  if (auto n = f.required("actions")) {
    r.list(*n, [&](const YamlNode& item) {
      Fields af(r, item, "a key action");
      KeyActionStatus k;
      k.where = r.at(item);
      bool ok = af.ok();
      if (auto x = af.required("id")) {
        k.where = r.at(*x);
        auto id = r.text(*x);
        if (id && !KeyActionGuide::parse_id(*id)) {
          r.error(*x, "invalid key action '" + *id + "'",
                  "key actions are numbered <chapter>.<action> as in the guide, e.g. \"3.2\"");
          id.reset();
        } else if (id && !r.first_time(ids, "key action", *id, *x)) {
          id.reset();
        }
        ok = ok && id;
        set(k.id, id);
      }
      if (auto x = af.required("status")) set(k.status, r.one_of(*x, enums::key_action_status));
      if (auto x = af.optional("note")) set(k.note, r.bilingual(*x));
      if (ok) a.actions.push_back(k);
    });
  }
}

void read_prioritisation(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  Prioritisation& p = s.c.prioritisation;
  Fields f(r, node, "the project prioritisation");
  p.present = f.ok();
  if (auto n = f.optional("year")) set(p.year, financial_year(r, *n));
  if (auto n = f.required("budget")) set(p.budget, r.money(*n));
  if (auto n = f.required("criteria")) read_criteria(r, *n, p.criteria);
  KeyLines ids;
  if (auto n = f.required("projects")) {
    r.list(*n, [&](const YamlNode& item) {
      Fields pf(r, item, "a project");
      PriorityProject pr;
      bool ok = pf.ok();
      ok = read_item_id(r, pf, ids, "project", pr.id) && ok;
      if (auto x = pf.required("title")) set(pr.title, r.bilingual(*x));
      if (auto x = pf.optional("lead")) set(pr.lead, read_id_ref(r, *x, s.person_ids, "person"));
      if (auto x = pf.required("cost")) {
        auto cost = r.money(*x);
        ok = ok && cost;
        set(pr.cost, cost);
      }
      if (auto x = pf.required("scores")) pr.scores = read_scores(r, *x, p.criteria, pr.id, "project");
      if (auto x = pf.optional("business_case")) set(pr.business_case, read_id_ref(r, *x, s.case_ids, "business case"));
      if (ok) p.projects.push_back(pr);
    });
  }
}

void read_annual_reports(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  std::set<std::string> years;
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "an annual report");
    AnnualReport a;
    a.where = r.at(item);
    bool ok = f.ok();
    if (auto n = f.required("year")) {
      auto year = financial_year(r, *n);
      if (year && !years.insert(*year).second) {
        r.error(*n, "there is already an annual report for " + *year, "write one report per financial year");
        year.reset();
      }
      ok = ok && year;
      set(a.year, year);
    }
    if (auto n = f.optional("introduction")) set(a.introduction, r.bilingual(*n));
    if (auto n = f.optional("highlights")) a.highlights = read_texts(r, *n);
    if (auto n = f.optional("next_year")) a.next_year = read_texts(r, *n);
    if (ok) s.c.annual_reports.push_back(a);
  });
}

}  // namespace cp
