// Readers for the governance records a cluster keeps (see
// cluster_sections.h): the scheme of delegation, the register of interests
// and the meetings, with their agendas, attendance, declarations, decisions
// and actions, each as its description says
// (cluster_description_records.h). Every reference is checked where it is
// written; once all is read, decisions are settled against the meetings
// that took them.
#include <algorithm>
#include <cctype>
#include <map>

#include "model/cluster_loader.h"
#include "model/cluster_sections.h"

namespace cp {

namespace {

template <class T, class U>
void set(T& target, const std::optional<U>& value) {
  if (value) target = *value;
}

bool is_time(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t[1])) && std::isdigit(static_cast<unsigned char>(t[3])) &&
         std::isdigit(static_cast<unsigned char>(t[4])) && t.substr(0, 2) <= "23" && t.substr(3, 2) <= "59";
}

// "HH:MM", 24-hour clock.
std::optional<std::string> read_time(DataReader& r, const YamlNode& node) {
  auto text = r.text(node);
  if (!text) return std::nullopt;
  if (!is_time(*text)) {
    r.error(node, "invalid time '" + *text + "'", "write the time on the 24-hour clock as HH:MM, in quotes: \"13:30\"");
    return std::nullopt;
  }
  return text;
}

void read_item(SectionReader& s, const YamlNode& node, Meeting& m) {
  Fields f(s.r, node, "an agenda item");
  AgendaItem item;
  item.where = s.r.at(node);
  const std::string scope = "in item " + std::to_string(m.items.size() + 1);
  s.read_fields(f, item,
                {.own = {{"sbars", s.refs_to(s.sbar_ids, "SBAR", scope, item.sbars)},
                         {"business_cases", s.refs_to(s.case_ids, "business case", scope, item.business_cases)},
                         {"decisions", s.refs_to(s.decision_ids, "decision", scope, item.decisions)},
                         {"actions", s.actions(item.actions)}}});
  // An item that does not read is still counted, so later items keep the
  // numbers their declarations use.
  m.items.push_back(std::move(item));
}

void read_declarations(SectionReader& s, const YamlNode& node, Meeting& m) {
  s.read_items(node, "a declaration of interest", m.declarations, [&](Declaration& d, bool& ok) {
    return ReadRules{.own = {{"person", s.person(d.person, &ok)}},
                     .where = {{"item", &d.item_where}},
                     .vital = {"item"},
                     .needed = {"person"}};
  });
}

}  // namespace

void read_delegation(SectionReader& s, const YamlNode& node) {
  s.read_items(node, "a delegation", s.c.delegation, [&](Delegation& d, bool& ok) {
    return ReadRules{
        .own = {{"body", s.body(d.body, &ok)}}, .where = {{"up_to", &d.up_to_where}}, .needed = {"body"}};
  });
}

void read_interests(SectionReader& s, const YamlNode& node) {
  s.read_items(node, "an interest", s.c.interests, [&](Interest& i, bool& ok) {
    return ReadRules{
        .own = {{"person", s.person(i.person, &ok)}}, .where = {{"ended", &i.ended_where}}, .needed = {"person"}};
  });
}

void read_meetings(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  KeyLines meeting_ids;
  s.read_items(node, "a meeting", s.c.meetings, [&](Meeting& m, bool& ok) {
    return ReadRules{
        .own = {{"id", s.new_id(meeting_ids, "meeting", m.id, ok)},
                {"body", s.body(m.body, &ok)},
                {"start", [&](const YamlNode& n) { set(m.start, read_time(r, n)); }},
                {"end",
                 [&](const YamlNode& n) {
                   set(m.end, read_time(r, n));
                   if (!m.start.empty() && !m.end.empty() && m.end <= m.start)
                     r.error(n, "the meeting ends at " + m.end + ", not after it starts at " + m.start,
                             "check both times, on the 24-hour clock");
                 }},
                {"present", s.refs_to(s.member_ids, "member", "among those present", m.present)},
                {"apologies", s.refs_to(s.member_ids, "member", "among the apologies", m.apologies)},
                {"in_attendance", s.refs_to(s.person_ids, "person", "among those in attendance", m.in_attendance)},
                {"items", [&](const YamlNode& n) { r.list(n, [&](const YamlNode& x) { read_item(s, x, m); }); }},
                {"declarations", [&](const YamlNode& n) { read_declarations(s, n, m); }}},
        .where = {{"body", &m.body_where}, {"start", &m.time_where}},
        .vital = {"date"},
        .needed = {"body"}};
  });
}

void settle_meeting_records(DataReader& r, Cluster& c) {
  std::map<std::string, const Meeting*> taken_at;  // decision id -> its meeting
  std::map<std::string, int> item_of;              // decision id -> its item number
  for (const auto& m : c.meetings)
    for (size_t i = 0; i < m.items.size(); ++i)
      for (const auto& ref : m.items[i].decisions) {
        auto [at, first] = taken_at.emplace(ref.id, &m);
        if (!first) {
          r.diags().error(ref.where,
                          "decision '" + ref.id + "' is already recorded at the meeting '" + at->second->id + "'",
                          "a decision is taken at one meeting: remove it from one of the two");
          continue;
        }
        item_of[ref.id] = static_cast<int>(i + 1);
      }
  const std::string first_body = c.bodies.empty() ? std::string() : c.bodies.front().id;
  for (auto& d : c.decisions) {
    auto at = taken_at.find(d.id);
    const Meeting* m = at == taken_at.end() ? nullptr : at->second;
    if (!m) {
      if (d.body.empty()) d.body = first_body;
      continue;
    }
    if (!d.body.empty() && d.body != m->body)
      r.diags().error(d.body_where,
                      "decision '" + d.id + "' is for the " + body_words(d.body) + " but was taken at a meeting of the " +
                          body_words(m->body),
                      "remove 'body' (the meeting says which body took it), or record it at a meeting of that body");
    d.body = m->body;
    if (d.date && *d.date != m->date)
      r.diags().error(d.where,
                      "decision '" + d.id + "' is dated " + d.date->iso() + " but was taken at the meeting of " +
                          m->date.iso(),
                      "give the decision the date of its meeting");
    // Who declared an interest on its item: the members they speak for
    // are left out. A representative speaks for its member; a deputy only
    // for the members whose vote it cast (a proxy vote), since otherwise
    // their own representative was there.
    for (const auto& decl : m->declarations) {
      if (decl.item != item_of[d.id]) continue;
      std::vector<std::string> spoken_for;
      for (const auto& member : c.members)
        if (member.representative == decl.person) spoken_for.push_back(member.id);
      for (const auto& proxy : d.by_proxy)
        if (proxy.person == decl.person) spoken_for.push_back(proxy.member);
      for (const auto& member : spoken_for) {
        bool listed = std::any_of(d.conflicts.begin(), d.conflicts.end(), [&](const MemberRef& x) { return x.id == member; });
        bool already = std::any_of(d.declared_conflicts.begin(), d.declared_conflicts.end(),
                                   [&](const Decision::DeclaredConflict& x) { return x.id == member; });
        if (!listed && !already) d.declared_conflicts.push_back({member, decl.person, decl.where});
      }
    }
  }
}

}  // namespace cp
