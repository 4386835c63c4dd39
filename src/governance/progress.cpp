#include "governance/progress.h"

namespace cp {

int Progress::percent() const {
  int n = total();
  if (n <= 0) return 0;
  // (done + in_progress / 2) / n × 100, rounded half up, in whole numbers:
  // (200·done + 100·in_progress + n) / (2n).
  long long numerator = 200LL * done + 100LL * in_progress + n;
  return static_cast<int>(numerator / (2LL * n));
}

int Progress::bar_step() const { return (percent() + 5) / 10 * 10; }

Progress& Progress::operator+=(const Progress& o) {
  done += o.done;
  in_progress += o.in_progress;
  not_started += o.not_started;
  return *this;
}

}  // namespace cp
