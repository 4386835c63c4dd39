#include "model/meeting_records.h"

#include <algorithm>
#include <map>

namespace cp {

FinancialYear financial_year_of(const Date& d) {
  int first = d.month >= 4 ? d.year : d.year - 1;
  std::string next = std::to_string((first + 1) % 100);
  if (next.size() < 2) next = "0" + next;
  return {std::to_string(first) + "/" + next, Date{first, 4, 1}, Date{first + 1, 3, 31}};
}

std::vector<const Meeting*> earlier_meetings(const Cluster& c, const Meeting& meeting) {
  std::vector<const Meeting*> out;
  for (const auto& m : c.meetings)
    if (m.body == meeting.body && m.date < meeting.date) out.push_back(&m);
  std::stable_sort(out.begin(), out.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
  return out;
}

std::vector<CarriedAction> carried_forward(const Cluster& c, const Meeting& meeting) {
  std::vector<CarriedAction> out;
  for (const Meeting* m : earlier_meetings(c, meeting))
    for (size_t i = 0; i < m->items.size(); ++i)
      for (const auto& a : m->items[i].actions) {
        bool still_open = a.status == "open" || (a.completed && meeting.date <= *a.completed);
        if (still_open) out.push_back({m, static_cast<int>(i + 1), &a});
      }
  return out;
}

std::vector<YearAttendance> attendance_by_year(const Cluster& c) {
  std::map<std::string, std::vector<const Meeting*>> by_year;
  std::map<std::string, FinancialYear> years;
  for (const auto& m : c.meetings) {
    FinancialYear y = financial_year_of(m.date);
    by_year[y.label].push_back(&m);
    years.emplace(y.label, y);
  }
  std::vector<YearAttendance> out;
  for (const auto& [label, meetings] : by_year) {
    std::vector<MeetingRoll> rolls;
    for (const Meeting* m : meetings) {
      const GovernanceBody* body = c.body(m->body);
      if (!body) continue;
      MeetingRoll roll;
      roll.expected = c.members_of(*body);
      for (const auto& p : m->present) roll.present.push_back(p.id);
      rolls.push_back(std::move(roll));
    }
    auto rates = attendance_by_member(rolls);
    YearAttendance y{years.at(label), static_cast<int>(meetings.size()), {}};
    for (const auto& member : c.members) {
      auto found = rates.find(member.id);
      if (found != rates.end() && found->second.expected > 0) y.members.push_back({&member, found->second});
    }
    out.push_back(std::move(y));
  }
  return out;
}

}  // namespace cp
