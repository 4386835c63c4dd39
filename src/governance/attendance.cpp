#include "governance/attendance.h"

#include <algorithm>

namespace cp {

std::optional<int> AttendanceRate::percent() const {
  if (expected <= 0) return std::nullopt;
  return (200 * attended + expected) / (2 * expected);
}

std::map<std::string, AttendanceRate> attendance_by_member(const std::vector<MeetingRoll>& meetings) {
  std::map<std::string, AttendanceRate> out;
  for (const auto& m : meetings)
    for (const auto& id : m.expected) {
      AttendanceRate& rate = out[id];
      ++rate.expected;
      if (std::find(m.present.begin(), m.present.end(), id) != m.present.end()) ++rate.attended;
    }
  return out;
}

}  // namespace cp
