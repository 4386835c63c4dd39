#include "model/schema_builder.h"

#include "io/json_writer.h"
#include "model/cluster_loader.h"

namespace cp::schema {

namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + json_string(values[i]);
  return out;
}

std::string ref(const char* name) { return "{\"$ref\": \"#/$defs/" + std::string(name) + "\"}"; }

const std::string kPounds = "pounds, at most two decimals, no £ or commas";

}  // namespace

std::string described(const std::string& schema, const std::string& description) {
  return "{\"description\": " + json_string(description) + ", " + schema.substr(1);
}

std::string object(const std::vector<Property>& properties, const std::vector<std::string>& required,
                   const std::string& extra) {
  std::string out = "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {";
  for (size_t i = 0; i < properties.size(); ++i) {
    const Property& p = properties[i];
    out += (i ? ", " : "") + json_string(p.name) + ": " + described(p.schema, p.description);
  }
  out += "}";
  if (!required.empty()) out += ", \"required\": [" + joined(required) + "]";
  if (!extra.empty()) out += ", " + extra;
  return out + "}";
}

std::string list_of(const std::string& item) { return "{\"type\": \"array\", \"items\": " + item + "}"; }

std::string unique_list_of(const std::string& item) {
  return "{\"type\": \"array\", \"uniqueItems\": true, \"items\": " + item + "}";
}

std::string map_of(const std::string& value) {
  return "{\"type\": \"object\", \"propertyNames\": " + ref("id") + ", \"additionalProperties\": " + value + "}";
}

std::string enum_of(const std::vector<std::string>& values) {
  return "{\"type\": \"string\", \"enum\": [" + joined(values) + "]}";
}

std::string count(long long min, long long max) {
  return "{\"type\": \"integer\", \"minimum\": " + std::to_string(min) + ", \"maximum\": " + std::to_string(max) + "}";
}

std::string text_matching(const std::string& regex) {
  return "{\"type\": \"string\", \"pattern\": " + json_string(regex) + "}";
}

const std::string kText = ref("text");
const std::string kId = ref("id");
const std::string kDate = ref("date");
const std::string kMoney = ref("money");
const std::string kBool = "{\"type\": \"boolean\"}";
const std::string kString = "{\"type\": \"string\"}";
const std::string kLevel = count(1, 5);
// The loader also checks that the two years follow each other.
const std::string kFinancialYear = text_matching("^[0-9]{4}/[0-9]{2}$");
const std::string kIds = unique_list_of(kId);
const std::string kYears = unique_list_of(kString);

std::string definitions() {
  // Bilingual text may not be empty in both languages: one of en and cy
  // is given and not empty.
  auto given = [](const std::string& lang, const std::string& description) {
    return "{\"required\": [" + json_string(lang) + "], \"properties\": {" + json_string(lang) + ": " +
           described("{\"type\": \"string\", \"minLength\": 1}", description) + "}}";
  };
  std::string bilingual = object(
      {{"en", kString, "The text in English."}, {"cy", kString, "The text in Welsh (Cymraeg)."}}, {},
      "\"anyOf\": [" + given("en", "The English text, not empty when there is no Welsh.") + ", " +
          given("cy", "The Welsh text, not empty when there is no English.") + "]");
  std::string text = "{\"oneOf\": [" + kString + ", " + bilingual + "]}";
  std::string id = text_matching("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
  std::string date =
      "{\"type\": \"string\", \"format\": \"date\", "
      "\"pattern\": \"^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$\"}";
  // Whole pence; at most twelve digits of pounds, as the loader reads them.
  std::string money =
      "{\"type\": \"number\", \"minimum\": 0, \"maximum\": 999999999999.99, \"multipleOf\": 0.01}";
  return "{\"text\": " +
         described(text,
                   "Text in English and Welsh, {en: \"…\", cy: \"…\"}, or one plain text for a name or other text "
                   "that is the same in both languages.") +
         ", \"id\": " +
         described(id,
                   "An id: letters, digits, '-', '_' and '.', starting with a letter or digit, at most 64 "
                   "characters, e.g. lead or R01.") +
         ", \"date\": " + described(date, "A date written YYYY-MM-DD, e.g. 2026-04-01.") +
         ", \"money\": " + described(money, "An amount in " + kPounds + ", e.g. 42000 or 42000.50.") + "}";
}

std::string pounds(const std::string& what) { return what + ": " + kPounds + "."; }

std::string action() {
  return object({{"text", kText, "What is to be done."},
                 {"owner", kId, "The id of the person who does it."},
                 {"due", kDate, "The date it is due, YYYY-MM-DD."},
                 {"status", enum_of(enums::action_status), "open or done (default open)."},
                 {"completed", kDate, "For a done action: the date it was done, so meeting records know when."}},
                {"text"});
}

std::string criteria() {
  std::string criterion = object({{"id", kId, "The criterion's id, used as the key of the scores."},
                                  {"name", kText, "The criterion's name."},
                                  {"weight", count(1, 10), "How much the criterion counts, 1 to 10 (default 1)."}},
                                 {"id", "name"});
  return list_of(criterion);
}

std::string scores() { return map_of(count(0, 5)); }

std::string option() {
  return object({{"id", kId, "The option's id, e.g. A."},
                 {"name", kText, "The option's name, e.g. Do nothing."},
                 {"scores", scores(), "The option's score on every criterion, from 0 to 5."}},
                {"id", "name", "scores"});
}

std::string cost_lines(const std::string& years) {
  return list_of(object({{"item", kText, "What the money is for, e.g. Cluster pharmacist (Band 8a)."},
                         {"amounts", list_of(kMoney),
                          "One amount per year of " + years + ", in the same order; " + kPounds + "."}},
                        {"item", "amounts"}));
}

}  // namespace cp::schema
