#include "governance/cnd_points.h"

#include "governance/risk.h"

namespace cp {

int cnd_points(const std::vector<CndItemState>& items) {
  int sum = 0;
  for (const auto& i : items) sum += i.achieved ? i.points : 0;
  return sum;
}

bool cnd_overdue(const CndItemState& item, const Date& today) {
  return !item.achieved && item.due && review_overdue(*item.due, today);
}

CndClusterPoints cnd_cluster_points(const std::vector<int>& practice_points, int set_total) {
  CndClusterPoints out;
  long long n = static_cast<long long>(practice_points.size());
  for (int p : practice_points) out.achieved += p;
  out.available = static_cast<int>(n * set_total);
  if (n > 0) out.average_tenths = static_cast<int>((20LL * out.achieved + n) / (2 * n));
  if (out.available > 0) out.percent = static_cast<int>((200LL * out.achieved + out.available) / (2LL * out.available));
  return out;
}

}  // namespace cp
