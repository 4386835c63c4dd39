#include "documents/pack_results.h"

#include <algorithm>
#include <numeric>

#include "documents/decision_results.h"
#include "governance/money.h"
#include "model/cluster_rules.h"

namespace cp {

int score_of(const std::vector<std::pair<std::string, int>>& scores, const std::string& criterion) {
  for (const auto& [id, score] : scores)
    if (id == criterion) return score;
  return 0;
}

std::vector<RankedOption> rank_scored(
    const std::vector<OptionCriterion>& criteria,
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, int>>>>& scored) {
  std::vector<int> weights;
  for (const auto& c : criteria) weights.push_back(c.weight);
  std::vector<OptionScores> rows;
  for (const auto& [id, scores] : scored) {
    OptionScores s{id, {}};
    for (const auto& c : criteria) s.scores.push_back(score_of(scores, c.id));
    rows.push_back(s);
  }
  return rank_options(weights, rows);
}

std::vector<RankedOption> rank_plan_options(const BusinessPlan& plan) {
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, int>>>> scored;
  for (const auto& o : plan.options) scored.emplace_back(o.id, o.scores);
  return rank_scored(plan.criteria, scored);
}

PracticeTable practice_table(const Cluster& c) {
  PracticeTable t;
  t.practices = plan_practices(c);
  std::vector<std::optional<long long>> patients;
  for (const Member* m : t.practices) {
    std::vector<std::optional<int64_t>> row;
    for (const auto& role : c.business_plan.staff_roles) {
      std::optional<int64_t> v;
      for (const auto& [key, value] : m->staff)
        if (key == role.id) v = to_hundredths(value);
      row.push_back(v);
    }
    t.staff.push_back(row);
    patients.push_back(m->patients);
  }
  t.totals = practice_totals(t.staff, patients);
  if (t.totals.role_totals.size() < c.business_plan.staff_roles.size())
    t.totals.role_totals.resize(c.business_plan.staff_roles.size(), 0);
  return t;
}

PrioritisationResult prioritisation_result(const Prioritisation& p) {
  PrioritisationResult r;
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, int>>>> scored;
  std::vector<Pence> costs;
  for (const auto& pr : p.projects) {
    scored.emplace_back(pr.id, pr.scores);
    costs.push_back(pr.cost);
  }
  r.ranked = rank_scored(p.criteria, scored);
  std::vector<int> ranks;
  for (const auto& x : r.ranked) ranks.push_back(x.rank);
  r.line = funding_line(ranks, costs, p.budget);
  r.order.resize(p.projects.size());
  std::iota(r.order.begin(), r.order.end(), 0);
  std::stable_sort(r.order.begin(), r.order.end(), [&](size_t a, size_t b) { return ranks[a] < ranks[b]; });
  return r;
}

std::optional<CndResult> cnd_result(const Cluster& c, const CndYear& year, const std::vector<CndSet>* sets,
                                    const Date& today) {
  if (!sets) return std::nullopt;
  const CndSet* set = find_cnd_set(*sets, year.year);
  if (!set) return std::nullopt;
  CndResult r;
  r.set = set;
  r.items = set->items();
  std::vector<int> points;
  for (const auto& m : c.members) {
    if (m.type != "gms-practice") continue;
    CndPracticeResult p;
    p.member = &m;
    const CndYear::Practice* record = nullptr;
    for (const auto& rec : year.practices)
      if (rec.member == m.id) record = &rec;
    for (const CndItem* item : r.items) {
      CndItemState s{item->points, item->due, false};
      if (record)
        for (const auto& a : record->achieved) s.achieved = s.achieved || a.id == item->key;
      r.overdue += cnd_overdue(s, today) ? 1 : 0;
      p.items.push_back(s);
    }
    p.points = cnd_points(p.items);
    points.push_back(p.points);
    r.practices.push_back(p);
  }
  r.cluster = cnd_cluster_points(points, set->total_points);
  return r;
}

const KeyActionStatus* key_action_status(const Cluster& c, const std::string& id) {
  for (const auto& a : c.self_assessment.actions)
    if (a.id == id) return &a;
  return nullptr;
}

std::vector<ChapterProgress> self_assessment_progress(const Cluster& c, const KeyActionGuide* guide) {
  std::vector<ChapterProgress> out;
  if (!guide) return out;
  for (const auto& chapter : guide->chapters) {
    if (chapter.shared_with || chapter.actions.empty()) continue;
    ChapterProgress p;
    p.chapter = &chapter;
    for (size_t i = 0; i < chapter.actions.size(); ++i) {
      const KeyActionStatus* s = key_action_status(c, std::to_string(chapter.chapter) + "." + std::to_string(i + 1));
      std::string status = s ? s->status : "not-started";
      if (status == "done") ++p.progress.done;
      else if (status == "in-progress") ++p.progress.in_progress;
      else ++p.progress.not_started;
    }
    out.push_back(p);
  }
  return out;
}

Progress overall_progress(const std::vector<ChapterProgress>& chapters) {
  Progress all;
  for (const auto& c : chapters) all += c.progress;
  return all;
}

Pence business_case_total(const BusinessCase& bc) {
  std::vector<std::vector<Pence>> rows;
  for (const auto& line : bc.costs) rows.push_back(line.amounts);
  auto totals = cost_totals(rows);
  return totals ? totals->grand_total : 0;
}

bool carried(const Cluster& c, const Decision& d) {
  Outcome o = decision_result(c, d).outcome;
  return o == Outcome::Carried || o == Outcome::CarriedOnCastingVote;
}

bool risk_open_on(const Risk& r, const Date& date) {
  if (r.raised && date < *r.raised) return false;
  if (r.closed) return date < *r.closed;
  return r.status == "open";  // closed with no date: not open at any date we can tell
}

YearSummary year_summary(const Cluster& c, const AnnualReport& report, const Date& today) {
  YearSummary y;
  y.year = parse_financial_year(report.year).value_or(FinancialYear{report.year, {}, {}});
  y.as_at = y.year.as_at(today);
  for (const auto& r : c.risks)
    if (risk_open_on(r, y.as_at)) y.open_at_end.push_back(&r);
  for (const auto& d : c.decisions) {
    if (!d.date || !y.year.contains(*d.date)) continue;
    y.decisions.push_back(&d);
    y.carried += carried(c, d) ? 1 : 0;
  }
  for (const auto& r : c.risks) {
    if (r.raised && y.year.contains(*r.raised)) y.opened.push_back(&r);
    if (r.closed && y.year.contains(*r.closed)) y.closed.push_back(&r);
  }
  for (const auto& bc : c.business_cases) {
    const Decision* d = find_decision(c, bc.decision);
    if (!d || !d->date || !y.year.contains(*d->date) || !carried(c, *d)) continue;
    y.approved.push_back(&bc);
    y.approved_total += business_case_total(bc);
  }
  for (const auto& cnd : c.cnd)
    if (cnd.year == report.year) y.cnd = &cnd;
  return y;
}

}  // namespace cp
