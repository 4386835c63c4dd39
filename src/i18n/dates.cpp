#include "i18n/dates.h"

namespace cp {

std::string month_name(int month, Language lang) {
  static const char* en[] = {"January", "February", "March",     "April",   "May",      "June",
                             "July",    "August",   "September", "October", "November", "December"};
  static const char* cy[] = {"Ionawr",     "Chwefror", "Mawrth", "Ebrill", "Mai",      "Mehefin",
                             "Gorffennaf", "Awst",     "Medi",   "Hydref", "Tachwedd", "Rhagfyr"};
  if (month < 1 || month > 12) return {};
  return lang == Language::cy ? cy[month - 1] : en[month - 1];
}

std::string weekday_name(int weekday, Language lang) {
  static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static const char* cy[] = {"Dydd Llun",   "Dydd Mawrth", "Dydd Mercher", "Dydd Iau",
                             "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"};
  if (weekday < 0 || weekday > 6) return {};
  return lang == Language::cy ? cy[weekday] : en[weekday];
}

std::string format_date(const Date& date, Language lang) {
  return std::to_string(date.day) + " " + month_name(date.month, lang) + " " + std::to_string(date.year);
}

std::string format_date_with_weekday(const Date& date, Language lang) {
  return weekday_name(date.weekday(), lang) + " " + format_date(date, lang);
}

}  // namespace cp
