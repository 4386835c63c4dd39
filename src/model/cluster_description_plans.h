#pragma once
// The plan and report sections of a cluster file, described once
// (field_description.h): the business plan, the logic model, CND
// achievement, the self-assessment, prioritisation and annual reports.
// Read by cluster_loader_plans.cpp.
#include "model/cluster.h"
#include "model/cluster_description_common.h"
#include "model/cluster_loader.h"
#include "model/field_description.h"

namespace cp {

template <class V>
void describe(V& v, type<StaffRole>) {
  v.id("id", &StaffRole::id, kKey, "The role's id, as in the members' staff, e.g. nurses-fte.");
  v.text("name", &StaffRole::name, kRequired, "The role's name as the practices table shows it.");
}

template <class V>
void describe(V& v, type<PlanRisk>) {
  v.id("id", &PlanRisk::id, kKey, "The risk's number in the plan, quoted, e.g. \"1\".");
  v.text("risk", &PlanRisk::risk, kRequired, "The risk, in a sentence.");
  v.choice("likelihood", &PlanRisk::likelihood, enums::plan_likelihood, kRequired,
           "How likely it is: high, medium or low.");
  v.texts("mitigations", &PlanRisk::mitigations, kOptional, "What reduces the risk, one text for each.");
}

template <class V>
void describe(V& v, type<WorkPlanItem>) {
  using W = WorkPlanItem;
  v.id("id", &W::id, kKey, "The item's number in the work plan, quoted, e.g. \"1.1\".");
  v.text("project", &W::project, kRequired, "The project's name.");
  v.text("description", &W::description, kOptional, "What the project does.");
  v.ref("lead", &W::lead, kOptional, "The id of the person who leads it.");
  v.refs("involved", &W::involved, kOptional, "The ids of the members and people involved, each once.");
  v.date("due", &W::due, kOptional, "The date it is due.");
  v.text("position", &W::position, kOptional, "Where the project stands now.");
}

template <class V>
void describe(V& v, type<BusinessPlan>) {
  using P = BusinessPlan;
  v.text("hub_name", &P::hub_name, kOptional, "The hub's name; the cluster's name when left out.");
  v.text("executive_summary", &P::executive_summary, kRequired, "The plan in brief.");
  v.texts("intentions", &P::intentions, kOptional, "What the practices intend to do, one text for each.");
  v.text("introduction", &P::introduction, kOptional, "An introduction; a standard one is used when left out.");
  v.text("background", &P::background, kOptional, "How the partnership came about.");
  v.texts("achievements", &P::achievements, kOptional, "What working together has achieved so far.");
  v.refs("practices", &P::practices, kOptional,
         "The ids of the member practices in the plan, each once; every gms-practice member when left out.");
  v.list("staff_roles", &P::staff_roles, kOptional,
         "The rows of the practices table, in order; every staff role of those practices must be named.");
  v.group("options", kOptional, "The partnership options, from doing nothing to a full merger, and the one chosen.",
          [](auto& o) {
            o.list("criteria", &P::criteria, kRequired, "The criteria the options are scored on.");
            o.list("list", &P::options, kRequired, "The options, each scored on every criterion.");
            o.ref("chosen", &P::chosen, kOptional, "The id of the option the practices chose.");
            o.text("rationale", &P::rationale, kOptional, "Why they chose it.");
          });
  v.texts("benefits", &P::benefits, kOptional, "The benefits the plan expects, one text for each.");
  v.list("risks", &P::risks, kOptional, "A simple analysis of the plan's risks.");
  v.years("years", &P::years, kOptional, "The financial years the resources cover, e.g. \"2026/27\", each once.");
  v.list("resources", &P::resources, kOptional,
         "What the plan needs: one line per item, with one amount per year (needs years).",
         [](auto& c) { describe_cost_line(c, "the plan's years"); });
  v.list("work_plan", &P::work_plan, kOptional, "The projects of the plan: who leads them and when they are due.");
  v.needs("resources", "years");
}

template <class V>
void describe(V& v, type<LogicModel::Group>) {
  v.text("group", &LogicModel::Group::name, kRequired, "The group's name, e.g. Workforce.");
  v.texts("items", &LogicModel::Group::items, kOptional, "The activities of the group; it may have none.");
}

template <class V>
void describe(V& v, type<LogicModel>) {
  using M = LogicModel;
  v.text("title", &M::title, kOptional, "A caption for the model.");
  v.text("goal", &M::goal, kRequired, "What the work is for.");
  v.texts("inputs", &M::inputs, kRequired, "What goes in: money, people, time.");
  v.list("activities", &M::activities, kRequired, "What is done, in groups.");
  v.texts("outputs", &M::outputs, kRequired, "What the activities produce.");
  v.texts("outcomes", &M::outcomes, kRequired, "The changes that follow for patients and services.");
  v.texts("measures", &M::measures, kOptional, "How success is measured and evaluated.");
}

template <class V>
void describe(V& v, type<CndYear>) {
  v.pattern("year", &CndYear::year, kFinancialYearPattern, kKey,
            "The financial year, quoted, e.g. \"2017/18\"; it needs a set in content/cnd/.");
  v.custom("achieved", Custom::achieved, kRequired,
           "What each GP practice achieved: its member id, then the indicator codes, each once, e.g. [CND001W, "
           "CND009W.plan]; a practice left out achieved nothing.");
}

template <class V>
void describe(V& v, type<KeyActionStatus>) {
  v.pattern("id", &KeyActionStatus::id, kKeyActionPattern, kKey,
            "The key action's number in the guide, chapter.action, quoted, e.g. \"3.2\".");
  v.choice("status", &KeyActionStatus::status, enums::key_action_status, kRequired,
           "How far it has got: not-started, in-progress or done.");
  v.text("note", &KeyActionStatus::note, kOptional, "A note on where the action stands.");
}

template <class V>
void describe(V& v, type<SelfAssessment>) {
  v.date("date", &SelfAssessment::date, kOptional, "The date the cluster assessed itself.");
  v.list("actions", &SelfAssessment::actions, kRequired, "The key actions assessed; one not listed is not started.");
}

template <class V>
void describe(V& v, type<PriorityProject>) {
  using P = PriorityProject;
  v.id("id", &P::id, kKey, "The project's id, e.g. P1.");
  v.text("title", &P::title, kRequired, "The project's title.");
  v.ref("lead", &P::lead, kOptional, "The id of the person who leads the project.");
  v.money("cost", &P::cost, kRequired, pounds("What the project costs"));
  v.custom("scores", Custom::scores, kRequired, "The project's score on every criterion, from 0 to 5.");
  v.ref("business_case", &P::business_case, kOptional, "The id of the project's business case.");
}

template <class V>
void describe(V& v, type<Prioritisation>) {
  using P = Prioritisation;
  v.pattern("year", &P::year, kFinancialYearPattern, kOptional, "The financial year, quoted, e.g. \"2026/27\".");
  v.money("budget", &P::budget, kRequired, pounds("The funding available"));
  v.list("criteria", &P::criteria, kRequired, "The criteria the projects are scored on.");
  v.list("projects", &P::projects, kRequired, "The projects, each scored on every criterion.");
}

template <class V>
void describe(V& v, type<AnnualReport>) {
  v.pattern("year", &AnnualReport::year, kFinancialYearPattern, kKey,
            "The financial year, quoted, e.g. \"2025/26\" for 1 April 2025 to 31 March 2026; one report a year.");
  v.text("introduction", &AnnualReport::introduction, kOptional, "An introduction to the year.");
  v.texts("highlights", &AnnualReport::highlights, kOptional, "The year's highlights, one text for each.");
  v.texts("next_year", &AnnualReport::next_year, kOptional, "The priorities for next year, one text for each.");
}

}  // namespace cp
