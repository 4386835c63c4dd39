// The governance records of tests/sites/documents/.../two-bodies.yaml: two
// bodies, a scheme of delegation, a register of interests and three
// meetings. Every expected figure is worked out by hand beside it.
#include <doctest/doctest.h>

#include "test_support.h"

#include "doc/dump.h"
#include "documents/cluster_view.h"
#include "documents/decision_results.h"
#include "model/meeting_records.h"
#include "site/calendar_feed.h"

using namespace cp;

namespace {

using Fixture = test::DocumentsFixture;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string dump(const Fixture& f, const std::string& id, Language lang = Language::en) {
  return dump_tree(f.tree(id, lang));
}

}  // namespace

TEST_CASE("records: the file reads with both bodies, and each body has its own terms of reference") {
  Fixture f("two-bodies");
  CHECK(f.diags.error_count() == 0);
  const Cluster& c = f.cluster();
  REQUIRE(c.bodies.size() == 2);
  CHECK(c.members_of(c.bodies[0]) == std::vector<std::string>{"m1", "m2", "m3", "m4", "m5", "m6"});
  CHECK(c.members_of(c.bodies[1]) == std::vector<std::string>{"m1", "m2", "m3"});
  // The leadership team's own voting rules; the board's are the cluster's.
  CHECK(c.bodies[1].voting.financial_majority == "simple");
  CHECK(c.bodies[0].voting.financial_majority == "two-thirds");
  // 6 members, 5 with a vote; 50% of 5 rounded up is 3.
  std::string board = dump(f, "terms-of-reference/stakeholder-board");
  CHECK(has(board, "has 6 members, of whom 5 have a vote"));
  CHECK(has(board, "with 5 voting members, at least 3 must take part"));
  // 3 members, all voting; a quorum of 2; its delegation up to £10,000.
  std::string team = dump(f, "terms-of-reference/leadership-team");
  CHECK(has(team, "has 3 members, of whom 3 have a vote"));
  CHECK(has(team, "at least 2 of the 3 voting members must take part"));
  CHECK(has(team, "Spending within the agreed budget"));
  CHECK(has(team, "£10,000"));
  CHECK_FALSE(has(team, "Practice Four"));  // not a member of the team
  CHECK(f.doc("terms-of-reference/leadership-team").title.cy == "Cylch Gorchwyl: Tîm Arwain y Clwstwr");
}

TEST_CASE("records: the votes needed are counted on each body's membership") {
  Fixture f("two-bodies");
  std::string voting = dump(f, "voting-system");
  // Board: 5 votes; simple majority 3, two thirds 4. Team: 3 votes; simple
  // majority 2 for both kinds.
  CHECK(has(voting, "text \"3 of 5\""));
  CHECK(has(voting, "text \"4 of 5\""));
  CHECK(has(voting, "text \"2 of 3\""));
  CHECK(has(voting, "Scheme of delegation"));
}

TEST_CASE("records: a member whose representative declared an interest on the item is left out of the count") {
  Fixture f("two-bodies");
  const Cluster& c = f.cluster();
  const Decision* d1 = find_decision(c, "D1");
  REQUIRE(d1);
  REQUIRE(d1->declared_conflicts.size() == 1);
  CHECK(d1->declared_conflicts[0].id == "m3");  // p3 represents m3, declared on item 2
  CHECK(d1->body == "stakeholder-board");
  // 5 voting members, m3 left out: 4 eligible, quorum 50% of 4 = 2; 3 take
  // part, 3 for: carried on a simple majority of 3 cast (2 needed).
  DecisionResult r = decision_result(c, *d1);
  CHECK(r.eligible_members == 4);
  CHECK(r.quorum_needed == 2);
  CHECK(r.taking_part == 3);
  CHECK(r.votes_needed == 2);
  CHECK(r.outcome == Outcome::Carried);
  // D2, taken at the leadership team's meeting: its 3 members, financial
  // on a simple majority (its own rules): 2 of 2 cast, 2 needed.
  const Decision* d2 = find_decision(c, "D2");
  REQUIRE(d2);
  CHECK(d2->body == "leadership-team");
  DecisionResult r2 = decision_result(c, *d2);
  CHECK(r2.eligible_members == 3);
  CHECK(r2.votes_needed == 2);
  CHECK(r2.outcome == Outcome::Carried);
}

TEST_CASE("records: a meeting's quorum from its body and who was present") {
  Fixture f("two-bodies");
  const Cluster& c = f.cluster();
  // Board, 12 May: 5 voting members, 4 present (m1–m4), 50% of 5 = 3.
  MeetingQuorum may = meeting_quorum(c, *c.meeting("board-2026-05"));
  CHECK(may.voting_members == 5);
  CHECK(may.present == 4);
  CHECK(may.needed == 3);
  CHECK(may.quorate());
  // Team, 9 June: 3 voting members, 2 present, a quorum of 2.
  MeetingQuorum june = meeting_quorum(c, *c.meeting("team-2026-06"));
  CHECK(june.voting_members == 3);
  CHECK(june.present == 2);
  CHECK(june.needed == 2);
  CHECK(june.quorate());
  std::string minutes = dump(f, "minutes/board-2026-05");
  CHECK(has(minutes, "4 of the 5 voting members were present"));
  CHECK(has(minutes, "The quorum is 3: the meeting was quorate."));
  CHECK(has(minutes, "Cerys Three"));          // who declared…
  CHECK(has(minutes, "2. A cluster pharmacist"));  // …on which item
  CHECK(has(minutes, "text \"3 / 0 / 0\""));
}

TEST_CASE("records: actions carried forward to the next meeting of the same body") {
  Fixture f("two-bodies");
  const Cluster& c = f.cluster();
  // To the board on 14 July, from its meeting of 12 May: "Advertise" was
  // completed on 20 June (before): not carried; "Draft" is open: carried.
  // The team's "Book the locums" is another body's: not carried.
  auto july = carried_forward(c, *c.meeting("board-2026-07"));
  REQUIRE(july.size() == 1);
  CHECK(july[0].action->text.en == "Draft the job description");
  CHECK(july[0].item == 2);
  CHECK(july[0].from->id == "board-2026-05");
  // The first meeting of each body has nothing to carry.
  CHECK(carried_forward(c, *c.meeting("board-2026-05")).empty());
  CHECK(carried_forward(c, *c.meeting("team-2026-06")).empty());
  std::string agenda = dump(f, "agenda/board-2026-07");
  CHECK(has(agenda, "Draft the job description"));
  // Due 31 May, still open on 14 July: overdue at the meeting.
  CHECK(has(agenda, "Open — overdue"));
  CHECK_FALSE(has(agenda, "Advertise the post"));
}

TEST_CASE("records: attendance over the financial year, per member") {
  Fixture f("two-bodies");
  auto years = attendance_by_year(f.cluster());
  REQUIRE(years.size() == 1);
  CHECK(years[0].year.label == "2026/27");
  CHECK(years[0].meetings == 3);
  // Board meetings (12 May, 14 July) expect all six; the team's (9 June)
  // m1–m3. m1 3 of 3; m2 2 of 3 (not 14 July) = 67%; m3 2 of 3 (not 9
  // June) = 67%; m4 2 of 2; m5 1 of 2 (apologies 12 May) = 50%; m6 0 of 2.
  std::map<std::string, std::pair<int, int>> expected = {
      {"m1", {3, 3}}, {"m2", {2, 3}}, {"m3", {2, 3}}, {"m4", {2, 2}}, {"m5", {1, 2}}, {"m6", {0, 2}}};
  std::map<std::string, int> percent = {{"m1", 100}, {"m2", 67}, {"m3", 67}, {"m4", 100}, {"m5", 50}, {"m6", 0}};
  REQUIRE(years[0].members.size() == 6);
  for (const auto& m : years[0].members) {
    CHECK_MESSAGE(m.rate.attended == expected[m.member->id].first, m.member->id);
    CHECK_MESSAGE(m.rate.expected == expected[m.member->id].second, m.member->id);
    CHECK_MESSAGE(m.rate.percent() == percent[m.member->id], m.member->id);
  }
  std::string doc = dump(f, "attendance", Language::cy);
  CHECK(has(doc, "2026/27"));
  CHECK(has(doc, "text \"67%\""));
}

TEST_CASE("records: the register of interests, in both languages") {
  Fixture f("two-bodies");
  std::string en = dump(f, "register-of-interests");
  CHECK(has(en, "Partner at Practice One"));
  CHECK(has(en, "Non-financial: professional"));
  CHECK(has(en, "30 September 2026"));  // ended
  std::string cy = dump(f, "register-of-interests", Language::cy);
  CHECK(has(cy, "Partner ym Mhractis Un"));
  CHECK(has(cy, "Anariannol: proffesiynol"));
  CHECK(has(cy, "30 Medi 2026"));
}

TEST_CASE("calendar: lines are folded at 75 octets, never inside a character, and text is escaped") {
  std::string line = "DESCRIPTION:" + std::string(70, 'a') + "ŵŷ" + std::string(10, 'b');
  std::string folded = fold_line(line);
  // 12 + 63 a's make the first 75 octets; then a CRLF and a space.
  CHECK(folded.substr(0, 75) == "DESCRIPTION:" + std::string(63, 'a'));
  CHECK(folded.substr(75, 3) == "\r\n ");
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    // No line starts or ends in the middle of a UTF-8 character.
    CHECK((static_cast<unsigned char>(folded[end - 1]) & 0xC0) != 0xC0);
    start = end + 2;
  }
  std::string unfolded;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    unfolded += folded[i];
  }
  CHECK(unfolded == line + "\r\n");
  CHECK(escape_text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne");
}

TEST_CASE("calendar: the meetings of a cluster, timed in Europe/London or all day, the same every build") {
  Fixture f("two-bodies");
  std::string feed = calendar_feed(f.cluster(), Language::en, f.in.strings, "https://example.org/x/", 1795392000);
  CHECK(feed.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  CHECK(has(feed, "BEGIN:VTIMEZONE\r\nTZID:Europe/London"));
  CHECK(has(feed, "DTSTART;TZID=Europe/London:20260512T133000\r\n"));
  CHECK(has(feed, "DTEND;TZID=Europe/London:20260512T150000\r\n"));
  CHECK(has(feed, "DTSTART;VALUE=DATE:20260609\r\nDTEND;VALUE=DATE:20260610\r\n"));  // no time: all day
  CHECK(has(feed, "UID:board-2026-07.two-bodies.hywel-dda@clusterpack\r\n"));
  CHECK(has(feed, "DTSTAMP:20261123T000000Z\r\n"));  // SOURCE_DATE_EPOCH 1795392000
  CHECK(has(feed, "SUMMARY:Cluster Stakeholder Board\\, Two Bodies Cluster\r\n"));
  size_t events = 0;
  for (size_t at = feed.find("BEGIN:VEVENT"); at != std::string::npos; at = feed.find("BEGIN:VEVENT", at + 1)) ++events;
  CHECK(events == 3);
  CHECK(feed == calendar_feed(f.cluster(), Language::en, f.in.strings, "https://example.org/x/", 1795392000));
  std::string cy = calendar_feed(f.cluster(), Language::cy, f.in.strings, "https://example.org/y/", 1795392000);
  CHECK(has(cy, "SUMMARY:Bwrdd Rhanddeiliaid y Clwstwr\\, Clwstwr Dau Gorff\r\n"));
  CHECK(has(cy, "LOCATION:Neuadd Aberaeron\r\n"));
}
