#pragma once
// Dates as people write them: "23 November 2026" / "23 Tachwedd 2026",
// with weekdays "Monday" / "Dydd Llun".
#include <string>

#include "data/values.h"

namespace cp {

std::string month_name(int month, const std::string& lang);
std::string weekday_name(int weekday, const std::string& lang);  // 0 = Monday
std::string format_date(const Date& date, const std::string& lang);
std::string format_date_with_weekday(const Date& date, const std::string& lang);

}  // namespace cp
