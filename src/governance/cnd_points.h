#pragma once
// Cluster Network Domain points: each practice earns an item's points when
// it achieves the item; a cluster's points are its practices' points added up.
#include <optional>
#include <vector>

#include "data/values.h"

namespace cp {

struct CndItemState {
  int points = 0;
  std::optional<Date> due;
  bool achieved = false;
};

// The points a practice achieved.
int cnd_points(const std::vector<CndItemState>& items);

// Not achieved and its due date has passed (the day after the due date).
bool cnd_overdue(const CndItemState& item, const Date& today);

struct CndClusterPoints {
  int achieved = 0;   // Σ over practices
  int available = 0;  // practices × the set's total
  // The average per practice, in tenths of a point, rounded half up (0
  // with no practices): 1325 is 132.5 points.
  int average_tenths = 0;
  // achieved / available in whole percent, rounded half up.
  int percent = 0;
};

CndClusterPoints cnd_cluster_points(const std::vector<int>& practice_points, int set_total);

}  // namespace cp
