#pragma once
// A cluster's data file (contract: docs/data-reference.md, from
// shared/CLUSTER-DATA.md). Only what people type lives here; everything
// computed (quorum, outcomes, scores, totals) comes from src/governance.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/values.h"

namespace cp {

struct Person {
  std::string id;
  std::string name;
  Text role;
  Location where;
};

struct Member {
  std::string id;
  Text name;  // a practice's name may differ by language (Cyngor Sir Ceredigion)
  std::string type;  // gms-practice | community-pharmacy | …
  std::string representative;  // person id
  std::string deputy;          // person id, may be empty
  int votes = 1;
  std::optional<long long> patients;
  std::vector<std::pair<std::string, double>> staff;  // role key → count/FTE, in file order
  std::vector<Location> staff_where;                   // where each staff key is written
  Location where;
};

struct Action {
  Text text;
  std::string owner;  // person id
  std::optional<Date> due;
  std::string status = "open";  // open | done
  std::optional<Date> completed;  // when it was done (then meeting records know when it stopped being carried)
  Location where;
};

struct Vision {
  Text statement, mission;
  std::vector<Text> aims;
  struct Value {
    Text name, description;
  };
  std::vector<Value> values;
  bool present = false;
};

struct Meetings {
  std::string frequency;
  // Quorum: either a percentage of voting members or a fixed count.
  bool quorum_is_percent = false;
  int quorum_value = 0;
  Location quorum_where;
  int papers_days_before = 0;
  int minutes_within_days = 0;
  Text administrative_support;
};

struct TermsOfReference {
  bool present = false;
  std::string body;  // stakeholder-board | leadership-team
  Text purpose, duty_statement, service_user_engagement, risk_management, reporting, communication,
      declarations_of_interest;
  std::vector<Text> functions;
  std::string chair, vice_chair;
  Location vice_chair_where;
  Meetings meetings;
  std::optional<Date> agreed, review;
  Location agreed_where, review_where;
  std::vector<std::string> signatories;
};

struct VotingRules {
  bool present = false;
  bool consensus_first = true;
  std::string general_majority = "simple";
  std::string financial_majority = "two-thirds";
  std::string majority_of = "votes-cast";
  bool proxies = true;
  std::string casting_vote = "chair";
  std::string conflicts = "abstain";
  Text escalation;
};

// A person's or member's id written in the file, with where (for checks
// made after reading).
struct IdRef {
  std::string id;
  Location where;
};
// A member named in a vote or a conflict.
using MemberRef = IdRef;

struct Proxy {
  std::string member;
  std::string person;
  Location where;
};

struct Decision {
  std::string id;
  // The body that took it: as written, or the body of the meeting it was
  // taken at, or the cluster's first body (filled in when the file is read).
  std::string body;
  Location body_where;
  // Members left out of the count, like `conflicts`, because an interest
  // was declared at the meeting on the item the decision was taken under:
  // by their representative, or by their deputy when it cast their vote
  // (filled in when the file is read). `id` is the member; `person`, who
  // declared; `where`, the declaration.
  struct DeclaredConflict {
    std::string id;
    std::string person;
    Location where;
  };
  std::vector<DeclaredConflict> declared_conflicts;
  std::optional<Date> date;
  Text title;
  bool financial = false;
  std::optional<Pence> amount;
  std::string sbar;  // sbar id, may be empty
  std::vector<MemberRef> conflicts;
  std::vector<MemberRef> votes_for, votes_against, votes_abstain;
  std::vector<Proxy> by_proxy;
  std::optional<bool> casting_vote;  // the chair's casting vote on a tie: true = for
  Location casting_where;
  std::vector<Action> actions;
  Location where;
};

struct Risk {
  std::string id;
  Text title;
  std::string category;
  std::string owner;
  int likelihood = 1, impact = 1;
  std::vector<Text> controls;
  std::vector<Action> actions;
  std::optional<int> residual_likelihood, residual_impact;
  std::optional<Date> raised, review;
  std::optional<Date> closed;  // when a closed risk was closed (annual reports count it)
  Location closed_where;
  std::string status = "open";
  Location where;
};

struct Sbar {
  std::string id;
  Text title;
  std::optional<Date> meeting;
  std::string author;
  std::string purpose;  // decision | discussion | information
  bool financial = false;
  Text situation, background, assessment, recommendation;
  Location where;
};

struct CostLine {
  Text item;
  std::vector<Pence> amounts;  // one per year
};

struct OptionCriterion {
  std::string id;
  Text name;
  int weight = 1;
};

struct Option {
  std::string id;
  Text name;
  std::vector<std::pair<std::string, int>> scores;  // criterion id → 0–5
};

struct BusinessCase {
  std::string id;
  Text title;
  std::string sponsor;
  Text summary;
  std::vector<Text> benefits;
  std::vector<std::string> years;
  std::vector<CostLine> costs;
  std::string funding_source;
  std::vector<OptionCriterion> criteria;
  std::vector<Option> options;
  std::vector<std::string> risks;
  Text exit_strategy, evaluation;
  std::string decision;
  Location where;
};

// The partnership hub business plan (seed 001).
struct StaffRole {
  std::string id;  // a key of the members' `staff`
  Text name;
};

struct PlanRisk {
  std::string id;
  Text risk;
  std::string likelihood;  // high | medium | low
  std::vector<Text> mitigations;
};

struct WorkPlanItem {
  std::string id;  // "1.1"
  Text project, description;
  std::string lead;                  // person id, may be empty
  std::vector<std::string> involved;  // member or person ids
  std::optional<Date> due;
  Text position;
};

struct BusinessPlan {
  bool present = false;
  Text hub_name;
  Text executive_summary, introduction, background;
  std::vector<Text> intentions, achievements, benefits;
  std::vector<StaffRole> staff_roles;
  std::vector<IdRef> practices;  // member ids; empty = every GP practice
  Location practices_where;
  std::vector<OptionCriterion> criteria;
  std::vector<Option> options;
  std::string chosen;  // option id
  Text rationale;
  std::vector<PlanRisk> risks;
  std::vector<std::string> years;
  std::vector<CostLine> resources;
  std::vector<WorkPlanItem> work_plan;
  Location where;
};

// A logic model (pack 27, seed 003): from inputs to outcomes.
struct LogicModel {
  bool present = false;
  Text title, goal;
  std::vector<Text> inputs;
  struct Group {
    Text name;
    std::vector<Text> items;
  };
  std::vector<Group> activities;
  std::vector<Text> outputs, outcomes, measures;
};

// One year of Cluster Network Domain achievement: per GP practice, the
// indicators (or parts, "CND009W.meetings") it achieved.
struct CndYear {
  std::string year;  // "2017/18": an indicator set in content/cnd/
  Location year_where;
  struct Practice {
    std::string member;
    Location where;
    std::vector<IdRef> achieved;  // indicator codes, with where
  };
  std::vector<Practice> practices;
  Location where;
};

// The guide's key actions, with the cluster's progress.
struct KeyActionStatus {
  std::string id;  // "3.2"
  std::string status = "not-started";  // not-started | in-progress | done
  Text note;
  Location where;
};

struct SelfAssessment {
  bool present = false;
  std::optional<Date> date;
  std::vector<KeyActionStatus> actions;
};

// Project prioritisation (pack 13).
struct PriorityProject {
  std::string id;
  Text title;
  std::string lead;  // person id
  Pence cost = 0;
  std::vector<std::pair<std::string, int>> scores;  // criterion id → 0–5
  std::string business_case;                         // id, may be empty
};

struct Prioritisation {
  bool present = false;
  std::string year;  // optional label: "2026/27"
  Pence budget = 0;
  std::vector<OptionCriterion> criteria;
  std::vector<PriorityProject> projects;
};

// An annual report for a financial year (guide 3.11, CND010W).
struct AnnualReport {
  std::string year;  // "2026/27": 1 April 2026 to 31 March 2027
  Text introduction;
  std::vector<Text> highlights, next_year;
  Location where;
};

// A governance body of the cluster (guide 3.9–3.10): the stakeholder board
// (pack 11) or the leadership team (pack 12), each with its own membership,
// terms of reference and voting rules.
// "stakeholder board", "leadership team": a body's id as a message says it.
std::string body_words(const std::string& id);

struct GovernanceBody {
  std::string id;                    // stakeholder-board | leadership-team
  bool all_members = true;           // every member of the cluster sits on it
  std::vector<IdRef> members;        // otherwise, these
  TermsOfReference terms;            // terms.body == id
  VotingRules voting;                // its own, or the cluster's `voting`
  Location where;
};

// The scheme of delegation: what a body may decide, up to what amount.
struct Delegation {
  std::string body;
  Text decisions;
  std::optional<Pence> up_to;  // the most it may commit on one decision
  Location where, up_to_where;
};

// An entry of the register of interests (guide 3.2, 3.6).
struct Interest {
  std::string person;
  Text interest;
  std::string kind;  // financial | non-financial-professional | non-financial-personal | indirect
  std::optional<Date> declared, ended;
  Location where, ended_where;
};

// An interest declared at a meeting, on one item of its agenda.
struct Declaration {
  std::string person;
  int item = 0;  // 1-based, as the agenda numbers them
  Text interest;
  Location where, item_where;
};

struct AgendaItem {
  Text title;
  std::vector<IdRef> sbars, business_cases;  // the papers it takes
  std::vector<IdRef> decisions;              // the decisions taken under it
  Text minutes;                              // what was said, for the minutes
  std::vector<Action> actions;               // the actions agreed under it
  Location where;
};

struct Meeting {
  std::string id;
  Date date;
  std::string start, end;  // "HH:MM", may be empty
  std::string body;
  Text place;
  std::vector<IdRef> present, apologies;  // members: present in person or through their deputy
  std::vector<IdRef> in_attendance;       // people who attended without a vote
  std::vector<Declaration> declarations;
  std::vector<AgendaItem> items;
  Location where, body_where, time_where;
};

struct Cluster {
  std::string id;        // from the file name
  std::string board_id;  // from the folder and `health_board`
  std::string file;      // source path
  Text name;
  std::optional<long long> population;
  Location population_where;
  bool example = false;
  Location example_where;
  // Example data only: the date it describes. Reviews and actions are
  // judged as at this date instead of the build date, so example data does
  // not go stale.
  std::optional<Date> as_of;
  Location as_of_where;
  Vision vision;
  std::vector<Person> people;
  std::vector<Member> members;
  std::vector<std::string> in_attendance;  // person ids
  // The terms and voting rules of the cluster's first body (for a file with
  // one `terms_of_reference`, the only one), and the cluster's own `voting`.
  TermsOfReference terms;
  VotingRules voting;
  // Every governance body: from `bodies`, or the one `terms_of_reference`
  // describes.
  std::vector<GovernanceBody> bodies;
  bool bodies_declared = false;  // the file has `bodies` (documents per body)
  Location bodies_where;
  std::vector<Delegation> delegation;
  std::vector<Interest> interests;
  std::vector<Meeting> meetings;
  std::vector<Decision> decisions;
  std::vector<Risk> risks;
  int escalate_at = 15;
  std::vector<Sbar> sbars;
  std::vector<BusinessCase> business_cases;
  BusinessPlan business_plan;
  LogicModel logic_model;
  std::vector<CndYear> cnd;
  SelfAssessment self_assessment;
  Prioritisation prioritisation;
  std::vector<AnnualReport> annual_reports;

  const Person* person(const std::string& id) const;
  const Member* member(const std::string& id) const;
  const GovernanceBody* body(const std::string& id) const;
  const Meeting* meeting(const std::string& id) const;
  // The ids of the members that sit on `body`, in member order.
  std::vector<std::string> members_of(const GovernanceBody& body) const;
  bool sits_on(const GovernanceBody& body, const std::string& member) const;
  // The members a person represents or deputises for.
  std::vector<std::string> members_of_person(const std::string& person) const;
};

}  // namespace cp
