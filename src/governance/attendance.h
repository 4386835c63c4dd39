#pragma once
// Attendance at a body's meetings: how many of the meetings a member was
// expected at (the meetings of a body it belongs to) it attended, in person
// or through its deputy. Apologies count as not attended: they are recorded,
// not excused from the count.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cp {

struct AttendanceRate {
  int attended = 0;
  int expected = 0;
  // The share attended, to the nearest whole percent (halves up); none when
  // the member was expected at no meeting.
  std::optional<int> percent() const;
};

// One meeting as attendance sees it: who was expected (the body's members)
// and who was present.
struct MeetingRoll {
  std::vector<std::string> expected;
  std::vector<std::string> present;
};

// Each member's attendance over `meetings`, by member id. A member present
// but not expected (not of the body) is not counted: validation reports it.
std::map<std::string, AttendanceRate> attendance_by_member(const std::vector<MeetingRoll>& meetings);

}  // namespace cp
