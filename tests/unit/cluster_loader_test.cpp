#include <doctest/doctest.h>

#include "model/cluster_loader.h"

using namespace cp;

namespace {
struct Loaded {
  bool ok;
  Cluster cluster;
  Diagnostics diags;
};
Loaded load(const std::string& text) {
  Loaded l;
  YamlNode root;
  REQUIRE(parse_yaml("c.yaml", text, root, l.diags));
  l.cluster.board_id = "powys";
  l.ok = read_cluster("c.yaml", root, {"powys", "hywel-dda"}, l.diags, l.cluster);
  return l;
}
// One line per diagnostic, so a failing check shows the whole list.
std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.sorted())
    out += std::to_string(x.where.line) + ":" + std::to_string(x.where.col) + " " + x.message +
           (x.hint.empty() ? "" : " (" + x.hint + ")") + "\n";
  return out;
}
const char* kBase =
    "name: {en: North Powys, cy: Gogledd Powys}\n"
    "health_board: powys\n"
    "people:\n"
    "  - {id: lead, name: Dr Ann Jones, role: {en: Cluster Lead, cy: Arweinydd y Clwstwr}}\n"
    "  - {id: pm, name: Ben Evans}\n"
    "members:\n"
    "  - {id: welshpool, name: Welshpool Surgery, type: gms-practice, representative: lead, deputy: pm, patients: 9000}\n"
    "  - {id: newtown, name: {en: Newtown Council, cy: Cyngor Y Drenewydd}, type: local-authority, representative: pm, votes: 0}\n";
}  // namespace

TEST_CASE("a valid cluster reads into the model") {
  auto l = load(kBase);
  CHECK(l.ok);
  CHECK(l.diags.all().empty());
  CHECK(l.cluster.name.in(Language::cy) == "Gogledd Powys");
  REQUIRE(l.cluster.members.size() == 2);
  CHECK(l.cluster.members[0].votes == 1);
  CHECK(l.cluster.members[0].patients == 9000);
  CHECK(l.cluster.members[1].votes == 0);
  CHECK(l.cluster.members[1].name.in(Language::cy) == "Cyngor Y Drenewydd");
  CHECK(l.cluster.person("pm")->name == "Ben Evans");
}

TEST_CASE("references must resolve, with a suggestion") {
  auto l = load(std::string(kBase) +
                "terms_of_reference:\n  body: stakeholder-board\n  purpose: {en: P, cy: D}\n  chair: leed\n"
                "  meetings: {frequency: monthly, quorum: 50%}\n  agreed: 2026-04-01\n  review: 2027-04-01\n");
  CHECK_FALSE(l.ok);
  CHECK(messages(l.diags) == "12:10 unknown person 'leed' (did you mean 'lead'?)\n");
}

TEST_CASE("duplicate ids, one representative per member, wrong health board") {
  auto l = load(
      "name: X\nhealth_board: hywel-dda\npeople:\n  - {id: a, name: A}\n  - {id: a, name: B}\n"
      "members:\n  - {id: m1, name: M1, type: dental, representative: a}\n"
      "  - {id: m2, name: M2, type: dental, representative: a}\n");
  CHECK(messages(l.diags) == "2:15 health_board 'hywel-dda' does not match the folder 'powys' (move the file to "
                                 "content/clusters/hywel-dda/ or correct health_board)\n"
        "5:10 duplicate person id 'a' (first given on line 4; give each person id once)\n"
        "8:54 'a' already represents another member (each member has its own representative)\n");
}

TEST_CASE("quorum is a percentage or a count") {
  auto tor = [](const std::string& quorum) {
    return std::string(kBase) + "terms_of_reference:\n  body: leadership-team\n  purpose: P\n  chair: lead\n" +
           "  meetings: {frequency: quarterly, quorum: " + quorum + "}\n  agreed: 2026-04-01\n  review: 2027-04-01\n";
  };
  auto pct = load(tor("60%"));
  CHECK(pct.ok);
  CHECK(pct.cluster.terms.meetings.quorum_is_percent);
  CHECK(pct.cluster.terms.meetings.quorum_value == 60);
  auto count = load(tor("4"));
  CHECK(count.cluster.terms.meetings.quorum_value == 4);
  CHECK_FALSE(count.cluster.terms.meetings.quorum_is_percent);
  auto bad = load(tor("half"));
  CHECK(messages(bad.diags) ==
        "13:44 invalid quorum 'half' (write a percentage of voting members, e.g. 50%, or a number of members, e.g. 4)\n");
}

TEST_CASE("business case costs: one amount per year, exact pence") {
  auto l = load(std::string(kBase) +
                "business_cases:\n  - id: bc\n    title: T\n    summary: S\n    years: [\"2026/27\", \"2027/28\"]\n"
                "    costs:\n      - {item: Pharmacist, amounts: [52000, 53560.50]}\n"
                "      - {item: Room, amounts: [1000]}\n    funding_source: invest-to-save\n");
  CHECK(messages(l.diags) == "16:31 this cost line has 1 amounts but the case has 2 years "
                                                      "(give one amount per year, in the order of 'years')\n");
  CHECK(l.cluster.business_cases[0].costs[0].amounts[1] == 5356050);
}

TEST_CASE("decisions: members, proxies and SBARs resolve") {
  auto l = load(std::string(kBase) +
                "sbars:\n  - {id: s1, title: T, author: lead, purpose: decision, situation: S, background: B, "
                "assessment: A, recommendation: R}\n"
                "decisions:\n  - id: D1\n    date: 2026-07-14\n    title: T\n    sbar: s2\n"
                "    votes: {for: [welshpool, borth], by_proxy: {welshpool: pm}}\n");
  CHECK(messages(l.diags) == "15:11 unknown SBAR 's2' (did you mean 's1'?)\n"
        "16:30 unknown member 'borth' (expected one of: newtown, welshpool)\n");
}
