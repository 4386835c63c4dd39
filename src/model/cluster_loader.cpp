#include "model/cluster_loader.h"

#include <algorithm>
#include <set>

#include "data/reader.h"
#include "diag/suggest.h"
#include "model/cluster_description.h"
#include "model/cluster_sections.h"
#include "model/field_reader.h"

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

// Reads one cluster file. Sections are read in an order where every
// reference points back to something already read, so references are
// checked at the node that names them.
class ClusterReader {
 public:
  ClusterReader(const std::string& file, Diagnostics& diags, Cluster& out) : r_(file, diags), c_(out) {}

  void read(const YamlNode& root, const std::vector<std::string>& known_boards) {
    Fields f(r_, root, "the cluster file");
    if (!f.ok()) return;
    if (auto n = f.required("name")) set(c_.name, r_.bilingual(*n));
    if (auto n = f.required("health_board")) read_board(*n, known_boards);
    if (auto n = f.optional("population")) {
      c_.population_where = r_.at(*n);
      if (auto v = r_.integer(*n, 1, 10'000'000)) c_.population = *v;
    }
    if (auto n = f.optional("example")) {
      c_.example_where = r_.at(*n);
      set(c_.example, r_.boolean(*n));
    }
    if (auto n = f.optional("as_of")) {
      c_.as_of_where = r_.at(*n);
      c_.as_of = r_.date(*n);
    }
    if (auto n = f.optional("people")) read_people(*n);
    if (auto n = f.optional("members")) read_members(*n);
    if (auto n = f.optional("in_attendance")) read_attendance(*n);
    if (auto n = f.optional("vision")) read_vision(*n);
    const YamlNode* one_terms = f.optional("terms_of_reference");
    if (one_terms) read_terms(*one_terms, c_.terms, true);
    if (auto n = f.optional("voting")) read_voting(*n, c_.voting);
    if (auto n = f.optional("bodies")) {
      if (one_terms)
        r_.error(*one_terms, "a file with 'bodies' gives each body's terms of reference there",
                 "move terms_of_reference into the body it belongs to: bodies: [{id: stakeholder-board, "
                 "terms_of_reference: …}]");
      read_bodies(*n);
    }
    the_bodies();
    SectionReader sections{r_,           c_,          person_ids_, member_ids_, case_ids_,
                           sbar_ids_,    decision_ids_, body_ids_};
    if (auto n = f.optional("delegation")) read_delegation(sections, *n);
    if (auto n = f.optional("interests")) read_interests(sections, *n);
    if (auto n = f.optional("sbars")) read_sbars(*n);
    if (auto n = f.optional("risk_policy")) read_risk_policy(*n);
    if (auto n = f.optional("risks")) read_risks(*n);
    if (auto n = f.optional("decisions")) read_decisions(*n);
    if (auto n = f.optional("business_cases")) read_business_cases(*n);
    if (auto n = f.optional("meetings")) read_meetings(sections, *n);
    settle_meeting_records(r_, c_);
    if (auto n = f.optional("business_plan")) read_business_plan(sections, *n);
    if (auto n = f.optional("logic_model")) read_logic_model(sections, *n);
    if (auto n = f.optional("cnd")) read_cnd(sections, *n);
    if (auto n = f.optional("self_assessment")) read_self_assessment(sections, *n);
    if (auto n = f.optional("prioritisation")) read_prioritisation(sections, *n);
    if (auto n = f.optional("annual_reports")) read_annual_reports(sections, *n);
  }

 private:
  template <class T, class U>
  static void set(T& target, const std::optional<U>& value) {
    if (value) target = *value;
  }

  // The keys of `out` as its description says; `own`: those it reads itself.
  template <class S>
  void read_fields(Fields& f, S& out, const FieldHandlers& own, const GroupNames& groups = {}) {
    FieldReader<S> reader(r_, f, out, own, groups);
    describe(reader, type<S>{});
  }
  // An item's id, new among `seen`, into `out`; `ok` turns false when it is
  // there but cannot be used (malformed, or a duplicate: reported).
  FieldHandler new_id(KeyLines& seen, const char* what, std::string& out, bool& ok) {
    return [this, &seen, what, &out, &ok](const YamlNode& n) {
      auto id = read_new_id(r_, n, seen, what);
      if (id) out = *id;
      else ok = false;
    };
  }
  // A reference to a person, into `out`.
  FieldHandler person_ref(std::string& out) {
    return [this, &out](const YamlNode& n) { set(out, ref(n, person_ids_, "person")); };
  }
  // A date, into `out`, and where it was written, into `where`.
  FieldHandler date_at(std::optional<Date>& out, Location& where) {
    return [this, &out, &where](const YamlNode& n) {
      where = r_.at(n);
      out = r_.date(n);
    };
  }

  std::optional<std::string> ref(const YamlNode& node, const KeyLines& known, const char* what) {
    return read_id_ref(r_, node, known, what);
  }
  std::vector<Text> texts(const YamlNode& node) { return read_texts(r_, node); }
  // Members named in a decision (votes, conflicts), each once in its list.
  std::vector<MemberRef> members(const YamlNode& node, const char* scope) {
    return read_id_refs(r_, node, member_ids_, "member", scope);
  }

  template <class T>
  static void set_push(std::vector<T>& list, const std::optional<T>& value) {
    if (value) list.push_back(*value);
  }

  void read_board(const YamlNode& node, const std::vector<std::string>& known_boards) {
    auto id = r_.id(node);
    if (!id) return;
    if (std::find(known_boards.begin(), known_boards.end(), *id) == known_boards.end()) {
      r_.error(node, "unknown health board '" + *id + "'", suggestion_hint(*id, known_boards));
      return;
    }
    if (!c_.board_id.empty() && c_.board_id != *id) {
      r_.error(node, "health_board '" + *id + "' does not match the folder '" + c_.board_id + "'",
               "move the file to content/clusters/" + *id + "/ or correct health_board");
      return;
    }
    c_.board_id = *id;
  }

  void read_people(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a person");
      Person p;
      p.where = r_.at(item);
      bool ok = true;
      read_fields(f, p, {{"id", new_id(person_ids_, "person", p.id, ok)}});
      if (ok && f.ok()) c_.people.push_back(p);
    });
  }

  void read_members(const YamlNode& node) {
    std::set<std::string> representatives;
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a member");
      Member m;
      m.where = r_.at(item);
      bool ok = f.ok();
      read_fields(f, m, {
          {"id", new_id(member_ids_, "member", m.id, ok)},
          {"representative", [&](const YamlNode& n) {
             set(m.representative, ref(n, person_ids_, "person"));
             if (!m.representative.empty() && !representatives.insert(m.representative).second)
               r_.error(n, "'" + m.representative + "' already represents another member",
                        "each member has its own representative");
           }},
          {"deputy", [&](const YamlNode& n) {
             set(m.deputy, ref(n, person_ids_, "person"));
             if (!m.deputy.empty() && m.deputy == m.representative)
               r_.error(n, "'" + m.deputy + "' is both the representative and the deputy of member '" + m.id + "'",
                        "the deputy attends when the representative cannot, so it must be someone else");
           }},
          {"staff", [&](const YamlNode& n) {
             Fields staff(r_, n, "a staff table");
             for (const auto& [key, value] : n.entries) {
               staff.optional(key.value);  // any role key is allowed
               if (auto id = r_.id(key))
                 if (auto v = r_.number(value, 0, 1000)) {
                   m.staff.emplace_back(*id, *v);
                   m.staff_where.push_back(r_.at(key));
                 }
             }
           }},
      });
      if (ok) c_.members.push_back(m);
    });
  }

  void read_attendance(const YamlNode& node) {
    KeyLines seen;
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a person in attendance");
      if (auto n = f.required("person"))
        if (auto id = ref(*n, person_ids_, "person"); id && r_.first_time(seen, "person", *id, *n, "in attendance"))
          c_.in_attendance.push_back(*id);
    });
  }

  void read_vision(const YamlNode& node) {
    Fields f(r_, node, "the vision");
    c_.vision.present = f.ok();
    read_fields(f, c_.vision, {{"values", [&](const YamlNode& n) {
                                  r_.list(n, [&](const YamlNode& item) {
                                    Fields vf(r_, item, "a value");
                                    Vision::Value v;
                                    read_fields(vf, v, {});
                                    if (vf.ok()) c_.vision.values.push_back(v);
                                  });
                                }}});
  }

  void read_quorum(const YamlNode& node, Meetings& m) {
    m.quorum_where = r_.at(node);
    if (node.is_scalar() && !node.value.empty() && node.value.back() == '%') {
      YamlNode number = node;
      number.value.pop_back();
      if (auto v = r_.integer(number, 1, 100)) {
        m.quorum_is_percent = true;
        m.quorum_value = static_cast<int>(*v);
      }
      return;
    }
    if (node.is_scalar() && node.value.find_first_not_of("0123456789") != std::string::npos) {
      r_.error(node, "invalid quorum '" + node.value + "'",
               "write a percentage of voting members, e.g. 50%, or a number of members, e.g. 4");
      return;
    }
    if (auto v = r_.integer(node, 1, 1000)) m.quorum_value = static_cast<int>(*v);
  }

  void read_meeting_rules(const YamlNode& node, Meetings& m) {
    Fields f(r_, node, "the meeting arrangements");
    read_fields(f, m, {{"quorum", [&](const YamlNode& n) { read_quorum(n, m); }}});
  }

  // `with_body`: the one terms_of_reference of a file without `bodies`
  // says which body it is for.
  void read_terms(const YamlNode& node, TermsOfReference& t, bool with_body) {
    Fields f(r_, node, "the terms of reference");
    t.present = f.ok();
    FieldReader<TermsOfReference> reader(
        r_, f, t,
        {{"chair", person_ref(t.chair)},
         {"vice_chair",
          [&](const YamlNode& n) {
            t.vice_chair_where = r_.at(n);
            set(t.vice_chair, ref(n, person_ids_, "person"));
          }},
         {"meetings", [&](const YamlNode& n) { read_meeting_rules(n, t.meetings); }},
         {"agreed", date_at(t.agreed, t.agreed_where)},
         {"review", date_at(t.review, t.review_where)},
         {"signatories", [&](const YamlNode& n) {
            for (const auto& person : read_id_refs(r_, n, person_ids_, "person", "among the signatories"))
              t.signatories.push_back(person.id);
          }}});
    describe_terms(reader, with_body);
  }

  void read_voting(const YamlNode& node, VotingRules& v) {
    Fields f(r_, node, "the voting rules");
    v.present = f.ok();
    read_fields(f, v, {}, {{"majority", "the majorities"}});
  }

  void read_sbars(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "an SBAR");
      Sbar s;
      s.where = r_.at(item);
      bool ok = f.ok();
      read_fields(f, s, {{"id", new_id(sbar_ids_, "SBAR", s.id, ok)}, {"author", person_ref(s.author)}});
      if (ok) c_.sbars.push_back(s);
    });
  }

  void read_risk_policy(const YamlNode& node) {
    Fields f(r_, node, "the risk policy");
    if (auto n = f.optional("escalate_at"))
      if (auto v = r_.integer(*n, 1, 25)) c_.escalate_at = static_cast<int>(*v);
  }

  std::vector<Action> read_actions(const YamlNode& node) {
    return cp::read_actions(r_, node, person_ids_, member_ids_);
  }

  // bodies: each governance body with its members, terms and voting rules.
  void read_bodies(const YamlNode& node) {
    c_.bodies_declared = true;
    c_.bodies_where = r_.at(node);
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a governance body");
      GovernanceBody b;
      b.where = r_.at(item);
      bool ok = f.ok();
      if (auto n = f.required("id")) {
        auto id = r_.one_of(*n, enums::tor_bodies);
        ok = ok && id && r_.first_time(body_ids_, "body", *id, *n);
        set(b.id, id);
      }
      if (auto n = f.optional("members")) {
        if (n->is_scalar() && n->value == "all") {
          b.all_members = true;
        } else if (!n->is_sequence()) {
          r_.error(*n, "expected 'all' or a list of member ids", "write members: all, or members: [practice-1, …]");
        } else {
          b.all_members = false;
          b.members = members(*n, "in the body's members");
        }
      }
      if (auto n = f.required("terms_of_reference")) read_terms(*n, b.terms, false);
      b.terms.body = b.id;
      b.voting = c_.voting;
      if (auto n = f.optional("voting")) {
        b.voting = VotingRules();
        read_voting(*n, b.voting);
      }
      if (ok) c_.bodies.push_back(std::move(b));
    });
  }

  // Every file has its bodies in c_.bodies: a file without `bodies` has the
  // one its terms_of_reference is for. c_.terms is the first body's.
  void the_bodies() {
    if (!c_.bodies_declared && c_.terms.present) {
      GovernanceBody b;
      b.id = c_.terms.body.empty() ? "stakeholder-board" : c_.terms.body;
      b.terms = c_.terms;
      b.voting = c_.voting;
      b.where = c_.terms.agreed_where;
      c_.bodies.push_back(b);
      body_ids_.emplace(b.id, b.where.line);
    }
    if (c_.bodies_declared && !c_.bodies.empty()) c_.terms = c_.bodies.front().terms;
    if (!c_.voting.present)
      for (const auto& b : c_.bodies)
        if (b.voting.present) {
          c_.voting = b.voting;
          break;
        }
  }

  std::optional<int> level(const YamlNode& node) {
    auto v = r_.integer(node, 1, 5);
    if (!v) return std::nullopt;
    return static_cast<int>(*v);
  }

  void read_risks(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a risk");
      Risk k;
      k.where = r_.at(item);
      bool ok = f.ok();
      read_fields(f, k,
                  {{"id", new_id(risk_ids_, "risk", k.id, ok)},
                   {"owner", person_ref(k.owner)},
                   {"actions", [&](const YamlNode& n) { k.actions = read_actions(n); }},
                   {"closed", date_at(k.closed, k.closed_where)}},
                  {{"residual", "a residual score"}});
      if (ok) c_.risks.push_back(k);
    });
  }

  void read_decisions(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a decision");
      Decision d;
      d.where = r_.at(item);
      bool ok = f.ok();
      read_fields(f, d,
                  {{"id", new_id(decision_ids_, "decision", d.id, ok)},
                   {"sbar", [&](const YamlNode& n) { set(d.sbar, ref(n, sbar_ids_, "SBAR")); }},
                   {"body",
                    [&](const YamlNode& n) {
                      d.body_where = r_.at(n);
                      set(d.body, read_body_ref(r_, n, body_ids_));
                    }},
                   {"conflicts", [&](const YamlNode& n) { d.conflicts = members(n, "in the conflicts"); }},
                   {"for", [&](const YamlNode& n) { d.votes_for = members(n, "in the votes for"); }},
                   {"against", [&](const YamlNode& n) { d.votes_against = members(n, "in the votes against"); }},
                   {"abstain", [&](const YamlNode& n) { d.votes_abstain = members(n, "in the abstentions"); }},
                   {"by_proxy",
                    [&](const YamlNode& n) {
                      Fields proxies(r_, n, "the proxies");
                      for (const auto& [key, value] : n.entries) {
                        proxies.optional(key.value);  // any member id is a key
                        auto member = ref(key, member_ids_, "member");
                        auto person = ref(value, person_ids_, "person");
                        if (member && person) d.by_proxy.push_back({*member, *person, r_.at(key)});
                      }
                    }},
                   {"casting_vote",
                    [&](const YamlNode& n) {
                      d.casting_where = r_.at(n);
                      if (auto v = r_.one_of(n, kCastingSides)) d.casting_vote = *v == "for";
                    }},
                   {"actions", [&](const YamlNode& n) { d.actions = read_actions(n); }}},
                  {{"votes", "the votes"}});
      if (ok) c_.decisions.push_back(d);
    });
  }

  void read_costs(const YamlNode& node, BusinessCase& b) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a cost line");
      CostLine line;
      FieldReader<CostLine> reader(r_, f, line, {{"amounts", [&](const YamlNode& n) {
                                                   r_.list(n, [&](const YamlNode& a) { set_push(line.amounts, r_.money(a)); });
                                                   if (n.is_sequence() && n.items.size() != b.years.size())
                                                     r_.error(n,
                                                              "this cost line has " + std::to_string(n.items.size()) +
                                                                  " amounts but the case has " +
                                                                  std::to_string(b.years.size()) + " years",
                                                              "give one amount per year, in the order of 'years'");
                                                 }}});
      describe_cost_line(reader, "years");
      if (f.ok()) b.costs.push_back(line);
    });
  }

  // The options appraisal: the criteria, then the options scored on them.
  FieldHandlers options_appraisal(BusinessCase& b, KeyLines& criterion_ids, KeyLines& option_ids) {
    return {
        {"criteria",
         [&](const YamlNode& n) {
           r_.list(n, [&](const YamlNode& item) {
             Fields cf(r_, item, "a criterion");
             OptionCriterion c;
             bool ok = cf.ok();
             read_fields(cf, c, {{"id", new_id(criterion_ids, "criterion", c.id, ok)}});
             if (ok) b.criteria.push_back(c);
           });
         }},
        {"list", [&](const YamlNode& n) {
           r_.list(n, [&](const YamlNode& item) {
             Fields of(r_, item, "an option");
             Option o;
             bool ok = of.ok();
             read_fields(of, o,
                         {{"id", new_id(option_ids, "option", o.id, ok)},
                          {"scores", [&](const YamlNode& x) { read_scores(x, b.criteria, criterion_ids, o); }}});
             if (ok) b.options.push_back(o);
           });
         }}};
  }

  void read_scores(const YamlNode& x, const std::vector<OptionCriterion>& criteria, const KeyLines& criterion_ids,
                   Option& o) {
    Fields sf(r_, x, "the scores");
    for (const auto& [key, value] : x.entries) {
      sf.optional(key.value);
      auto criterion = ref(key, criterion_ids, "criterion");
      auto score = r_.integer(value, 0, 5);
      if (criterion && score) o.scores.emplace_back(*criterion, static_cast<int>(*score));
    }
    for (const auto& c : criteria) {
      bool scored = std::any_of(o.scores.begin(), o.scores.end(), [&](const auto& s) { return s.first == c.id; });
      if (!scored && x.find(c.id) == nullptr)
        r_.error(x, "option '" + o.id + "' has no score for criterion '" + c.id + "'",
                 "score every option on every criterion, from 0 to 5");
    }
  }

  void read_business_cases(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a business case");
      BusinessCase b;
      b.where = r_.at(item);
      bool ok = f.ok();
      KeyLines criterion_ids, option_ids;
      FieldHandlers own = options_appraisal(b, criterion_ids, option_ids);
      own.insert({{"id", new_id(case_ids_, "business case", b.id, ok)},
                  {"sponsor", person_ref(b.sponsor)},
                  {"years", [&](const YamlNode& n) { b.years = read_years(r_, n); }},
                  {"costs", [&](const YamlNode& n) { read_costs(n, b); }},
                  {"risks",
                   [&](const YamlNode& n) {
                     for (const auto& risk : read_id_refs(r_, n, risk_ids_, "risk", "in the case's risks"))
                       b.risks.push_back(risk.id);
                   }},
                  {"decision", [&](const YamlNode& n) { set(b.decision, ref(n, decision_ids_, "decision")); }}});
      read_fields(f, b, own, {{"options", "the options appraisal"}});
      if (ok) c_.business_cases.push_back(b);
    });
  }

  DataReader r_;
  Cluster& c_;
  KeyLines person_ids_, member_ids_, sbar_ids_, risk_ids_, decision_ids_, case_ids_, body_ids_;
};

}  // namespace

bool read_cluster(const std::string& file, const YamlNode& root, const std::vector<std::string>& known_boards,
                  Diagnostics& diags, Cluster& out) {
  int before = diags.error_count();
  out.file = file;
  ClusterReader(file, diags, out).read(root, known_boards);
  return diags.error_count() == before;
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
