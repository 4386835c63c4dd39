#include "governance/prioritisation.h"

#include <algorithm>
#include <numeric>

namespace cp {

FundingLine funding_line(const std::vector<int>& ranks, const std::vector<Pence>& costs, Pence budget) {
  FundingLine out;
  size_t n = std::min(ranks.size(), costs.size());
  out.funded.assign(costs.size(), false);
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ranks[a] < ranks[b]; });
  Pence left = budget < 0 ? 0 : budget;
  for (size_t i : order) {
    Pence cost = costs[i] < 0 ? 0 : costs[i];
    if (cost <= left) {
      out.funded[i] = true;
      left -= cost;
      out.committed += cost;
    } else {
      out.slipped += cost;
    }
  }
  for (size_t i = n; i < costs.size(); ++i) out.slipped += costs[i] < 0 ? 0 : costs[i];
  out.remaining = left;
  return out;
}

}  // namespace cp
