#pragma once
// Small builders for the JSON Schema of a cluster file (cluster_schema.cpp
// and cluster_schema_plans.cpp). Each returns one JSON schema as text.
// A property is given with its description, so none can be added without
// the sentence editors show when the key is hovered.
#include <string>
#include <vector>

namespace cp::schema {

struct Property {
  std::string name;
  std::string schema;       // a JSON object, "{…}"
  std::string description;  // one plain sentence for the person editing the file
};

// An object with exactly these keys; `required` lists the keys it needs.
// `extra`: more keywords of the object, e.g. "\"minProperties\": 1".
std::string object(const std::vector<Property>& properties, const std::vector<std::string>& required = {},
                   const std::string& extra = {});
std::string list_of(const std::string& item);
// A list in which an item may not appear twice (the loader reports a
// duplicate): only for lists the loader checks that way.
std::string unique_list_of(const std::string& item);
// A mapping whose keys are ids (member, criterion, staff role…).
std::string map_of(const std::string& value);
std::string enum_of(const std::vector<std::string>& values);
std::string count(long long min, long long max);
std::string text_matching(const std::string& regex);
// "<what>: pounds, at most two decimals, no £ or commas."
std::string pounds(const std::string& what);
// `schema` with a description as its first keyword.
std::string described(const std::string& schema, const std::string& description);

// References to the shared definitions (see definitions()) and common types.
extern const std::string kText, kId, kDate, kMoney, kBool, kString, kLevel, kFinancialYear, kIds, kYears;
// "$defs": text, id, date and money, each described.
std::string definitions();

// Pieces that more than one section uses.
std::string action();          // an action with an owner and a due date
std::string criteria();        // the criteria of an options appraisal
std::string scores();          // criterion id → a score from 0 to 5
std::string option();          // an option scored on every criterion
std::string cost_lines(const std::string& years);  // one amount per year of `years`

// The terms of reference of a body: with `body` (the one terms_of_reference
// of a file without bodies) or without (a body's own, under bodies).
std::string terms(bool with_body);
std::string voting();

// Sections of cluster_schema_records.cpp: the governance bodies, the
// scheme of delegation, the register of interests and the meetings.
std::string bodies();
std::string delegation();
std::string interests();
std::string meetings_record();

// Sections of cluster_schema_plans.cpp.
std::string business_plan();
std::string logic_model();
std::string cnd_year();
std::string self_assessment();
std::string prioritisation();
std::string annual_report();

}  // namespace cp::schema
