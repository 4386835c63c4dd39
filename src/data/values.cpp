#include "data/values.h"

#include <cctype>

namespace cp {

const std::string kMissingWelsh = "[Testun Cymraeg ar goll]";
const std::string kMissingEnglish = "[English text missing]";

const std::string& Text::in(Language lang) const {
  if (lang == Language::cy) return cy.empty() && !en.empty() ? kMissingWelsh : cy;
  return en.empty() && !cy.empty() ? kMissingEnglish : en;
}

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

Date next_day(Date d) {
  if (++d.day > days_in_month(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && leap(year) ? 29 : days[month - 1];
}

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

int64_t Date::days_since_epoch() const {
  // Howard Hinnant's days_from_civil.
  int y = year - (month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

int Date::weekday() const {
  int64_t days = days_since_epoch();  // 1970-01-01 was a Thursday (3)
  int w = static_cast<int>((days % 7 + 7 + 3) % 7);
  return w;
}

std::optional<Date> parse_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  Date d{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2))};
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

std::optional<Pence> parse_money(const std::string& text) {
  size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || whole.size() > 12) return std::nullopt;
  if (dot != std::string::npos && (fraction.empty() || fraction.size() > 2)) return std::nullopt;
  for (char c : whole + fraction)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  Pence pence = std::stoll(whole) * 100;
  if (fraction.size() == 1) pence += (fraction[0] - '0') * 10;
  if (fraction.size() == 2) pence += std::stoi(fraction);
  return pence;
}

}  // namespace cp
