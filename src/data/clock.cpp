#include "data/clock.h"

#include <cstdlib>
#include <ctime>
#include <string>

namespace cp {

std::optional<int64_t> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  std::string s(value);
  if (s.find_first_not_of("0123456789") != std::string::npos || s.size() > 15) return std::nullopt;
  return std::stoll(s);
}

Date date_from_epoch(int64_t seconds) {
  // Howard Hinnant's civil_from_days.
  int64_t z = seconds / 86400 + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

Date build_date() {
  if (auto epoch = source_date_epoch()) return date_from_epoch(*epoch);
  return date_from_epoch(static_cast<int64_t>(std::time(nullptr)));
}

}  // namespace cp
