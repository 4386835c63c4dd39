#include "site/calendar_feed.h"

#include <algorithm>
#include <cstdio>

#include "data/clock.h"

namespace cp {

namespace {

std::string compact(const Date& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", d.year, d.month, d.day);
  return buffer;
}

std::string hhmmss(const std::string& hh_mm) { return hh_mm.substr(0, 2) + hh_mm.substr(3, 2) + "00"; }

// The UK's time zone, as every calendar program expects it: GMT, and BST
// from the last Sunday of March to the last Sunday of October.
const char* const kLondon =
    "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

std::string underscore(std::string s) {
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

}  // namespace

std::string escape_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out += c;
  }
  return out;
}

std::string fold_line(const std::string& line) {
  std::string out;
  size_t limit = 75, used = 0;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (used + length > limit) {
      out += "\r\n ";
      used = 1;  // the leading space counts
    }
    out.append(line, i, length);
    used += length;
    i += length;
  }
  return out + "\r\n";
}

std::string calendar_feed(const Cluster& c, Language lang, const UiStrings& strings,
                          const std::string& page_url, std::optional<long long> stamp_epoch) {
  std::vector<const Meeting*> meetings;
  for (const auto& m : c.meetings) meetings.push_back(&m);
  std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting* a, const Meeting* b) { return a->date < b->date; });
  std::string stamp;
  if (stamp_epoch) {
    Date d = date_from_epoch(*stamp_epoch);
    long long seconds = *stamp_epoch % 86400;
    char time[16];
    std::snprintf(time, sizeof time, "T%02lld%02lld%02lldZ", seconds / 3600, seconds / 60 % 60, seconds % 60);
    stamp = compact(d) + time;
  } else {
    stamp = (meetings.empty() ? "19700101" : compact(meetings.front()->date)) + "T000000Z";
  }
  bool timed = std::any_of(meetings.begin(), meetings.end(), [](const Meeting* m) { return !m->start.empty(); });
  std::string out;
  auto line = [&](const std::string& l) { out += fold_line(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//clusterpack//cluster meetings//" + std::string(lang == Language::cy ? "CY" : "EN"));
  line("CALSCALE:GREGORIAN");
  line("X-WR-CALNAME:" + escape_text(strings.get(lang, "calendar_name") + ": " + c.name.in(lang)));
  if (timed) out += kLondon;
  for (const Meeting* m : meetings) {
    std::string body = strings.get(lang, "body_" + underscore(m->body));
    line("BEGIN:VEVENT");
    line("UID:" + m->id + "." + c.id + "." + c.board_id + "@clusterpack");
    line("DTSTAMP:" + stamp);
    if (m->start.empty()) {
      line("DTSTART;VALUE=DATE:" + compact(m->date));
      line("DTEND;VALUE=DATE:" + compact(next_day(m->date)));
    } else {
      line("DTSTART;TZID=Europe/London:" + compact(m->date) + "T" + hhmmss(m->start));
      if (!m->end.empty()) line("DTEND;TZID=Europe/London:" + compact(m->date) + "T" + hhmmss(m->end));
    }
    line("SUMMARY:" + escape_text(body + ", " + c.name.in(lang)));
    if (!m->place.empty()) line("LOCATION:" + escape_text(m->place.in(lang)));
    std::string items;
    for (size_t i = 0; i < m->items.size(); ++i)
      items += std::to_string(i + 1) + ". " + m->items[i].title.in(lang) + "\n";
    if (!items.empty()) line("DESCRIPTION:" + escape_text(strings.get(lang, "calendar_agenda") + "\n" + items));
    if (!page_url.empty()) line("URL:" + page_url);
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace cp
