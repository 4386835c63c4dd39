#include "model/cluster_starter.h"

#include <map>

namespace cp {

const char* const kStarterOptionalSections =
    "# ---- More sections: remove the '# ' at the start of each line of one to use it ----";

namespace {

// "north-ceredigion" -> "North Ceredigion"
std::string title_of(const std::string& id) {
  std::string out;
  bool start = true;
  for (char c : id) {
    if (c == '-') {
      out += ' ';
      start = true;
      continue;
    }
    out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    start = false;
  }
  return out;
}

Date days_later(const Date& d, int days) {
  Date out = d;
  for (int i = 0; i < days; ++i) out = next_day(out);
  return out;
}

Date a_year_later(const Date& d) {
  Date out{d.year + 1, d.month, d.day};
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

// Replaces each {{name}} of `text`.
std::string fill(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    std::string tag = "{{" + name + "}}";
    for (size_t at = text.find(tag); at != std::string::npos; at = text.find(tag, at + value.size()))
      text.replace(at, tag.size(), value);
  }
  return text;
}

// Comments are in English, like the command line; every text people read
// in a document is given in English and in Welsh.
const char* const kStarter = R"(# Cluster data for {{title}} ({{board}} health board).
#
# What each field means: docs/data-reference.md. After each edit, check the file:
#   clusterpack check {{file}}
# and make the Terms of Reference as a PDF, in English and in Welsh:
#   clusterpack pdf {{file}} --doc terms-of-reference --lang en -o terms-of-reference.en.pdf
#   clusterpack pdf {{file}} --doc terms-of-reference --lang cy -o terms-of-reference.cy.pdf
#
# Text that people read is given in both languages: {en: "…", cy: "…"}.
# Dates are written YYYY-MM-DD. Indent with spaces, never tabs.
# Lines starting with '#' are comments, which clusterpack ignores.

name: {en: "{{title}} Cluster", cy: "Clwstwr {{title}}"}   # put the Welsh name in cy
health_board: {{board}}
# population: 40000                 # people served (clusters serve 25,000 to 100,000)

people:                             # everyone named in the documents; their ids are used below
  - id: lead
    name: "Name of the Cluster Lead"
    role: {en: "Cluster Lead", cy: "Arweinydd y Clwstwr"}
  - id: pm-lead
    name: "Name of the Practice Manager Lead"
    role: {en: "Practice Manager Lead", cy: "Rheolwr Practis Arweiniol"}

members:                            # the voting members of the cluster board
  - id: practice-1
    name: "Name of the first practice"
    type: gms-practice              # gms-practice | community-pharmacy | dental | optometry | community-nursing |
                                    # therapies | local-authority | third-sector | health-board | other
    representative: lead            # a person above
    deputy: pm-lead                 # may vote as proxy when the voting rules allow it
    votes: 1                        # 0 for a member who attends but does not vote

terms_of_reference:                 # Pack 11 (Stakeholder Board) or Pack 12 (Leadership Team)
  body: stakeholder-board           # stakeholder-board | leadership-team
  purpose:
    en: >-
      The Stakeholder Board brings together everyone who provides primary and
      community care in the cluster area. It agrees the cluster's priorities and
      plan, decides how the cluster's funding is spent, and holds the cluster to
      account for what it delivers.
    cy: >-
      Mae'r Bwrdd Rhanddeiliaid yn dod â phawb sy'n darparu gofal sylfaenol a
      chymunedol yn ardal y clwstwr at ei gilydd. Mae'n cytuno ar flaenoriaethau a
      chynllun y clwstwr, yn penderfynu sut y caiff cyllid y clwstwr ei wario, ac
      yn dwyn y clwstwr i gyfrif am yr hyn y mae'n ei gyflawni.
  functions:
    - en: Agree the cluster plan and review progress against it.
      cy: Cytuno ar gynllun y clwstwr ac adolygu'r cynnydd yn ei erbyn.
    - en: Decide how the cluster's funding is spent.
      cy: Penderfynu sut y caiff cyllid y clwstwr ei wario.
    - en: Keep the risk register and escalate the highest risks to the health board.
      cy: Cadw'r gofrestr risg ac uwchgyfeirio'r risgiau uchaf i'r bwrdd iechyd.
  declarations_of_interest:
    en: >-
      Members declare any interest at the start of each meeting. A member with an
      interest in an item does not vote on it.
    cy: >-
      Mae'r aelodau'n datgan unrhyw fuddiant ar ddechrau pob cyfarfod. Nid yw aelod
      sydd â buddiant mewn eitem yn pleidleisio arni.
  # Also, in the same way: duty_statement, service_user_engagement,
  # risk_management, reporting and communication (docs/data-reference.md).
  chair: lead                       # a person above
  vice_chair: pm-lead
  meetings:
    frequency: bi-monthly           # monthly | six-weekly | bi-monthly | quarterly
    quorum: 50%                     # of the voting members, rounded up; or a number, e.g. 4
    papers_days_before: 5
    minutes_within_days: 10
  agreed: {{today}}
  review: {{next_year}}
  signatories: [lead, pm-lead]

voting:                             # Pack 8: the voting system
  consensus_first: true             # try to agree first; vote when that fails
  majority:
    general: simple                 # simple | two-thirds | three-quarters | unanimous
    financial: two-thirds           # for decisions that spend money
    of: votes-cast                  # votes-cast | eligible-members
  proxies: true                     # a member's deputy may vote for them
  casting_vote: chair               # chair | none
  conflicts: abstain                # a member with a declared interest does not vote

# Further sections, described in docs/data-reference.md: business_cases
# (Packs 26, 35 and 7), vision (Pack 5), business_plan, logic_model,
# prioritisation, self_assessment, cnd and annual_reports.

{{optional}}
#
# risks:                            # Pack 9: the risk register (score = likelihood × impact)
#   - id: R01
#     title: {en: "Not enough GPs to cover sessions", cy: "Dim digon o feddygon teulu i gyflenwi sesiynau"}
#     category: workforce           # workforce | financial | clinical | service | governance |
#                                   # information | reputational | estates
#     owner: lead
#     likelihood: 3                 # 1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain
#     impact: 4                     # 1 negligible, 2 minor, 3 moderate, 4 major, 5 catastrophic
#     controls:
#       - {en: "A shared list of locum GPs", cy: "Rhestr a rennir o feddygon teulu locwm"}
#     raised: {{today}}
#     review: {{in_three_months}}
#     status: open                  # open | closed
#
# sbars:                            # Pack 18: a paper that asks for a decision
#   - id: sbar-1
#     title: {en: "Adopting the Terms of Reference", cy: "Mabwysiadu'r Cylch Gorchwyl"}
#     meeting: {{today}}
#     author: lead
#     purpose: decision             # decision | discussion | information
#     situation: {en: "The cluster has no agreed Terms of Reference.", cy: "Nid oes gan y clwstwr Gylch Gorchwyl y cytunwyd arno."}
#     background: {en: "The health board asks every cluster to agree its own.", cy: "Mae'r bwrdd iechyd yn gofyn i bob clwstwr gytuno ar ei un ei hun."}
#     assessment: {en: "The draft follows the model in the resource pack.", cy: "Mae'r drafft yn dilyn y model yn y pecyn adnoddau."}
#     recommendation: {en: "Adopt the draft Terms of Reference.", cy: "Mabwysiadu'r Cylch Gorchwyl drafft."}
#
# decisions:                        # Pack 19: the decision tracker; the outcome is worked out, never typed
#   - id: D-1
#     date: {{today}}
#     title: {en: "Terms of Reference adopted", cy: "Mabwysiadu'r Cylch Gorchwyl"}
#     sbar: sbar-1
#     financial: false              # true for spending; then give the amount, e.g. amount: 48000
#     votes:
#       for: [practice-1]           # member ids
#       against: []
#       abstain: []
)";

}  // namespace

std::string cluster_starter_file(const std::string& board_id, const std::string& cluster_id, const std::string& path,
                                 const Date& today) {
  return fill(kStarter, {{"title", title_of(cluster_id)},
                         {"board", board_id},
                         {"file", path},
                         {"today", today.iso()},
                         {"next_year", a_year_later(today).iso()},
                         {"in_three_months", days_later(today, 91).iso()},
                         {"optional", kStarterOptionalSections}});
}

}  // namespace cp
