#include "governance/options.h"

namespace cp {

std::vector<RankedOption> rank_options(const std::vector<int>& weights, const std::vector<OptionScores>& options) {
  std::vector<RankedOption> ranked;
  for (const auto& o : options) {
    RankedOption r{o.id};
    // Scores beyond the last criterion have no weight, so they add nothing.
    for (size_t i = 0; i < weights.size() && i < o.scores.size(); ++i) r.weighted_total += weights[i] * o.scores[i];
    ranked.push_back(r);
  }
  // Competition ranking: one plus the number of options strictly ahead.
  for (auto& r : ranked) {
    r.rank = 1;
    for (const auto& other : ranked) {
      if (&other == &r) continue;
      if (other.weighted_total > r.weighted_total) ++r.rank;
      if (other.weighted_total == r.weighted_total) r.tied = true;
    }
  }
  return ranked;
}

}  // namespace cp
