#pragma once
// The funding line of a project prioritisation (pack 13): projects are
// taken in rank order (best weighted score first; equal ranks in the order
// written) and each is funded when its cost fits in what is left of the
// budget. A project that does not fit slips, and the next ones are still
// tried, so money a large project cannot use goes to the next that fits.
#include <vector>

#include "data/values.h"

namespace cp {

struct FundingLine {
  std::vector<bool> funded;  // per project, in the order given
  Pence committed = 0;       // Σ cost of funded projects
  Pence remaining = 0;       // budget − committed
  Pence slipped = 0;         // Σ cost of projects that slip
};

// `ranks[i]` is project i's rank (1 = best), `costs[i]` its cost; the two
// have the same length. Costs below zero count as zero.
FundingLine funding_line(const std::vector<int>& ranks, const std::vector<Pence>& costs, Pence budget);

}  // namespace cp
