#pragma once
// The NHS financial year: "2026/27" runs from 1 April 2026 to 31 March 2027.
#include <optional>
#include <string>

#include "data/values.h"

namespace cp {

struct FinancialYear {
  std::string label;  // "2026/27"
  Date start, end;    // both inclusive
  bool contains(const Date& d) const { return start <= d && d <= end; }
  // The date a report of the year gives its figures as at: the end of the
  // year once it is over, today while it runs.
  Date as_at(const Date& today) const { return today < end ? today : end; }
};

// "YYYY/YY" where the second year follows the first ("2026/27", "1999/00");
// nullopt for anything else ("2026-27", "2026/28", "2026/2027").
std::optional<FinancialYear> parse_financial_year(const std::string& text);

}  // namespace cp
