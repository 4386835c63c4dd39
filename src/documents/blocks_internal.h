#pragma once
// Shared by the block builders (blocks.cpp: the registry and the core
// governance blocks; blocks_plan.cpp: business plan, prioritisation and
// logic model; blocks_year.cpp: CND, self-assessment and annual report).
#include <algorithm>
#include <string>
#include <vector>

#include "documents/blocks.h"
#include "i18n/dates.h"

namespace cp::blocks {

struct Words {
  const BlockContext& b;
  std::string operator()(const std::string& key) const { return b.view.strings.get(b.view.lang, key); }
  std::string format(const std::string& key, const std::string& n) const {
    return b.view.strings.format(b.view.lang, key, n);
  }
  Language lang() const { return b.view.lang; }
  const Cluster& cluster() const { return b.view.cluster; }
  std::string date(const std::optional<Date>& d) const { return d ? format_date(*d, lang()) : ""; }
};

inline std::string underscore(std::string s) {
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

// Moved in: a braced list would copy the whole tree (an initializer list's
// elements are const).
inline std::vector<DocNode> one(DocNode n) {
  std::vector<DocNode> out;
  out.push_back(std::move(n));
  return out;
}
inline std::vector<DocNode> note(const std::string& text) { return one(make_paragraph({make_text(text)})); }

// Money for a table: whole pounds, or pence throughout when any amount has pence.
std::string money_cell(Pence amount, bool pence);
// Open risks first, then by score, highest first.
std::vector<const Risk*> risks_by_score(const Cluster& c);
// An action still open after its due date.
bool action_overdue(const Action& action, const Date& today);

// Votes, proxies, conflicts and actions of decisions; controls and actions
// of risks (blocks_records.cpp).
std::vector<DocNode> decision_votes(const BlockContext& b);
std::vector<DocNode> decision_actions(const BlockContext& b);
std::vector<DocNode> risk_controls(const BlockContext& b);
std::vector<DocNode> risk_actions(const BlockContext& b);

// Meetings, interests, attendance and delegation (blocks_meetings.cpp).
std::vector<DocNode> agenda_items(const BlockContext& b);
std::vector<DocNode> meeting_attendance(const BlockContext& b);
std::vector<DocNode> meeting_declarations(const BlockContext& b);
std::vector<DocNode> minutes_items(const BlockContext& b);
std::vector<DocNode> carried_actions(const BlockContext& b);
std::vector<DocNode> interests(const BlockContext& b);
std::vector<DocNode> attendance_by_year(const BlockContext& b);
std::vector<DocNode> delegation(const BlockContext& b);

// Business plan, prioritisation, logic model (blocks_plan.cpp).
std::vector<DocNode> practices(const BlockContext& b);
std::vector<DocNode> partnership_options(const BlockContext& b);
std::vector<DocNode> plan_risks(const BlockContext& b);
std::vector<DocNode> resources(const BlockContext& b);
std::vector<DocNode> work_plan(const BlockContext& b);
std::vector<DocNode> prioritisation(const BlockContext& b);
std::vector<DocNode> logic_model(const BlockContext& b);

// CND, self-assessment, annual report (blocks_year.cpp).
std::vector<DocNode> cnd_indicators(const BlockContext& b);
std::vector<DocNode> cnd_practices(const BlockContext& b);
std::vector<DocNode> self_assessment_progress(const BlockContext& b);
std::vector<DocNode> self_assessment_actions(const BlockContext& b);
std::vector<DocNode> year_decisions(const BlockContext& b);
std::vector<DocNode> year_risks(const BlockContext& b);
std::vector<DocNode> year_business_cases(const BlockContext& b);
std::vector<DocNode> year_cnd(const BlockContext& b);

}  // namespace cp::blocks
