// The names a meeting's agenda and minutes see (`meeting.*`), worked out from
// the records: the body's membership and quorum, who was present, whether
// the meeting was quorate, and what was carried forward to it.
#include <algorithm>

#include "documents/cluster_view.h"
#include "governance/quorum.h"
#include "i18n/dates.h"
#include "model/meeting_records.h"

namespace cp {

namespace {

std::string underscore(std::string s) {
  std::replace(s.begin(), s.end(), '-', '_');
  return s;
}

}  // namespace

MeetingQuorum meeting_quorum(const Cluster& c, const Meeting& m) {
  MeetingQuorum q;
  const GovernanceBody* body = c.body(m.body);
  if (!body) return q;
  for (const auto& id : c.members_of(*body)) {
    const Member* member = c.member(id);
    if (!member || member->votes <= 0) continue;
    ++q.voting_members;
    q.present += std::any_of(m.present.begin(), m.present.end(), [&](const IdRef& p) { return p.id == id; }) ? 1 : 0;
  }
  const Meetings& rules = body->terms.meetings;
  QuorumRule rule = body->terms.present ? QuorumRule{rules.quorum_is_percent, rules.quorum_value} : QuorumRule{};
  q.needed = quorum_for(q.voting_members, rule);
  return q;
}

TemplateData meeting_view(const ViewContext& x, const Meeting& m) {
  const Cluster& c = x.cluster;
  Language lang = x.lang;
  auto t = [&](const std::string& key) { return x.strings.get(lang, key); };
  TemplateData d;
  d.set("id", m.id);
  d.set("date", format_date(m.date, lang));
  d.set("body_name", t("body_" + underscore(m.body)));
  d.set("has_time", !m.start.empty());
  d.set("time", m.start + (m.end.empty() ? "" : "–" + m.end));
  d.set("has_place", !m.place.empty());
  d.set("place", m.place.in(lang));
  const GovernanceBody* body = c.body(m.body);
  const TermsOfReference* terms = body ? &body->terms : nullptr;
  d.set("has_chair", terms && !terms->chair.empty());
  d.set("chair", terms ? person_name(c, terms->chair) : "");
  d.set("papers_days_before", terms ? std::to_string(terms->meetings.papers_days_before) : "0");
  d.set("minutes_within_days", terms ? std::to_string(terms->meetings.minutes_within_days) : "0");
  MeetingQuorum q = meeting_quorum(c, m);
  d.set("voting_members", std::to_string(q.voting_members));
  d.set("present_count", std::to_string(q.present));
  d.set("quorum_needed", std::to_string(q.needed));
  d.set("quorate", q.quorate());
  d.set("item_count", std::to_string(m.items.size()));
  d.set("has_declarations", !m.declarations.empty());
  d.set("has_carried", !carried_forward(c, m).empty());
  auto earlier = earlier_meetings(c, m);
  d.set("has_previous", !earlier.empty());
  d.set("previous", earlier.empty() ? "" : format_date(earlier.back()->date, lang));
  return d;
}

}  // namespace cp
