#pragma once
// The computed side of the plan and report documents, shared by their
// template names (cluster_view.cpp) and their blocks: the practices table,
// option and project rankings, the funding line, CND points, self-
// assessment progress and a financial year's summary. The rules themselves
// are pure functions in src/governance/; this file gathers their inputs
// from a cluster.
#include <optional>
#include <vector>

#include "governance/cnd_points.h"
#include "governance/financial_year.h"
#include "governance/options.h"
#include "governance/prioritisation.h"
#include "governance/progress.h"
#include "governance/staff_totals.h"
#include "model/cluster.h"
#include "model/cnd.h"
#include "model/key_actions.h"

namespace cp {

// Options scored on weighted criteria, in the options' order.
std::vector<RankedOption> rank_scored(const std::vector<OptionCriterion>& criteria,
                                      const std::vector<std::pair<std::string, std::vector<std::pair<std::string, int>>>>& scored);
int score_of(const std::vector<std::pair<std::string, int>>& scores, const std::string& criterion);
std::vector<RankedOption> rank_plan_options(const BusinessPlan& plan);

struct PracticeTable {
  std::vector<const Member*> practices;
  std::vector<std::vector<std::optional<int64_t>>> staff;  // [practice][role] in hundredths, roles as staff_roles
  PracticeTotals totals;
};
PracticeTable practice_table(const Cluster& cluster);

struct PrioritisationResult {
  std::vector<RankedOption> ranked;  // in the projects' order
  FundingLine line;
  std::vector<size_t> order;  // project indexes, best first (equal ranks in file order)
};
PrioritisationResult prioritisation_result(const Prioritisation& p);

struct CndPracticeResult {
  const Member* member = nullptr;
  std::vector<CndItemState> items;  // as the set's items
  int points = 0;
};
struct CndResult {
  const CndSet* set = nullptr;
  std::vector<const CndItem*> items;
  std::vector<CndPracticeResult> practices;  // every GP practice of the cluster, in member order
  CndClusterPoints cluster;
  int overdue = 0;  // practice items not achieved after their due date
};
// nullopt when no indicator set is loaded for the year.
std::optional<CndResult> cnd_result(const Cluster& cluster, const CndYear& year, const std::vector<CndSet>* sets,
                                    const Date& today);

struct ChapterProgress {
  const GuideChapterActions* chapter = nullptr;
  Progress progress;
};
// Per chapter that has key actions (a chapter sharing another's list has
// none of its own), in chapter order.
std::vector<ChapterProgress> self_assessment_progress(const Cluster& cluster, const KeyActionGuide* guide);
Progress overall_progress(const std::vector<ChapterProgress>& chapters);
// The cluster's status of a key action ("not-started" when not recorded).
const KeyActionStatus* key_action_status(const Cluster& cluster, const std::string& id);

struct YearSummary {
  FinancialYear year;
  std::vector<const Decision*> decisions;  // dated in the year
  int carried = 0;
  std::vector<const Risk*> opened, closed;  // raised / closed in the year
  std::vector<const BusinessCase*> approved;  // approved by a decision carried in the year
  Pence approved_total = 0;
  const CndYear* cnd = nullptr;  // the cluster's CND record for the same year
  Date as_at;                          // the figures are as at this date: the year's end, or today
  std::vector<const Risk*> open_at_end;  // open on as_at: raised by then and not closed by then
};
YearSummary year_summary(const Cluster& cluster, const AnnualReport& report, const Date& today);
// Open on `date`: raised by then (or with no date raised) and not closed by then.
bool risk_open_on(const Risk& risk, const Date& date);
Pence business_case_total(const BusinessCase& bc);
bool carried(const Cluster& cluster, const Decision& d);

}  // namespace cp
