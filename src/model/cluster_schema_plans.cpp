// The schema of the plan and report sections of a cluster file, each key
// as cluster_loader_plans.cpp reads it.
#include "model/cluster_loader.h"
#include "model/schema_builder.h"

namespace cp::schema {

std::string business_plan() {
  std::string options = object({{"criteria", criteria(), "The criteria the options are scored on."},
                                {"list", list_of(option()), "The options, each scored on every criterion."},
                                {"chosen", kId, "The id of the option the practices chose."},
                                {"rationale", kText, "Why they chose it."}},
                               {"criteria", "list"});
  std::string risk = object({{"id", kId, "The risk's number in the plan, quoted, e.g. \"1\"."},
                             {"risk", kText, "The risk, in a sentence."},
                             {"likelihood", enum_of(enums::plan_likelihood), "How likely it is: high, medium or low."},
                             {"mitigations", list_of(kText), "What reduces the risk, one text for each."}},
                            {"id", "risk", "likelihood"});
  std::string work = object({{"id", kId, "The item's number in the work plan, quoted, e.g. \"1.1\"."},
                             {"project", kText, "The project's name."},
                             {"description", kText, "What the project does."},
                             {"lead", kId, "The id of the person who leads it."},
                             {"involved", kIds, "The ids of the members and people involved, each once."},
                             {"due", kDate, "The date it is due."},
                             {"position", kText, "Where the project stands now."}},
                            {"id", "project"});
  std::string staff_role = object({{"id", kId, "The role's id, as in the members' staff, e.g. nurses-fte."},
                                   {"name", kText, "The role's name as the practices table shows it."}},
                                  {"id", "name"});
  return object(
      {{"hub_name", kText, "The hub's name; the cluster's name when left out."},
       {"executive_summary", kText, "The plan in brief."},
       {"intentions", list_of(kText), "What the practices intend to do, one text for each."},
       {"introduction", kText, "An introduction; a standard one is used when left out."},
       {"background", kText, "How the partnership came about."},
       {"achievements", list_of(kText), "What working together has achieved so far."},
       {"practices", kIds,
        "The ids of the member practices in the plan, each once; every gms-practice member when left out."},
       {"staff_roles", list_of(staff_role),
        "The rows of the practices table, in order; every staff role of those practices must be named."},
       {"options", options, "The partnership options, from doing nothing to a full merger, and the one chosen."},
       {"benefits", list_of(kText), "The benefits the plan expects, one text for each."},
       {"risks", list_of(risk), "A simple analysis of the plan's risks."},
       {"years", kYears, "The financial years the resources cover, e.g. \"2026/27\", each once."},
       {"resources", cost_lines("the plan's years"),
        "What the plan needs: one line per item, with one amount per year (needs years)."},
       {"work_plan", list_of(work), "The projects of the plan: who leads them and when they are due."}},
      {"executive_summary"}, "\"dependentRequired\": {\"resources\": [\"years\"]}");
}

std::string logic_model() {
  std::string group = object({{"group", kText, "The group's name, e.g. Workforce."},
                              {"items", list_of(kText), "The activities of the group; it may have none."}},
                             {"group"});
  return object({{"title", kText, "A caption for the model."},
                 {"goal", kText, "What the work is for."},
                 {"inputs", list_of(kText), "What goes in: money, people, time."},
                 {"activities", list_of(group), "What is done, in groups."},
                 {"outputs", list_of(kText), "What the activities produce."},
                 {"outcomes", list_of(kText), "The changes that follow for patients and services."},
                 {"measures", list_of(kText), "How success is measured and evaluated."}},
                {"goal", "inputs", "activities", "outputs", "outcomes"});
}

std::string cnd_year() {
  // A practice's codes: "CND001W", or "CND009W.plan" for one part.
  std::string achieved = map_of(kIds);
  return object(
      {{"year", kFinancialYear, "The financial year, quoted, e.g. \"2017/18\"; it needs a set in content/cnd/."},
       {"achieved", achieved,
        "What each GP practice achieved: its member id, then the indicator codes, each once, e.g. "
        "[CND001W, CND009W.plan]; a practice left out achieved nothing."}},
      {"year", "achieved"});
}

std::string self_assessment() {
  std::string action = object(
      {{"id", text_matching("^[1-9][0-9]?\\.[1-9][0-9]?$"),
        "The key action's number in the guide, chapter.action, quoted, e.g. \"3.2\"."},
       {"status", enum_of(enums::key_action_status), "How far it has got: not-started, in-progress or done."},
       {"note", kText, "A note on where the action stands."}},
      {"id", "status"});
  return object({{"date", kDate, "The date the cluster assessed itself."},
                 {"actions", list_of(action), "The key actions assessed; one not listed is not started."}},
                {"actions"});
}

std::string prioritisation() {
  std::string project = object({{"id", kId, "The project's id, e.g. P1."},
                                {"title", kText, "The project's title."},
                                {"lead", kId, "The id of the person who leads the project."},
                                {"cost", kMoney, pounds("What the project costs")},
                                {"scores", scores(), "The project's score on every criterion, from 0 to 5."},
                                {"business_case", kId, "The id of the project's business case."}},
                               {"id", "title", "cost", "scores"});
  return object({{"year", kFinancialYear, "The financial year, quoted, e.g. \"2026/27\"."},
                 {"budget", kMoney, pounds("The funding available")},
                 {"criteria", criteria(), "The criteria the projects are scored on."},
                 {"projects", list_of(project), "The projects, each scored on every criterion."}},
                {"budget", "criteria", "projects"});
}

std::string annual_report() {
  return object({{"year", kFinancialYear,
                  "The financial year, quoted, e.g. \"2025/26\" for 1 April 2025 to 31 March 2026; one report a year."},
                 {"introduction", kText, "An introduction to the year."},
                 {"highlights", list_of(kText), "The year's highlights, one text for each."},
                 {"next_year", list_of(kText), "The priorities for next year, one text for each."}},
                {"year"});
}

}  // namespace cp::schema
