#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "data/values.h"
#include "i18n/collate.h"
#include "i18n/dates.h"
#include "i18n/ui_strings.h"

using namespace cp;

TEST_CASE("dates in Welsh and English") {
  Date d{2026, 11, 23};
  CHECK(format_date(d, Language::cy) == "23 Tachwedd 2026");
  CHECK(format_date(d, Language::en) == "23 November 2026");
  CHECK(format_date_with_weekday(d, Language::cy) == "Dydd Llun 23 Tachwedd 2026");
  CHECK(format_date_with_weekday(Date{2027, 3, 1}, Language::en) == "Monday 1 March 2027");
  CHECK(format_date(Date{2026, 7, 4}, Language::cy) == "4 Gorffennaf 2026");
}

TEST_CASE("weekdays from the calendar") {
  CHECK(Date{1970, 1, 1}.weekday() == 3);  // Thursday
  CHECK(Date{2026, 11, 23}.weekday() == 0);
  CHECK(Date{2024, 2, 29}.weekday() == 3);
}

TEST_CASE("Welsh order treats digraphs as single letters") {
  CHECK(collate_less("lori", "llaeth", Language::cy));
  CHECK_FALSE(collate_less("llaeth", "lori", Language::cy));
  CHECK(collate_less("llaeth", "lori", Language::en));
  CHECK(collate_less("cyngor", "cyhyrog", Language::cy));
  CHECK(collate_less("cyhyrog", "cyngor", Language::en));
  CHECK(collate_less("côr", "cwm", Language::cy));  // accents do not change the order
  CHECK(collate_less("rhestr", "rhyd", Language::cy));
  CHECK(collate_less("ry", "rhestr", Language::cy));  // r before rh
  CHECK(collate_less("tŷ", "thema", Language::cy));
  std::vector<std::string> names = {"Llanelli", "Lampeter", "Cardigan", "Chepstow", "Dinbych", "Ddôl"};
  std::sort(names.begin(), names.end(), [](auto& a, auto& b) { return collate_less(a, b, Language::cy); });
  CHECK(names == std::vector<std::string>{"Cardigan", "Chepstow", "Dinbych", "Ddôl", "Lampeter", "Llanelli"});
}

TEST_CASE("UI strings: a key missing in one language shows the key, never the other language") {
  UiStrings s;
  s.set(Language::en, "members", "Members");
  CHECK(s.get(Language::cy, "members") == "[members]");
  s.set(Language::cy, "shared", "gyda phennod {n}");
  CHECK(s.format(Language::cy, "shared", "10") == "gyda phennod 10");
}
