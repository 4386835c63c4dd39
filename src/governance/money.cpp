#include "governance/money.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace cp {

namespace {

const char* const kMinus = "\u2212";  // a true minus sign, not a hyphen

// Unsigned magnitude, so the most negative int64 formats without overflow.
uint64_t magnitude(Pence amount) {
  return amount < 0 ? uint64_t{0} - static_cast<uint64_t>(amount) : static_cast<uint64_t>(amount);
}

std::string with_thousands(uint64_t pounds) {
  std::string digits = std::to_string(pounds);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format(Pence amount, bool always_pence) {
  uint64_t m = magnitude(amount);
  std::string out = amount < 0 ? kMinus : "";
  out += "£" + with_thousands(m / 100);
  uint64_t pence = m % 100;
  if (always_pence || pence != 0) out += "." + std::string(pence < 10 ? "0" : "") + std::to_string(pence);
  return out;
}

bool add(Pence& total, Pence x) {
  if ((x > 0 && total > std::numeric_limits<Pence>::max() - x) ||
      (x < 0 && total < std::numeric_limits<Pence>::min() - x))
    return false;
  total += x;
  return true;
}

}  // namespace

std::string format_money(Pence amount) { return format(amount, false); }

std::string format_money_with_pence(Pence amount) { return format(amount, true); }

bool any_pence(const std::vector<Pence>& amounts) {
  return std::any_of(amounts.begin(), amounts.end(), [](Pence p) { return p % 100 != 0; });
}

std::optional<CostTotals> cost_totals(const std::vector<std::vector<Pence>>& rows) {
  CostTotals t;
  size_t years = 0;
  for (const auto& row : rows) years = std::max(years, row.size());
  t.column_totals.assign(years, 0);
  for (const auto& row : rows) {
    Pence row_total = 0;
    for (size_t j = 0; j < row.size(); ++j)
      if (!add(row_total, row[j]) || !add(t.column_totals[j], row[j])) return std::nullopt;
    if (!add(t.grand_total, row_total)) return std::nullopt;
    t.row_totals.push_back(row_total);
  }
  return t;
}

}  // namespace cp
