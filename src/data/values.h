#pragma once
// Small value types that cluster data is made of, with strict parsing.
#include <cstdint>
#include <optional>
#include <string>

#include "data/language.h"
#include "diag/diagnostic.h"

namespace cp {

// A calendar date (proleptic Gregorian), from ISO "YYYY-MM-DD".
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
  bool valid() const { return year > 0; }
  std::string iso() const;
  // 0 = Monday … 6 = Sunday.
  int weekday() const;
  int64_t days_since_epoch() const;
};
std::optional<Date> parse_iso_date(const std::string& text);
int days_in_month(int year, int month);
// The day after `d`.
Date next_day(Date d);

// Money as integer pence, so totals are exact.
using Pence = int64_t;
// "42000", "42000.5", "42000.50" → pence; nullopt for anything else
// (three decimals, signs, thousands separators, exponents, overflow).
std::optional<Pence> parse_money(const std::string& text);

// What a page or PDF shows where a text lacks its language.
extern const std::string kMissingWelsh;    // "[Testun Cymraeg ar goll]"
extern const std::string kMissingEnglish;  // "[English text missing]"

// Text people read, in both languages. A plain string in the data is
// language-neutral (names): it fills both.
struct Text {
  std::string en;
  std::string cy;
  bool neutral = false;  // written as a plain string
  Location where;
  // The text in `lang`. A text given in the other language only shows a
  // visible marker in this one ("[Testun Cymraeg ar goll]"), never a blank
  // nor, silently, the other language; the loader warns about it.
  const std::string& in(Language lang) const;
  bool empty() const { return en.empty() && cy.empty(); }
};

}  // namespace cp
