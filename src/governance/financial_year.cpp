#include "governance/financial_year.h"

#include <cctype>

namespace cp {

std::optional<FinancialYear> parse_financial_year(const std::string& text) {
  if (text.size() != 7 || text[4] != '/') return std::nullopt;
  for (size_t i = 0; i < text.size(); ++i)
    if (i != 4 && !std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  int first = std::stoi(text.substr(0, 4)), second = std::stoi(text.substr(5, 2));
  if (first < 1 || (first + 1) % 100 != second) return std::nullopt;
  return FinancialYear{text, Date{first, 4, 1}, Date{first + 1, 3, 31}};
}

}  // namespace cp
