#include "model/cluster_loader.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <stdexcept>

#include "diag/suggest.h"
#include "model/cluster_sections.h"

namespace cp {

namespace enums {
const std::vector<std::string> member_types = {"gms-practice",      "community-pharmacy", "dental",
                                               "optometry",         "community-nursing",  "therapies",
                                               "local-authority",   "third-sector",       "health-board",
                                               "other"};
const std::vector<std::string> frequencies = {"monthly", "six-weekly", "bi-monthly", "quarterly"};
const std::vector<std::string> majorities = {"simple", "two-thirds", "three-quarters", "unanimous"};
const std::vector<std::string> majority_of = {"votes-cast", "eligible-members"};
const std::vector<std::string> casting_vote = {"chair", "none"};
const std::vector<std::string> conflicts = {"abstain"};
const std::vector<std::string> risk_categories = {"workforce",  "financial",   "clinical",     "service",
                                                  "governance", "information", "reputational", "estates"};
const std::vector<std::string> risk_status = {"open", "closed"};
const std::vector<std::string> action_status = {"open", "done"};
const std::vector<std::string> sbar_purpose = {"decision", "discussion", "information"};
const std::vector<std::string> funding_sources = {"cluster-allocation",
                                                  "integrated-care-fund",
                                                  "efficiency-through-technology-fund",
                                                  "invest-to-save",
                                                  "transformation-fund",
                                                  "other"};
const std::vector<std::string> tor_bodies = {"stakeholder-board", "leadership-team"};
const std::vector<std::string> plan_likelihood = {"high", "medium", "low"};
const std::vector<std::string> key_action_status = {"not-started", "in-progress", "done"};
const std::vector<std::string> interest_kinds = {"financial", "non-financial-professional", "non-financial-personal",
                                                 "indirect"};
}  // namespace enums

namespace {

template <class T, class U>
void set(T& target, const std::optional<U>& value) {
  if (value) target = *value;
}

// Reads the keys of the cluster file in the order its steps give them,
// each as the description says (FieldReader's `only`).
class KeysInOrder {
 public:
  KeysInOrder(SectionReader& s, Fields& f, const ReadRules& rules) : s_(s), f_(f), rules_(rules) {}

  void read(std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
      FieldReader<Cluster> reader(s_.r, f_, s_.c, rules_, nullptr, key);
      describe(reader, type<Cluster>{});
      if (!reader.found()) throw std::logic_error(std::string("the cluster file has no key '") + key + "'");
      described_ = reader.keys();
      ++read_;
    }
  }
  // Each key of the description is read by one step (a key no step reads
  // would be an unknown key to every file).
  void check_every_key_read() const {
    if (read_ != described_)
      throw std::logic_error("the cluster reader reads " + std::to_string(read_) + " keys of the " +
                             std::to_string(described_) + " the cluster file has");
  }

 private:
  SectionReader& s_;
  Fields& f_;
  const ReadRules& rules_;
  int described_ = 0, read_ = 0;
};

void read_board(SectionReader& s, const YamlNode& node, const std::vector<std::string>& known_boards) {
  auto id = s.r.id(node);
  if (!id) return;
  if (std::find(known_boards.begin(), known_boards.end(), *id) == known_boards.end()) {
    s.r.error(node, "unknown health board '" + *id + "'", suggestion_hint(*id, known_boards));
    return;
  }
  Cluster& c = s.c;
  if (!c.board_id.empty() && c.board_id != *id) {
    s.r.error(node, "health_board '" + *id + "' does not match the folder '" + c.board_id + "'",
              "move the file to content/clusters/" + *id + "/ or correct health_board");
    return;
  }
  c.board_id = *id;
}

// The cluster file. Its sections are read in an order where every
// reference points back to something already read, so references are
// checked at the node that names them; the description lists them in the
// order docs/data-reference.md shows them to editors, so the order is the
// loader's, key by key, while what each key holds is the description's.
void read_file(SectionReader& s, const YamlNode& root, const std::vector<std::string>& known_boards) {
  Fields f(s.r, root, "the cluster file");
  if (!f.ok()) return;
  Cluster& c = s.c;
  auto section = [&s](void (*read)(SectionReader&, const YamlNode&)) -> FieldHandler {
    return [&s, read](const YamlNode& n) { read(s, n); };
  };
  const YamlNode* one_terms = nullptr;
  ReadRules rules{
      .own = {{"health_board", [&](const YamlNode& n) { read_board(s, n, known_boards); }},
              {"people", section(read_people)},
              {"members", section(read_members)},
              {"in_attendance", section(read_attendance)},
              {"vision", section(read_vision)},
              {"terms_of_reference",
               [&](const YamlNode& n) {
                 one_terms = &n;
                 read_terms(s, n, c.terms, true);
               }},
              {"voting", [&](const YamlNode& n) { read_voting(s, n, c.voting); }},
              {"bodies",
               [&](const YamlNode& n) {
                 if (one_terms)
                   s.r.error(*one_terms, "a file with 'bodies' gives each body's terms of reference there",
                             "move terms_of_reference into the body it belongs to: bodies: [{id: stakeholder-board, "
                             "terms_of_reference: …}]");
                 read_bodies(s, n);
               }},
              {"delegation", section(read_delegation)},
              {"interests", section(read_interests)},
              {"sbars", section(read_sbars)},
              {"risks", section(read_risks)},
              {"decisions", section(read_decisions)},
              {"business_cases", section(read_business_cases)},
              {"meetings", section(read_meetings)},
              {"business_plan", section(read_business_plan)},
              {"logic_model", section(read_logic_model)},
              {"cnd", section(read_cnd)},
              {"self_assessment", section(read_self_assessment)},
              {"prioritisation", section(read_prioritisation)},
              {"annual_reports", section(read_annual_reports)}},
      .groups = {{"risk_policy", "the risk policy"}},
      .where = {{"population", &c.population_where}, {"example", &c.example_where}, {"as_of", &c.as_of_where}}};
  KeysInOrder keys(s, f, rules);
  keys.read({"name", "health_board", "population", "example", "as_of", "people", "members", "in_attendance", "vision",
             "terms_of_reference", "voting", "bodies"});
  settle_bodies(s);
  keys.read({"delegation", "interests", "sbars", "risk_policy", "risks", "decisions", "business_cases", "meetings"});
  settle_meeting_records(s.r, c);
  keys.read({"business_plan", "logic_model", "cnd", "self_assessment", "prioritisation", "annual_reports"});
  keys.check_every_key_read();
}

void read_quorum(DataReader& r, const YamlNode& node, Meetings& m) {
  if (node.is_scalar() && !node.value.empty() && node.value.back() == '%') {
    YamlNode number = node;
    number.value.pop_back();
    if (auto v = r.integer(number, 1, 100)) {
      m.quorum_is_percent = true;
      m.quorum_value = static_cast<int>(*v);
    }
    return;
  }
  if (node.is_scalar() && node.value.find_first_not_of("0123456789") != std::string::npos) {
    r.error(node, "invalid quorum '" + node.value + "'",
            "write a percentage of voting members, e.g. 50%, or a number of members, e.g. 4");
    return;
  }
  if (auto v = r.integer(node, 1, 1000)) m.quorum_value = static_cast<int>(*v);
}

void read_meeting_rules(SectionReader& s, const YamlNode& node, Meetings& m) {
  Fields f(s.r, node, "the meeting arrangements");
  s.read_fields(f, m,
                {.own = {{"quorum", [&](const YamlNode& n) { read_quorum(s.r, n, m); }}},
                 .where = {{"quorum", &m.quorum_where}}});
}

}  // namespace

bool read_cluster(const std::string& file, const YamlNode& root, const std::vector<std::string>& known_boards,
                  Diagnostics& diags, Cluster& out) {
  int before = diags.error_count();
  out.file = file;
  SectionReader s(file, diags, out);
  read_file(s, root, known_boards);
  return diags.error_count() == before;
}

void read_people(SectionReader& s, const YamlNode& node) {
  s.read_items(node, "a person", s.c.people, [&](Person& p, bool& ok) {
    return ReadRules{.own = {{"id", s.new_id(s.person_ids, "person", p.id, ok)}}};
  });
}

void read_members(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  std::set<std::string> representatives;
  s.read_items(node, "a member", s.c.members, [&](Member& m, bool& ok) {
    return ReadRules{.own = {
        {"id", s.new_id(s.member_ids, "member", m.id, ok)},
        {"representative",
         [&](const YamlNode& n) {
           set(m.representative, s.ref(n, s.person_ids, "person"));
           if (!m.representative.empty() && !representatives.insert(m.representative).second)
             r.error(n, "'" + m.representative + "' already represents another member",
                     "each member has its own representative");
         }},
        {"deputy",
         [&](const YamlNode& n) {
           set(m.deputy, s.ref(n, s.person_ids, "person"));
           if (!m.deputy.empty() && m.deputy == m.representative)
             r.error(n, "'" + m.deputy + "' is both the representative and the deputy of member '" + m.id + "'",
                     "the deputy attends when the representative cannot, so it must be someone else");
         }},
        {"staff", [&](const YamlNode& n) {
           Fields staff(r, n, "a staff table");
           for (const auto& [key, value] : n.entries) {
             staff.optional(key.value);  // any role key is allowed
             if (auto id = r.id(key))
               if (auto v = r.number(value, 0, 1000)) {
                 m.staff.emplace_back(*id, *v);
                 m.staff_where.push_back(r.at(key));
               }
           }
         }}}};
  });
}

void read_attendance(SectionReader& s, const YamlNode& node) {
  KeyLines seen;
  s.r.list(node, [&](const YamlNode& item) {
    Fields f(s.r, item, "a person in attendance");
    if (auto n = f.required("person"))
      if (auto id = s.ref(*n, s.person_ids, "person"); id && s.r.first_time(seen, "person", *id, *n, "in attendance"))
        s.c.in_attendance.push_back(*id);
  });
}

void read_vision(SectionReader& s, const YamlNode& node) {
  Vision& v = s.c.vision;
  Fields f(s.r, node, "the vision");
  v.present = f.ok();
  s.read_fields(f, v, {.own = {{"values", [&](const YamlNode& n) { s.read_items(n, "a value", v.values); }}}});
}

void read_terms(SectionReader& s, const YamlNode& node, TermsOfReference& t, bool with_body) {
  Fields f(s.r, node, "the terms of reference");
  t.present = f.ok();
  s.read_fields(f, t,
                {.own = {{"chair", s.person(t.chair)},
                         {"vice_chair", s.person(t.vice_chair)},
                         {"meetings", [&](const YamlNode& n) { read_meeting_rules(s, n, t.meetings); }},
                         {"signatories", s.refs_to(s.person_ids, "person", "among the signatories", t.signatories)}},
                 .where = {{"vice_chair", &t.vice_chair_where},
                           {"agreed", &t.agreed_where},
                           {"review", &t.review_where}}},
                nullptr, [&](auto& v) { describe_terms(v, with_body); });
}

void read_voting(SectionReader& s, const YamlNode& node, VotingRules& v) {
  Fields f(s.r, node, "the voting rules");
  v.present = f.ok();
  s.read_fields(f, v, {.groups = {{"majority", "the majorities"}}});
}

// bodies: each governance body with its members, terms and voting rules.
void read_bodies(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  Cluster& c = s.c;
  c.bodies_declared = true;
  c.bodies_where = r.at(node);
  s.read_items(node, "a governance body", c.bodies, [&](GovernanceBody& b, bool& ok) {
    b.voting = c.voting;  // unless it has its own
    return ReadRules{
        .own = {{"id",
                 [&](const YamlNode& n) {
                   auto id = r.one_of(n, enums::tor_bodies);
                   if (!id || !r.first_time(s.body_ids, "body", *id, n)) ok = false;
                   set(b.id, id);
                 }},
                {"members",
                 [&](const YamlNode& n) {
                   if (n.is_scalar() && n.value == "all") {
                     b.all_members = true;
                   } else if (!n.is_sequence()) {
                     r.error(n, "expected 'all' or a list of member ids",
                             "write members: all, or members: [practice-1, …]");
                   } else {
                     b.all_members = false;
                     b.members = s.refs(n, s.member_ids, "member", "in the body's members");
                   }
                 }},
                {"terms_of_reference", [&](const YamlNode& n) { read_terms(s, n, b.terms, false); }},
                {"voting", [&](const YamlNode& n) {
                   b.voting = VotingRules();
                   read_voting(s, n, b.voting);
                 }}}};
  });
  for (auto& b : c.bodies) b.terms.body = b.id;
}

void settle_bodies(SectionReader& s) {
  Cluster& c = s.c;
  if (!c.bodies_declared && c.terms.present) {
    GovernanceBody b;
    b.id = c.terms.body.empty() ? "stakeholder-board" : c.terms.body;
    b.terms = c.terms;
    b.voting = c.voting;
    b.where = c.terms.agreed_where;
    c.bodies.push_back(b);
    s.body_ids.emplace(b.id, b.where.line);
  }
  if (c.bodies_declared && !c.bodies.empty()) c.terms = c.bodies.front().terms;
  if (!c.voting.present)
    for (const auto& b : c.bodies)
      if (b.voting.present) {
        c.voting = b.voting;
        break;
      }
}

void read_sbars(SectionReader& s, const YamlNode& node) {
  s.read_items(node, "an SBAR", s.c.sbars, [&](Sbar& p, bool& ok) {
    return ReadRules{.own = {{"id", s.new_id(s.sbar_ids, "SBAR", p.id, ok)}, {"author", s.person(p.author)}}};
  });
}

void read_risks(SectionReader& s, const YamlNode& node) {
  s.read_items(node, "a risk", s.c.risks, [&](Risk& k, bool& ok) {
    return ReadRules{.own = {{"id", s.new_id(s.risk_ids, "risk", k.id, ok)},
                             {"owner", s.person(k.owner)},
                             {"actions", s.actions(k.actions)}},
                     .groups = {{"residual", "a residual score"}},
                     .where = {{"closed", &k.closed_where}}};
  });
}

void read_decisions(SectionReader& s, const YamlNode& node) {
  DataReader& r = s.r;
  auto members = [&](const char* scope, std::vector<MemberRef>& out) {
    return s.refs_to(s.member_ids, "member", scope, out);
  };
  s.read_items(node, "a decision", s.c.decisions, [&](Decision& d, bool& ok) {
    return ReadRules{
        .own = {{"id", s.new_id(s.decision_ids, "decision", d.id, ok)},
                {"sbar", s.ref_to(s.sbar_ids, "SBAR", d.sbar)},
                {"body", s.body(d.body)},
                {"conflicts", members("in the conflicts", d.conflicts)},
                {"for", members("in the votes for", d.votes_for)},
                {"against", members("in the votes against", d.votes_against)},
                {"abstain", members("in the abstentions", d.votes_abstain)},
                {"by_proxy",
                 [&](const YamlNode& n) {
                   Fields proxies(r, n, "the proxies");
                   for (const auto& [key, value] : n.entries) {
                     proxies.optional(key.value);  // any member id is a key
                     auto member = s.ref(key, s.member_ids, "member");
                     auto person = s.ref(value, s.person_ids, "person");
                     if (member && person) d.by_proxy.push_back({*member, *person, r.at(key)});
                   }
                 }},
                {"casting_vote",
                 [&](const YamlNode& n) {
                   if (auto v = r.one_of(n, kCastingSides)) d.casting_vote = *v == "for";
                 }},
                {"actions", s.actions(d.actions)}},
        .groups = {{"votes", "the votes"}},
        .where = {{"body", &d.body_where}, {"casting_vote", &d.casting_where}}};
  });
}

void read_business_cases(SectionReader& s, const YamlNode& node) {
  KeyLines option_ids;  // of the case being read
  s.read_items(node, "a business case", s.c.business_cases, [&](BusinessCase& b, bool& ok) {
    option_ids.clear();
    ReadRules rules{.own = s.options_appraisal(b.criteria, b.options, option_ids),
                    .groups = {{"options", "the options appraisal"}}};
    rules.own.insert({{"id", s.new_id(s.case_ids, "business case", b.id, ok)},
                      {"sponsor", s.person(b.sponsor)},
                      {"costs", s.cost_lines(b.years, "case", b.costs)},
                      {"risks", s.refs_to(s.risk_ids, "risk", "in the case's risks", b.risks)},
                      {"decision", s.ref_to(s.decision_ids, "decision", b.decision)}});
    return rules;
  });
}

const Person* Cluster::person(const std::string& id) const {
  for (const auto& p : people)
    if (p.id == id) return &p;
  return nullptr;
}

const Member* Cluster::member(const std::string& id) const {
  for (const auto& m : members)
    if (m.id == id) return &m;
  return nullptr;
}

std::string body_words(const std::string& id) {
  std::string out = id;
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

const GovernanceBody* Cluster::body(const std::string& id) const {
  for (const auto& b : bodies)
    if (b.id == id) return &b;
  return nullptr;
}

const Meeting* Cluster::meeting(const std::string& id) const {
  for (const auto& m : meetings)
    if (m.id == id) return &m;
  return nullptr;
}

bool Cluster::sits_on(const GovernanceBody& body, const std::string& member) const {
  if (body.all_members) return this->member(member) != nullptr;
  return std::any_of(body.members.begin(), body.members.end(), [&](const IdRef& m) { return m.id == member; });
}

std::vector<std::string> Cluster::members_of(const GovernanceBody& body) const {
  std::vector<std::string> out;
  for (const auto& m : members)
    if (sits_on(body, m.id)) out.push_back(m.id);
  return out;
}

std::vector<std::string> Cluster::members_of_person(const std::string& person) const {
  std::vector<std::string> out;
  for (const auto& m : members)
    if (m.representative == person || (!m.deputy.empty() && m.deputy == person)) out.push_back(m.id);
  return out;
}

}  // namespace cp
