#pragma once
// Dates as people write them: "23 November 2026" / "23 Tachwedd 2026",
// with weekdays "Monday" / "Dydd Llun".
#include <string>

#include "data/language.h"
#include "data/values.h"

namespace cp {

std::string month_name(int month, Language lang);
std::string weekday_name(int weekday, Language lang);  // 0 = Monday
std::string format_date(const Date& date, Language lang);
std::string format_date_with_weekday(const Date& date, Language lang);

}  // namespace cp
