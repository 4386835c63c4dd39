#pragma once
// What a cluster's meeting records add up to, worked out from the data and
// never typed by hand: the actions carried forward to a meeting, and each
// member's attendance over a financial year.
#include <string>
#include <vector>

#include "governance/attendance.h"
#include "governance/financial_year.h"
#include "model/cluster.h"

namespace cp {

// An action still to report on at a meeting: agreed at an earlier meeting
// of the same body, and not done by then (open now, or completed on or
// after the meeting's date). A done action with no completed date is taken
// as done before the next meeting.
struct CarriedAction {
  const Meeting* from = nullptr;
  int item = 0;  // 1-based item of `from` it was agreed under
  const Action* action = nullptr;
};
std::vector<CarriedAction> carried_forward(const Cluster& cluster, const Meeting& meeting);

// The meetings of `body` before `meeting`, by date.
std::vector<const Meeting*> earlier_meetings(const Cluster& cluster, const Meeting& meeting);

// One member's attendance in a year, over the meetings of every body it
// sits on.
struct MemberAttendance {
  const Member* member = nullptr;
  AttendanceRate rate;
};
struct YearAttendance {
  FinancialYear year;
  int meetings = 0;
  std::vector<MemberAttendance> members;  // in member order; those expected at one meeting at least
};
// By financial year, earliest first: the years the cluster held meetings in.
std::vector<YearAttendance> attendance_by_year(const Cluster& cluster);

// The financial year a date falls in ("2026/27" for 1 April 2026 to 31
// March 2027).
FinancialYear financial_year_of(const Date& date);

}  // namespace cp
