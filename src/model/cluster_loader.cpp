#include "model/cluster_loader.h"

#include <algorithm>
#include <set>

#include "data/reader.h"
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
      ok = read_item_id(r_, f, person_ids_, "person", p.id) && ok;
      if (auto n = f.required("name")) set(p.name, r_.text(*n));
      if (auto n = f.optional("role")) set(p.role, r_.bilingual(*n));
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
      ok = read_item_id(r_, f, member_ids_, "member", m.id) && ok;
      if (auto n = f.required("name")) set(m.name, r_.bilingual(*n));
      if (auto n = f.required("type")) set(m.type, r_.one_of(*n, enums::member_types));
      if (auto n = f.required("representative")) {
        set(m.representative, ref(*n, person_ids_, "person"));
        if (!m.representative.empty() && !representatives.insert(m.representative).second)
          r_.error(*n, "'" + m.representative + "' already represents another member",
                   "each member has its own representative");
      }
      if (auto n = f.optional("deputy")) {
        set(m.deputy, ref(*n, person_ids_, "person"));
        if (!m.deputy.empty() && m.deputy == m.representative)
          r_.error(*n, "'" + m.deputy + "' is both the representative and the deputy of member '" + m.id + "'",
                   "the deputy attends when the representative cannot, so it must be someone else");
      }
      if (auto n = f.optional("votes")) {
        if (auto v = r_.integer(*n, 0, 10)) m.votes = static_cast<int>(*v);
      }
      if (auto n = f.optional("patients")) {
        if (auto v = r_.integer(*n, 0, 1'000'000)) m.patients = *v;
      }
      if (auto n = f.optional("staff")) {
        Fields staff(r_, *n, "a staff table");
        for (const auto& [key, value] : n->entries) {
          staff.optional(key.value);  // any role key is allowed
          if (auto id = r_.id(key))
            if (auto v = r_.number(value, 0, 1000)) {
              m.staff.emplace_back(*id, *v);
              m.staff_where.push_back(r_.at(key));
            }
        }
      }
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
    if (auto n = f.required("statement")) set(c_.vision.statement, r_.bilingual(*n));
    if (auto n = f.optional("mission")) set(c_.vision.mission, r_.bilingual(*n));
    if (auto n = f.optional("aims")) c_.vision.aims = texts(*n);
    if (auto n = f.optional("values")) {
      r_.list(*n, [&](const YamlNode& item) {
        Fields vf(r_, item, "a value");
        Vision::Value v;
        if (auto x = vf.required("name")) set(v.name, r_.bilingual(*x));
        if (auto x = vf.optional("description")) set(v.description, r_.bilingual(*x));
        if (vf.ok()) c_.vision.values.push_back(v);
      });
    }
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
    if (auto n = f.required("frequency")) set(m.frequency, r_.one_of(*n, enums::frequencies));
    if (auto n = f.required("quorum")) read_quorum(*n, m);
    if (auto n = f.optional("papers_days_before"))
      if (auto v = r_.integer(*n, 0, 60)) m.papers_days_before = static_cast<int>(*v);
    if (auto n = f.optional("minutes_within_days"))
      if (auto v = r_.integer(*n, 0, 90)) m.minutes_within_days = static_cast<int>(*v);
    if (auto n = f.optional("administrative_support")) set(m.administrative_support, r_.bilingual(*n));
  }

  // `with_body`: the one terms_of_reference of a file without `bodies`
  // says which body it is for.
  void read_terms(const YamlNode& node, TermsOfReference& t, bool with_body) {
    Fields f(r_, node, "the terms of reference");
    t.present = f.ok();
    if (with_body)
      if (auto n = f.required("body")) set(t.body, r_.one_of(*n, enums::tor_bodies));
    if (auto n = f.required("purpose")) set(t.purpose, r_.bilingual(*n));
    if (auto n = f.optional("duty_statement")) set(t.duty_statement, r_.bilingual(*n));
    if (auto n = f.optional("functions")) t.functions = texts(*n);
    if (auto n = f.optional("service_user_engagement")) set(t.service_user_engagement, r_.bilingual(*n));
    if (auto n = f.optional("risk_management")) set(t.risk_management, r_.bilingual(*n));
    if (auto n = f.optional("reporting")) set(t.reporting, r_.bilingual(*n));
    if (auto n = f.optional("communication")) set(t.communication, r_.bilingual(*n));
    if (auto n = f.optional("declarations_of_interest")) set(t.declarations_of_interest, r_.bilingual(*n));
    if (auto n = f.required("chair")) set(t.chair, ref(*n, person_ids_, "person"));
    if (auto n = f.optional("vice_chair")) {
      t.vice_chair_where = r_.at(*n);
      set(t.vice_chair, ref(*n, person_ids_, "person"));
    }
    if (auto n = f.required("meetings")) read_meeting_rules(*n, t.meetings);
    if (auto n = f.required("agreed")) {
      t.agreed_where = r_.at(*n);
      set(t.agreed, std::optional(r_.date(*n)));
    }
    if (auto n = f.required("review")) {
      t.review_where = r_.at(*n);
      set(t.review, std::optional(r_.date(*n)));
    }
    if (auto n = f.optional("signatories"))
      for (const auto& person : read_id_refs(r_, *n, person_ids_, "person", "among the signatories"))
        t.signatories.push_back(person.id);
  }

  void read_voting(const YamlNode& node, VotingRules& v) {
    Fields f(r_, node, "the voting rules");
    v.present = f.ok();
    if (auto n = f.optional("consensus_first")) set(v.consensus_first, r_.boolean(*n));
    if (auto n = f.required("majority")) {
      Fields m(r_, *n, "the majorities");
      if (auto x = m.required("general")) set(v.general_majority, r_.one_of(*x, enums::majorities));
      if (auto x = m.required("financial")) set(v.financial_majority, r_.one_of(*x, enums::majorities));
      if (auto x = m.optional("of")) set(v.majority_of, r_.one_of(*x, enums::majority_of));
    }
    if (auto n = f.optional("proxies")) set(v.proxies, r_.boolean(*n));
    if (auto n = f.optional("casting_vote")) set(v.casting_vote, r_.one_of(*n, enums::casting_vote));
    if (auto n = f.optional("conflicts")) set(v.conflicts, r_.one_of(*n, enums::conflicts));
    if (auto n = f.optional("escalation")) set(v.escalation, r_.bilingual(*n));
  }

  void read_sbars(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "an SBAR");
      Sbar s;
      s.where = r_.at(item);
      bool ok = f.ok();
      ok = read_item_id(r_, f, sbar_ids_, "SBAR", s.id) && ok;
      if (auto n = f.required("title")) set(s.title, r_.bilingual(*n));
      if (auto n = f.optional("meeting")) set(s.meeting, std::optional(r_.date(*n)));
      if (auto n = f.required("author")) set(s.author, ref(*n, person_ids_, "person"));
      if (auto n = f.required("purpose")) set(s.purpose, r_.one_of(*n, enums::sbar_purpose));
      if (auto n = f.optional("financial")) set(s.financial, r_.boolean(*n));
      if (auto n = f.required("situation")) set(s.situation, r_.bilingual(*n));
      if (auto n = f.required("background")) set(s.background, r_.bilingual(*n));
      if (auto n = f.required("assessment")) set(s.assessment, r_.bilingual(*n));
      if (auto n = f.required("recommendation")) set(s.recommendation, r_.bilingual(*n));
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
      ok = read_item_id(r_, f, risk_ids_, "risk", k.id) && ok;
      if (auto n = f.required("title")) set(k.title, r_.bilingual(*n));
      if (auto n = f.required("category")) set(k.category, r_.one_of(*n, enums::risk_categories));
      if (auto n = f.required("owner")) set(k.owner, ref(*n, person_ids_, "person"));
      if (auto n = f.required("likelihood")) set(k.likelihood, level(*n));
      if (auto n = f.required("impact")) set(k.impact, level(*n));
      if (auto n = f.optional("controls")) k.controls = texts(*n);
      if (auto n = f.optional("actions")) k.actions = read_actions(*n);
      if (auto n = f.optional("residual")) {
        Fields rf(r_, *n, "a residual score");
        if (auto x = rf.required("likelihood")) k.residual_likelihood = level(*x);
        if (auto x = rf.required("impact")) k.residual_impact = level(*x);
      }
      if (auto n = f.optional("raised")) set(k.raised, std::optional(r_.date(*n)));
      if (auto n = f.optional("review")) set(k.review, std::optional(r_.date(*n)));
      if (auto n = f.optional("closed")) {
        k.closed_where = r_.at(*n);
        set(k.closed, std::optional(r_.date(*n)));
      }
      if (auto n = f.optional("status")) set(k.status, r_.one_of(*n, enums::risk_status));
      if (ok) c_.risks.push_back(k);
    });
  }

  void read_decisions(const YamlNode& node) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a decision");
      Decision d;
      d.where = r_.at(item);
      bool ok = f.ok();
      ok = read_item_id(r_, f, decision_ids_, "decision", d.id) && ok;
      if (auto n = f.required("date")) set(d.date, std::optional(r_.date(*n)));
      if (auto n = f.required("title")) set(d.title, r_.bilingual(*n));
      if (auto n = f.optional("financial")) set(d.financial, r_.boolean(*n));
      if (auto n = f.optional("amount")) set(d.amount, std::optional(r_.money(*n)));
      if (auto n = f.optional("sbar")) set(d.sbar, ref(*n, sbar_ids_, "SBAR"));
      if (auto n = f.optional("body")) {
        d.body_where = r_.at(*n);
        set(d.body, read_body_ref(r_, *n, body_ids_));
      }
      if (auto n = f.optional("conflicts")) d.conflicts = members(*n, "in the conflicts");
      if (auto n = f.optional("votes")) {
        Fields v(r_, *n, "the votes");
        if (auto x = v.optional("for")) d.votes_for = members(*x, "in the votes for");
        if (auto x = v.optional("against")) d.votes_against = members(*x, "in the votes against");
        if (auto x = v.optional("abstain")) d.votes_abstain = members(*x, "in the abstentions");
        if (auto x = v.optional("by_proxy")) {
          Fields proxies(r_, *x, "the proxies");
          for (const auto& [key, value] : x->entries) {
            proxies.optional(key.value);  // any member id is a key
            auto member = ref(key, member_ids_, "member");
            auto person = ref(value, person_ids_, "person");
            if (member && person) d.by_proxy.push_back({*member, *person, r_.at(key)});
          }
        }
      }
      if (auto n = f.optional("casting_vote")) {
        d.casting_where = r_.at(*n);
        if (auto v = r_.one_of(*n, {"for", "against"})) d.casting_vote = *v == "for";
      }
      if (auto n = f.optional("actions")) d.actions = read_actions(*n);
      if (ok) c_.decisions.push_back(d);
    });
  }

  void read_costs(const YamlNode& node, BusinessCase& b) {
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a cost line");
      CostLine line;
      if (auto n = f.required("item")) set(line.item, r_.bilingual(*n));
      if (auto n = f.required("amounts")) {
        r_.list(*n, [&](const YamlNode& a) { set_push(line.amounts, r_.money(a)); });
        if (n->is_sequence() && n->items.size() != b.years.size())
          r_.error(*n,
                   "this cost line has " + std::to_string(n->items.size()) + " amounts but the case has " +
                       std::to_string(b.years.size()) + " years",
                   "give one amount per year, in the order of 'years'");
      }
      if (f.ok()) b.costs.push_back(line);
    });
  }

  void read_options(const YamlNode& node, BusinessCase& b) {
    Fields f(r_, node, "the options appraisal");
    KeyLines criterion_ids, option_ids;
    if (auto n = f.required("criteria")) {
      r_.list(*n, [&](const YamlNode& item) {
        Fields cf(r_, item, "a criterion");
        OptionCriterion c;
        bool ok = cf.ok();
        ok = read_item_id(r_, cf, criterion_ids, "criterion", c.id) && ok;
        if (auto x = cf.required("name")) set(c.name, r_.bilingual(*x));
        if (auto x = cf.optional("weight"))
          if (auto w = r_.integer(*x, 1, 10)) c.weight = static_cast<int>(*w);
        if (ok) b.criteria.push_back(c);
      });
    }
    if (auto n = f.required("list")) {
      r_.list(*n, [&](const YamlNode& item) {
        Fields of(r_, item, "an option");
        Option o;
        bool ok = of.ok();
        ok = read_item_id(r_, of, option_ids, "option", o.id) && ok;
        if (auto x = of.required("name")) set(o.name, r_.bilingual(*x));
        if (auto x = of.required("scores")) {
          Fields sf(r_, *x, "the scores");
          for (const auto& [key, value] : x->entries) {
            sf.optional(key.value);
            auto criterion = ref(key, criterion_ids, "criterion");
            auto score = r_.integer(value, 0, 5);
            if (criterion && score) o.scores.emplace_back(*criterion, static_cast<int>(*score));
          }
          for (const auto& c : b.criteria) {
            bool scored = std::any_of(o.scores.begin(), o.scores.end(), [&](const auto& s) { return s.first == c.id; });
            if (!scored && x->find(c.id) == nullptr)
              r_.error(*x, "option '" + o.id + "' has no score for criterion '" + c.id + "'",
                       "score every option on every criterion, from 0 to 5");
          }
        }
        if (ok) b.options.push_back(o);
      });
    }
  }

  void read_business_cases(const YamlNode& node) {
    KeyLines& ids = case_ids_;
    r_.list(node, [&](const YamlNode& item) {
      Fields f(r_, item, "a business case");
      BusinessCase b;
      b.where = r_.at(item);
      bool ok = f.ok();
      ok = read_item_id(r_, f, ids, "business case", b.id) && ok;
      if (auto n = f.required("title")) set(b.title, r_.bilingual(*n));
      if (auto n = f.optional("sponsor")) set(b.sponsor, ref(*n, person_ids_, "person"));
      if (auto n = f.required("summary")) set(b.summary, r_.bilingual(*n));
      if (auto n = f.optional("benefits")) b.benefits = texts(*n);
      if (auto n = f.required("years")) b.years = read_years(r_, *n);
      if (auto n = f.optional("costs")) read_costs(*n, b);
      if (auto n = f.optional("funding_source")) set(b.funding_source, r_.one_of(*n, enums::funding_sources));
      if (auto n = f.optional("options")) read_options(*n, b);
      if (auto n = f.optional("risks"))
        for (const auto& risk : read_id_refs(r_, *n, risk_ids_, "risk", "in the case's risks"))
          b.risks.push_back(risk.id);
      if (auto n = f.optional("exit_strategy")) set(b.exit_strategy, r_.bilingual(*n));
      if (auto n = f.optional("evaluation")) set(b.evaluation, r_.bilingual(*n));
      if (auto n = f.optional("decision")) set(b.decision, ref(*n, decision_ids_, "decision"));
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
