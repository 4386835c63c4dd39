#pragma once
// Money in integer pence: exact totals, formatted the British way.
#include <optional>
#include <string>
#include <vector>

#include "data/values.h"

namespace cp {

// "£52,000" for whole pounds, "£1,250.50" otherwise; negatives "−£5.00"
// with a minus sign (U+2212). The whole-pounds rule applies to negatives
// too: format_money gives "−£5" for −500 pence, and "−£5.00" is what
// format_money_with_pence gives.
std::string format_money(Pence amount);
// The same, always with two decimals ("£52,000.00"): for a column in which
// any amount has pence, so the column lines up.
std::string format_money_with_pence(Pence amount);
// True when any amount is not whole pounds.
bool any_pence(const std::vector<Pence>& amounts);

struct CostTotals {
  std::vector<Pence> row_totals;     // per cost line, across the years
  std::vector<Pence> column_totals;  // per year, down the lines
  Pence grand_total = 0;
};
// rows[i][j]: line i, year j. Rows shorter than the longest count missing
// years as 0. nullopt on overflow of int64: of any row, column or grand
// total as it is summed in order.
std::optional<CostTotals> cost_totals(const std::vector<std::vector<Pence>>& rows);

}  // namespace cp
