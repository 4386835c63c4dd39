#include "model/cluster_schema.h"

#include <vector>

#include "model/cluster_loader.h"

namespace cp {

namespace {

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string enum_of(const std::vector<std::string>& values) {
  std::string out = "{\"type\": \"string\", \"enum\": [";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + quoted(values[i]);
  return out + "]}";
}

// An object with the given properties; `required` lists required keys.
std::string object(const std::vector<std::pair<std::string, std::string>>& properties,
                   const std::vector<std::string>& required = {}) {
  std::string out = "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {";
  for (size_t i = 0; i < properties.size(); ++i)
    out += (i ? ", " : "") + quoted(properties[i].first) + ": " + properties[i].second;
  out += "}";
  if (!required.empty()) {
    out += ", \"required\": [";
    for (size_t i = 0; i < required.size(); ++i) out += (i ? ", " : "") + quoted(required[i]);
    out += "]";
  }
  return out + "}";
}

std::string list_of(const std::string& item) { return "{\"type\": \"array\", \"items\": " + item + "}"; }

const std::string kText = "{\"$ref\": \"#/$defs/text\"}";
const std::string kId = "{\"$ref\": \"#/$defs/id\"}";
const std::string kDate = "{\"$ref\": \"#/$defs/date\"}";
const std::string kMoney = "{\"$ref\": \"#/$defs/money\"}";
const std::string kLevel = "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 5}";
const std::string kBool = "{\"type\": \"boolean\"}";
const std::string kString = "{\"type\": \"string\"}";

std::string count(int min, int max) {
  return "{\"type\": \"integer\", \"minimum\": " + std::to_string(min) + ", \"maximum\": " + std::to_string(max) + "}";
}

std::string action() {
  return object({{"text", kText}, {"owner", kId}, {"due", kDate}, {"status", enum_of(enums::action_status)}}, {"text"});
}

std::string terms() {
  std::string quorum =
      "{\"oneOf\": [{\"type\": \"integer\", \"minimum\": 1}, {\"type\": \"string\", \"pattern\": \"^[0-9]{1,3}%$\"}]}";
  std::string meetings = object({{"frequency", enum_of(enums::frequencies)},
                                 {"quorum", quorum},
                                 {"papers_days_before", count(0, 60)},
                                 {"minutes_within_days", count(0, 90)},
                                 {"administrative_support", kText}},
                                {"frequency", "quorum"});
  return object({{"body", enum_of(enums::tor_bodies)},
                 {"purpose", kText},
                 {"duty_statement", kText},
                 {"functions", list_of(kText)},
                 {"service_user_engagement", kText},
                 {"risk_management", kText},
                 {"reporting", kText},
                 {"communication", kText},
                 {"declarations_of_interest", kText},
                 {"chair", kId},
                 {"vice_chair", kId},
                 {"meetings", meetings},
                 {"agreed", kDate},
                 {"review", kDate},
                 {"signatories", list_of(kId)}},
                {"body", "purpose", "chair", "meetings", "agreed", "review"});
}

std::string voting() {
  std::string majority = object({{"general", enum_of(enums::majorities)},
                                 {"financial", enum_of(enums::majorities)},
                                 {"of", enum_of(enums::majority_of)}},
                                {"general", "financial"});
  return object({{"consensus_first", kBool},
                 {"majority", majority},
                 {"proxies", kBool},
                 {"casting_vote", enum_of(enums::casting_vote)},
                 {"conflicts", enum_of(enums::conflicts)},
                 {"escalation", kText}},
                {"majority"});
}

std::string decision() {
  std::string ids = list_of(kId);
  std::string votes = object({{"for", ids},
                              {"against", ids},
                              {"abstain", ids},
                              {"by_proxy", "{\"type\": \"object\", \"additionalProperties\": " + kId + "}"}});
  return object({{"id", kId},
                 {"date", kDate},
                 {"title", kText},
                 {"financial", kBool},
                 {"amount", kMoney},
                 {"sbar", kId},
                 {"conflicts", ids},
                 {"votes", votes},
                 {"casting_vote", enum_of({"for", "against"})},
                 {"actions", list_of(action())}},
                {"id", "date", "title"});
}

std::string risk() {
  return object({{"id", kId},
                 {"title", kText},
                 {"category", enum_of(enums::risk_categories)},
                 {"owner", kId},
                 {"likelihood", kLevel},
                 {"impact", kLevel},
                 {"controls", list_of(kText)},
                 {"actions", list_of(action())},
                 {"residual", object({{"likelihood", kLevel}, {"impact", kLevel}}, {"likelihood", "impact"})},
                 {"raised", kDate},
                 {"review", kDate},
                 {"closed", kDate},
                 {"status", enum_of(enums::risk_status)}},
                {"id", "title", "category", "owner", "likelihood", "impact"});
}

std::string sbar() {
  return object({{"id", kId},
                 {"title", kText},
                 {"meeting", kDate},
                 {"author", kId},
                 {"purpose", enum_of(enums::sbar_purpose)},
                 {"financial", kBool},
                 {"situation", kText},
                 {"background", kText},
                 {"assessment", kText},
                 {"recommendation", kText}},
                {"id", "title", "author", "purpose", "situation", "background", "assessment", "recommendation"});
}

std::string business_case() {
  std::string criterion = object({{"id", kId}, {"name", kText}, {"weight", count(1, 10)}}, {"id", "name"});
  std::string option = object(
      {{"id", kId}, {"name", kText}, {"scores", "{\"type\": \"object\", \"additionalProperties\": " + count(0, 5) + "}"}},
      {"id", "name", "scores"});
  return object({{"id", kId},
                 {"title", kText},
                 {"sponsor", kId},
                 {"summary", kText},
                 {"benefits", list_of(kText)},
                 {"years", list_of(kString)},
                 {"costs", list_of(object({{"item", kText}, {"amounts", list_of(kMoney)}}, {"item", "amounts"}))},
                 {"funding_source", enum_of(enums::funding_sources)},
                 {"options", object({{"criteria", list_of(criterion)}, {"list", list_of(option)}}, {"criteria", "list"})},
                 {"risks", list_of(kId)},
                 {"exit_strategy", kText},
                 {"evaluation", kText},
                 {"decision", kId}},
                {"id", "title", "summary", "years"});
}

std::string criteria() {
  return list_of(object({{"id", kId}, {"name", kText}, {"weight", count(1, 10)}}, {"id", "name"}));
}

std::string scores() { return "{\"type\": \"object\", \"additionalProperties\": " + count(0, 5) + "}"; }

const std::string kFinancialYear = "{\"type\": \"string\", \"pattern\": \"^[0-9]{4}/[0-9]{2}$\"}";

std::string business_plan() {
  std::string option = object({{"id", kId}, {"name", kText}, {"scores", scores()}}, {"id", "name", "scores"});
  std::string options = object(
      {{"criteria", criteria()}, {"list", list_of(option)}, {"chosen", kId}, {"rationale", kText}}, {"criteria", "list"});
  std::string risk = object({{"id", kId},
                             {"risk", kText},
                             {"likelihood", enum_of(enums::plan_likelihood)},
                             {"mitigations", list_of(kText)}},
                            {"id", "risk", "likelihood"});
  std::string work = object({{"id", kId},
                             {"project", kText},
                             {"description", kText},
                             {"lead", kId},
                             {"involved", list_of(kId)},
                             {"due", kDate},
                             {"position", kText}},
                            {"id", "project"});
  return object({{"hub_name", kText},
                 {"executive_summary", kText},
                 {"intentions", list_of(kText)},
                 {"introduction", kText},
                 {"background", kText},
                 {"achievements", list_of(kText)},
                 {"practices", list_of(kId)},
                 {"staff_roles", list_of(object({{"id", kId}, {"name", kText}}, {"id", "name"}))},
                 {"options", options},
                 {"benefits", list_of(kText)},
                 {"risks", list_of(risk)},
                 {"years", list_of(kString)},
                 {"resources", list_of(object({{"item", kText}, {"amounts", list_of(kMoney)}}, {"item", "amounts"}))},
                 {"work_plan", list_of(work)}},
                {"executive_summary"});
}

std::string logic_model() {
  std::string group = object({{"group", kText}, {"items", list_of(kText)}}, {"group"});
  return object({{"title", kText},
                 {"goal", kText},
                 {"inputs", list_of(kText)},
                 {"activities", list_of(group)},
                 {"outputs", list_of(kText)},
                 {"outcomes", list_of(kText)},
                 {"measures", list_of(kText)}},
                {"goal", "inputs", "activities", "outputs", "outcomes"});
}

std::string cnd_year() {
  // achieved: GP practice (member id) → indicator codes, "CND001W" or "CND009W.plan".
  std::string achieved = "{\"type\": \"object\", \"additionalProperties\": " + list_of(kId) + "}";
  return object({{"year", kFinancialYear}, {"achieved", achieved}}, {"year", "achieved"});
}

std::string self_assessment() {
  std::string action = object({{"id", "{\"type\": \"string\", \"pattern\": \"^[1-9][0-9]?\\\\.[1-9][0-9]?$\"}"},
                               {"status", enum_of(enums::key_action_status)},
                               {"note", kText}},
                              {"id", "status"});
  return object({{"date", kDate}, {"actions", list_of(action)}}, {"actions"});
}

std::string prioritisation() {
  std::string project = object({{"id", kId},
                                {"title", kText},
                                {"lead", kId},
                                {"cost", kMoney},
                                {"scores", scores()},
                                {"business_case", kId}},
                               {"id", "title", "cost", "scores"});
  return object({{"year", kFinancialYear}, {"budget", kMoney}, {"criteria", criteria()}, {"projects", list_of(project)}},
                {"budget", "criteria", "projects"});
}

std::string annual_report() {
  return object({{"year", kFinancialYear},
                 {"introduction", kText},
                 {"highlights", list_of(kText)},
                 {"next_year", list_of(kText)}},
                {"year"});
}

}  // namespace

std::string cluster_json_schema() {
  std::string text =
      "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"object\", \"additionalProperties\": false, "
      "\"properties\": {\"en\": {\"type\": \"string\"}, \"cy\": {\"type\": \"string\"}}, \"minProperties\": 1}]}";
  std::string id = "{\"type\": \"string\", \"pattern\": \"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$\"}";
  std::string date = "{\"type\": \"string\", \"format\": \"date\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"}";
  std::string money = "{\"type\": \"number\", \"minimum\": 0}";  // two decimals at most: checked by clusterpack
  std::string person = object({{"id", kId}, {"name", kString}, {"role", kText}}, {"id", "name"});
  std::string member = object({{"id", kId},
                               {"name", kText},
                               {"type", enum_of(enums::member_types)},
                               {"representative", kId},
                               {"deputy", kId},
                               {"votes", count(0, 10)},
                               {"patients", count(0, 1000000)},
                               {"staff", "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"number\", "
                                         "\"minimum\": 0, \"maximum\": 1000}}"}},
                              {"id", "name", "type", "representative"});
  std::string vision = object({{"statement", kText},
                               {"mission", kText},
                               {"aims", list_of(kText)},
                               {"values", list_of(object({{"name", kText}, {"description", kText}}, {"name"}))}},
                              {"statement"});
  std::string root = object({{"name", kText},
                             {"health_board", kId},
                             {"population", count(1, 10000000)},
                             {"example", kBool},
                             {"as_of", kDate},
                             {"vision", vision},
                             {"people", list_of(person)},
                             {"members", list_of(member)},
                             {"in_attendance", list_of(object({{"person", kId}}, {"person"}))},
                             {"terms_of_reference", terms()},
                             {"voting", voting()},
                             {"decisions", list_of(decision())},
                             {"risks", list_of(risk())},
                             {"risk_policy", object({{"escalate_at", count(1, 25)}})},
                             {"sbars", list_of(sbar())},
                             {"business_cases", list_of(business_case())},
                             {"business_plan", business_plan()},
                             {"logic_model", logic_model()},
                             {"cnd", list_of(cnd_year())},
                             {"self_assessment", self_assessment()},
                             {"prioritisation", prioritisation()},
                             {"annual_reports", list_of(annual_report())}},
                            {"name", "health_board"});
  // Splice the definitions and the schema header into the root object.
  std::string header = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", "
                       "\"$id\": \"https://clusterpack.example/schemas/cluster.json\", "
                       "\"title\": \"clusterpack cluster data\", "
                       "\"$defs\": {\"text\": " + text + ", \"id\": " + id + ", \"date\": " + date +
                       ", \"money\": " + money + "}, ";
  return header + root.substr(1) + "\n";
}

}  // namespace cp
