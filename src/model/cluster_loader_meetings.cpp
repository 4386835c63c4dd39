// Readers for the governance records a cluster keeps (see
// cluster_sections.h): the scheme of delegation, the register of interests
// and the meetings, with their agendas, attendance, declarations, decisions
// and actions. Same strictness as the rest of the loader: every reference
// is checked where it is written.
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

// A required key naming a person (or a body): into `out`; false when it
// is missing or names none (reported).
bool required_person(SectionReader& s, Fields& f, std::string& out) {
  const YamlNode* n = f.required("person");
  auto person = n ? read_id_ref(s.r, *n, s.person_ids, "person") : std::nullopt;
  set(out, person);
  return person.has_value();
}

bool required_body(SectionReader& s, Fields& f, std::string& out, Location* where = nullptr) {
  const YamlNode* n = f.required("body");
  if (n && where) *where = s.r.at(*n);
  auto body = n ? read_body_ref(s.r, *n, s.body_ids) : std::nullopt;
  set(out, body);
  return body.has_value();
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
  DataReader& r = s.r;
  Fields f(r, node, "an agenda item");
  AgendaItem item;
  item.where = r.at(node);
  const std::string scope = "in item " + std::to_string(m.items.size() + 1);
  if (auto n = f.required("title")) set(item.title, r.bilingual(*n));
  if (auto n = f.optional("sbars")) item.sbars = read_id_refs(r, *n, s.sbar_ids, "SBAR", scope);
  if (auto n = f.optional("business_cases"))
    item.business_cases = read_id_refs(r, *n, s.case_ids, "business case", scope);
  if (auto n = f.optional("decisions")) item.decisions = read_id_refs(r, *n, s.decision_ids, "decision", scope);
  if (auto n = f.optional("minutes")) set(item.minutes, r.bilingual(*n));
  if (auto n = f.optional("actions")) item.actions = read_actions(r, *n, s.person_ids, s.member_ids);
  // An item that does not read is still counted, so later items keep the
  // numbers their declarations use.
  m.items.push_back(std::move(item));
}

void read_declarations(SectionReader& s, const YamlNode& node, Meeting& m) {
  DataReader& r = s.r;
  r.list(node, [&](const YamlNode& entry) {
    Fields f(r, entry, "a declaration of interest");
    Declaration d;
    d.where = r.at(entry);
    bool ok = f.ok();
    ok = required_person(s, f, d.person) && ok;
    if (auto n = f.required("item")) {
      d.item_where = r.at(*n);
      auto number = r.integer(*n, 1, 99);
      ok = ok && number;
      if (number) d.item = static_cast<int>(*number);
    }
    if (auto n = f.required("interest")) set(d.interest, r.bilingual(*n));
    if (ok) m.declarations.push_back(std::move(d));
  });
}

}  // namespace

std::optional<std::string> read_body_ref(DataReader& r, const YamlNode& node, const KeyLines& body_ids) {
  auto id = r.id(node);
  if (!id) return std::nullopt;
  if (body_ids.count(*id)) return id;
  if (std::find(enums::tor_bodies.begin(), enums::tor_bodies.end(), *id) != enums::tor_bodies.end()) {
    r.error(node, "the cluster has no " + body_words(*id),
            "add it under bodies: (with its members and terms of reference), or name a body the cluster has");
    return std::nullopt;
  }
  return read_id_ref(r, node, body_ids, "body");
}

std::vector<Action> read_actions(DataReader& r, const YamlNode& node, const KeyLines& person_ids,
                                 const KeyLines& member_ids) {
  std::vector<Action> out;
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "an action");
    Action a;
    a.where = r.at(item);
    if (auto n = f.required("text")) set(a.text, r.bilingual(*n));
    if (auto n = f.optional("owner")) {
      if (n->is_scalar() && !person_ids.count(n->value) && member_ids.count(n->value))
        r.error(*n, "the owner '" + n->value + "' is a member, not a person",
                "an action is owned by a person from people:, such as the member's representative");
      else
        set(a.owner, read_id_ref(r, *n, person_ids, "person"));
    }
    if (auto n = f.optional("due")) set(a.due, std::optional(r.date(*n)));
    if (auto n = f.optional("status")) set(a.status, r.one_of(*n, enums::action_status));
    if (auto n = f.optional("completed")) {
      a.completed = r.date(*n);
      if (a.completed && a.status != "done")
        r.error(*n, "an open action has a completed date", "set 'status: done', or remove 'completed'");
    }
    if (f.ok()) out.push_back(a);
  });
  return out;
}

void read_delegation(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "a delegation");
    Delegation d;
    d.where = r.at(item);
    bool ok = f.ok();
    ok = required_body(s, f, d.body) && ok;
    if (auto n = f.required("decisions")) set(d.decisions, r.bilingual(*n));
    if (auto n = f.optional("up_to")) {
      d.up_to_where = r.at(*n);
      d.up_to = r.money(*n);
    }
    if (ok) s.c.delegation.push_back(std::move(d));
  });
}

void read_interests(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "an interest");
    Interest i;
    i.where = r.at(item);
    bool ok = f.ok();
    ok = required_person(s, f, i.person) && ok;
    if (auto n = f.required("interest")) set(i.interest, r.bilingual(*n));
    if (auto n = f.required("kind")) set(i.kind, r.one_of(*n, enums::interest_kinds));
    if (auto n = f.required("declared")) i.declared = r.date(*n);
    if (auto n = f.optional("ended")) {
      i.ended_where = r.at(*n);
      i.ended = r.date(*n);
    }
    if (ok) s.c.interests.push_back(std::move(i));
  });
}

void read_meetings(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  KeyLines meeting_ids;
  r.list(node, [&](const YamlNode& item) {
    Fields f(r, item, "a meeting");
    Meeting m;
    m.where = r.at(item);
    bool ok = f.ok();
    ok = read_item_id(r, f, meeting_ids, "meeting", m.id) && ok;
    if (auto n = f.required("date")) {
      auto date = r.date(*n);
      ok = ok && date;
      set(m.date, date);
    }
    ok = required_body(s, f, m.body, &m.body_where) && ok;
    if (auto n = f.optional("start")) {
      m.time_where = r.at(*n);
      set(m.start, read_time(r, *n));
    }
    if (const YamlNode* end = f.optional("end")) {
      set(m.end, read_time(r, *end));
      if (!m.start.empty() && !m.end.empty() && m.end <= m.start)
        r.error(*end, "the meeting ends at " + m.end + ", not after it starts at " + m.start,
                "check both times, on the 24-hour clock");
    }
    if (auto n = f.optional("place")) set(m.place, r.bilingual(*n));
    if (auto n = f.optional("present")) m.present = read_id_refs(r, *n, s.member_ids, "member", "among those present");
    if (auto n = f.optional("apologies"))
      m.apologies = read_id_refs(r, *n, s.member_ids, "member", "among the apologies");
    if (auto n = f.optional("in_attendance"))
      m.in_attendance = read_id_refs(r, *n, s.person_ids, "person", "among those in attendance");
    if (auto n = f.required("items")) r.list(*n, [&](const YamlNode& x) { read_item(s, x, m); });
    if (auto n = f.optional("declarations")) read_declarations(s, *n, m);
    if (ok) s.c.meetings.push_back(std::move(m));
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
