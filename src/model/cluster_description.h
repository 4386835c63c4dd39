#pragma once
// A cluster file, described once (field_description.h): every key, where it
// goes in a Cluster, what it may hold, whether it is required, and the
// sentence an editor shows for it. The JSON Schema (cluster_schema.cpp),
// the walk over translatable text (text_fields.cpp), the strict reader
// (field_reader.h, used by cluster_loader*.cpp) and the check that
// docs/data-reference.md names every key (tests) are all made from it.
// What a key-by-key description cannot say (references, duplicates,
// quorum, the order sections are read in) are the loader's rules.
#include "model/cluster.h"
#include "model/cluster_description_common.h"
#include "model/cluster_description_plans.h"
#include "model/cluster_description_records.h"
#include "model/cluster_loader.h"
#include "model/field_description.h"

namespace cp {

template <class V>
void describe(V& v, type<Person>) {
  v.id("id", &Person::id, kKey, "The person's id, used wherever the file names them, e.g. owner: lead.");
  v.plain("name", &Person::name, kRequired, "The person's name, as plain text, e.g. Dr Eleri Hughes.");
  v.text("role", &Person::role, kOptional, "The person's role, e.g. Cluster Lead.");
}

template <class V>
void describe(V& v, type<Member>) {
  v.id("id", &Member::id, kKey,
       "The member's id, used in votes, conflicts, the business plan and CND achievement.");
  v.text("name", &Member::name, kRequired, "The member's name: plain text, or English and Welsh.");
  v.choice("type", &Member::type, enums::member_types, kRequired,
           "The kind of member, e.g. gms-practice for a GP practice.");
  v.ref("representative", &Member::representative, kRequired,
        "The id of the person who represents the member; each member has its own.");
  v.ref("deputy", &Member::deputy, kOptional,
        "The id of the person who attends, and may vote as proxy, when the representative cannot; someone other "
        "than the representative.");
  v.count("votes", &Member::votes, 0, 10, kOptional,
          "The member's votes, 0 to 10 (default 1); 0 makes a non-voting member.");
  v.count("patients", &Member::patients, 0, 1'000'000, kOptional,
          "The number of registered patients, a whole number up to one million.");
  v.custom("staff", Custom::staff, kOptional,
           "Staff for the practices table: a role id named in business_plan.staff_roles, then a number from 0 to "
           "1000, e.g. nurses-fte: 3.5.");
}

template <class V>
void describe(V& v, type<Vision::Value>) {
  v.text("name", &Vision::Value::name, kRequired, "The value's name, e.g. Collaboration.");
  v.text("description", &Vision::Value::description, kOptional, "What the value means in the cluster's work.");
}

template <class V>
void describe(V& v, type<Vision>) {
  v.text("statement", &Vision::statement, kRequired, "The vision statement: where the cluster wants to be.");
  v.text("mission", &Vision::mission, kOptional, "The mission statement: what the cluster does to get there.");
  v.texts("aims", &Vision::aims, kOptional, "The cluster's aims, one text for each.");
  v.list("values", &Vision::values, kOptional, "The values the cluster works by.");
}

template <class V>
void describe(V& v, type<Decision>) {
  using D = Decision;
  v.id("id", &D::id, kKey, "The decision's id, e.g. D-2026-07.");
  v.date("date", &D::date, kRequired, "The date of the meeting that took the decision.");
  v.text("title", &D::title, kRequired, "What was decided.");
  v.flag("financial", &D::financial, kOptional, "true for a financial decision, which needs the financial majority.");
  v.money("amount", &D::amount, kOptional, pounds("The sum the decision commits (needs financial: true)"));
  v.ref("sbar", &D::sbar, kOptional, "The id of the SBAR paper the decision was taken on.");
  v.choice("body", &D::body, enums::tor_bodies, kOptional,
           "The body that took it; a decision recorded at a meeting takes the meeting's body.");
  v.refs("conflicts", &D::conflicts, kOptional,
         "The ids of the members who declared a conflict of interest and do not vote, each once.");
  v.group("votes", kOptional, "How each member voted; the outcome is worked out, never typed.", [](auto& w) {
    w.refs("for", &D::votes_for, kOptional, "The ids of the members who voted for, each once.");
    w.refs("against", &D::votes_against, kOptional, "The ids of the members who voted against, each once.");
    w.refs("abstain", &D::votes_abstain, kOptional, "The ids of the members who abstained, each once.");
    w.custom("by_proxy", Custom::by_proxy, kOptional,
             "Votes cast by a deputy: the member's id, then the id of its deputy who voted; proxies must be allowed.");
  });
  v.choice("casting_vote", &D::casting_vote, kCastingSides, kOptional,
           "How the chair's casting vote broke a tie: for or against (the voting rules must give the chair one).");
  v.list("actions", &D::actions, kOptional, "The actions agreed with the decision.");
}

template <class V>
void describe(V& v, type<Risk>) {
  v.id("id", &Risk::id, kKey, "The risk's id, e.g. R01.");
  v.text("title", &Risk::title, kRequired, "The risk, in a sentence.");
  v.choice("category", &Risk::category, enums::risk_categories, kRequired,
           "The kind of risk: workforce, financial, clinical, service, governance, information, reputational or "
           "estates.");
  v.ref("owner", &Risk::owner, kRequired, "The id of the person who owns the risk.");
  v.count("likelihood", &Risk::likelihood, 1, 5, kRequired, "How likely the risk is, 1 (rare) to 5 (almost certain).");
  v.count("impact", &Risk::impact, 1, 5, kRequired, "How bad it would be, 1 (negligible) to 5 (catastrophic).");
  v.texts("controls", &Risk::controls, kOptional, "What is already in place to reduce the risk.");
  v.list("actions", &Risk::actions, kOptional, "What is still to be done to reduce the risk.");
  v.group("residual", kOptional, "The score left once the controls work; not above the risk's own score.",
          [](auto& r) {
            r.count("likelihood", &Risk::residual_likelihood, 1, 5, kRequired,
                    "The likelihood once the controls work, 1 (rare) to 5 (almost certain).");
            r.count("impact", &Risk::residual_impact, 1, 5, kRequired,
                    "The impact once the controls work, 1 (negligible) to 5 (catastrophic).");
          });
  v.date("raised", &Risk::raised, kOptional, "The date the risk was raised.");
  v.date("review", &Risk::review, kOptional, "The date the risk is next reviewed.");
  v.date("closed", &Risk::closed, kOptional,
         "The date the risk was closed: needs status: closed, and is not before raised.");
  v.choice("status", &Risk::status, enums::risk_status, kOptional, "open (the default) or closed.");
}

template <class V>
void describe(V& v, type<Sbar>) {
  v.id("id", &Sbar::id, kKey, "The paper's id, e.g. sbar-pharmacist; a decision names the paper it was taken on.");
  v.text("title", &Sbar::title, kRequired, "The paper's title.");
  v.date("meeting", &Sbar::meeting, kOptional, "The date of the meeting the paper is for.");
  v.ref("author", &Sbar::author, kRequired, "The id of the person who wrote the paper.");
  v.choice("purpose", &Sbar::purpose, enums::sbar_purpose, kRequired,
           "What the board is asked for: decision, discussion or information.");
  v.flag("financial", &Sbar::financial, kOptional, "true when the paper asks for money or affects it.");
  v.text("situation", &Sbar::situation, kRequired, "Situation: what the paper is about, in brief.");
  v.text("background", &Sbar::background, kRequired, "Background: how the situation came about.");
  v.text("assessment", &Sbar::assessment, kRequired, "Assessment: what the author makes of it, and the options.");
  v.text("recommendation", &Sbar::recommendation, kRequired, "Recommendation: what the board is asked to agree.");
}

template <class V>
void describe(V& v, type<BusinessCase>) {
  using B = BusinessCase;
  v.id("id", &B::id, kKey, "The case's id, e.g. bc-pharmacist.");
  v.text("title", &B::title, kRequired, "The case's title.");
  v.ref("sponsor", &B::sponsor, kOptional, "The id of the person who sponsors the case.");
  v.text("summary", &B::summary, kRequired, "The case in brief.");
  v.texts("benefits", &B::benefits, kOptional, "The benefits the case expects, one text for each.");
  v.years("years", &B::years, kRequired, "The financial years the costs cover, e.g. \"2026/27\", each once.");
  v.list("costs", &B::costs, kOptional, "The costs: one line per item, with one amount per year.",
         [](auto& c) { describe_cost_line(c, "years"); });
  v.choice("funding_source", &B::funding_source, enums::funding_sources, kOptional,
           "Where the money comes from, e.g. cluster-allocation or integrated-care-fund.");
  v.group("options", kOptional, "The options appraisal: each option scored on every criterion.", [](auto& o) {
    o.list("criteria", &B::criteria, kRequired, "The criteria the options are scored on.");
    o.list("list", &B::options, kRequired, "The options, each scored on every criterion.");
  });
  v.refs("risks", &B::risks, kOptional, "The ids of the risks in the register that bear on the case, each once.");
  v.text("exit_strategy", &B::exit_strategy, kOptional, "What happens when the funding ends.");
  v.text("evaluation", &B::evaluation, kOptional, "How the case's results will be judged.");
  v.ref("decision", &B::decision, kOptional, "The id of the board's decision on the case.");
}

// The whole file.
template <class V>
void describe(V& v, type<Cluster>) {
  using C = Cluster;
  v.text("name", &C::name, kRequired, "The cluster's name, in English and Welsh.");
  v.ref("health_board", &C::board_id, kRequired,
        "The id of the cluster's health board from content/health-boards.yaml; the file sits in its folder.");
  v.count("population", &C::population, 1, 10'000'000, kOptional, "How many people the cluster serves, a whole number.");
  v.flag("example", &C::example, kOptional, "true when this is fictional sample data; its pages then say so.");
  v.date("as_of", &C::as_of, kOptional,
         "For example data only: the date reviews and due dates are judged against, instead of today.");
  v.object("vision", &C::vision, kOptional, "The cluster's vision, mission, aims and values (Pack 5).");
  v.list("people", &C::people, kOptional, "Everyone the file names, each with an id the rest of the file uses.");
  v.list("members", &C::members, kOptional, "The members of the cluster board: practices and partner organisations.");
  v.custom("in_attendance", Custom::in_attendance, kOptional,
           "People who attend the board by invitation and never vote, each once.");
  v.object("terms_of_reference", &C::terms, kOptional,
           "The terms of reference of the cluster's one body (Packs 11 and 12); with both bodies, use bodies instead.",
           [](auto& t) { describe_terms(t, true); });
  v.object("voting", &C::voting, kOptional, "How the board votes (Pack 8); a body may have its own under bodies.");
  v.list("bodies", &C::bodies, kOptional,
         "The cluster's governance bodies, each with its members, terms of reference and voting rules.");
  v.list("delegation", &C::delegation, kOptional,
         "The scheme of delegation: what each body may decide, up to what amount.");
  v.list("interests", &C::interests, kOptional, "The register of interests: each person's declared interests.");
  v.list("meetings", &C::meetings, kOptional,
         "The meetings of the bodies: attendance, agenda items, declarations, decisions and actions.");
  v.list("decisions", &C::decisions, kOptional, "The board's decisions and the votes on them (Pack 19).");
  v.list("risks", &C::risks, kOptional, "The risk register (Pack 9); each score is likelihood × impact.");
  v.group("risk_policy", kOptional, "When a risk goes to the health board.", [](auto& p) {
    p.count("escalate_at", &C::escalate_at, 1, 25, kOptional,
            "Scores at or above this, 1 to 25 (default 15), go to the health board.");
  });
  v.list("sbars", &C::sbars, kOptional,
         "Papers to the board as situation, background, assessment, recommendation (Pack 18).");
  v.list("business_cases", &C::business_cases, kOptional, "Business cases for funding (Packs 26, 35 and 7).");
  v.object("business_plan", &C::business_plan, kOptional, "The partnership hub business plan.");
  v.object("logic_model", &C::logic_model, kOptional, "The logic model (Pack 27), from inputs to outcomes.");
  v.list("cnd", &C::cnd, kOptional, "Cluster Network Domain achievement, one entry per financial year.");
  v.object("self_assessment", &C::self_assessment, kOptional,
           "How far the cluster has got with the guide's key actions.");
  v.object("prioritisation", &C::prioritisation, kOptional,
           "Projects scored on criteria and ranked against the budget (Pack 13).");
  v.list("annual_reports", &C::annual_reports, kOptional, "The cluster's annual reports, one per financial year.");
  v.not_both("terms_of_reference", "bodies");
}

}  // namespace cp
