#pragma once
// The practices table of a business plan: patients and staff by role per
// practice, with totals. Staff numbers may be FTE (5.4), so they are added
// in exact hundredths, never in floating point.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cp {

// 5.4 → 540; rounds to the nearest hundredth.
int64_t to_hundredths(double value);
// 540 → "5.4", 400 → "4", 1225 → "12.25".
std::string format_hundredths(int64_t value);

struct PracticeTotals {
  std::vector<int64_t> role_totals;      // per role, across practices (hundredths)
  std::vector<int64_t> practice_totals;  // per practice, all roles (hundredths)
  int64_t staff_total = 0;               // all roles, all practices (hundredths)
  long long patient_total = 0;           // practices with no patient number count 0
};

// staff[p][r]: practice p, role r, in hundredths; nullopt = not given
// (counts as 0). patients[p]: the practice's registered patients.
PracticeTotals practice_totals(const std::vector<std::vector<std::optional<int64_t>>>& staff,
                               const std::vector<std::optional<long long>>& patients);

}  // namespace cp
