#include "governance/staff_totals.h"

#include <algorithm>
#include <cmath>

namespace cp {

int64_t to_hundredths(double value) { return static_cast<int64_t>(std::llround(value * 100.0)); }

std::string format_hundredths(int64_t value) {
  bool negative = value < 0;
  uint64_t v = negative ? static_cast<uint64_t>(-(value + 1)) + 1 : static_cast<uint64_t>(value);
  std::string out = std::to_string(v / 100);
  uint64_t cents = v % 100;
  if (cents) {
    out += "." + std::string(cents < 10 ? "0" : "") + std::to_string(cents);
    if (out.back() == '0') out.pop_back();
  }
  return negative ? "-" + out : out;
}

PracticeTotals practice_totals(const std::vector<std::vector<std::optional<int64_t>>>& staff,
                               const std::vector<std::optional<long long>>& patients) {
  PracticeTotals out;
  size_t roles = 0;
  for (const auto& row : staff) roles = std::max(roles, row.size());
  out.role_totals.assign(roles, 0);
  for (const auto& row : staff) {
    int64_t sum = 0;
    for (size_t r = 0; r < row.size(); ++r) {
      int64_t v = row[r].value_or(0);
      out.role_totals[r] += v;
      sum += v;
    }
    out.practice_totals.push_back(sum);
    out.staff_total += sum;
  }
  for (const auto& p : patients) out.patient_total += p.value_or(0);
  return out;
}

}  // namespace cp
