#pragma once
// Options appraisal: each option scored 0–5 on weighted criteria.
#include <string>
#include <vector>

namespace cp {

struct OptionScores {
  std::string id;
  std::vector<int> scores;  // one per criterion, in the criteria's order
};

struct RankedOption {
  std::string id;
  int weighted_total = 0;  // Σ weight × score
  int rank = 0;            // 1 = best; equal totals share a rank (1, 2, 2, 4)
  bool tied = false;       // shares its rank with another option
};

// Results in the options' original order. Missing scores count as 0;
// scores beyond the last weight have no criterion and are ignored.
std::vector<RankedOption> rank_options(const std::vector<int>& weights, const std::vector<OptionScores>& options);

}  // namespace cp
