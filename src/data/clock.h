#pragma once
// The build's "today": from SOURCE_DATE_EPOCH when set (reproducible
// builds), otherwise the system clock. Overdue reviews are judged by it.
#include <cstdint>
#include <optional>

#include "data/values.h"

namespace cp {

// Seconds since 1970 from SOURCE_DATE_EPOCH, when set and valid.
std::optional<int64_t> source_date_epoch();
Date date_from_epoch(int64_t seconds);
Date build_date();

}  // namespace cp
