// The schema of the governance records of a cluster file, each key as
// cluster_loader.cpp (bodies) and cluster_loader_meetings.cpp read it.
#include "model/cluster_loader.h"
#include "model/schema_builder.h"

namespace cp::schema {

std::string bodies() {
  std::string members = "{\"oneOf\": [" + described("{\"const\": \"all\"}", "Every member of the cluster.") + ", " +
                        unique_list_of(kId) + "]}";
  return list_of(object(
      {{"id", enum_of(enums::tor_bodies), "Which body: stakeholder-board (Pack 11) or leadership-team (Pack 12)."},
       {"members", members, "all (the default), or the ids of the members who sit on the body, each once."},
       {"terms_of_reference", terms(false), "The body's terms of reference."},
       {"voting", voting(), "The body's own voting rules; without them, the cluster's voting applies."}},
      {"id", "terms_of_reference"}));
}

std::string delegation() {
  return list_of(object({{"body", enum_of(enums::tor_bodies), "The body the authority is delegated to."},
                         {"decisions", kText, "What it may decide."},
                         {"up_to", kMoney, pounds("The most it may commit on one decision")}},
                        {"body", "decisions"}));
}

std::string interests() {
  return list_of(object(
      {{"person", kId, "The id of the person who declared the interest."},
       {"interest", kText, "The interest, in a sentence."},
       {"kind", enum_of(enums::interest_kinds),
        "financial, non-financial-professional, non-financial-personal or indirect."},
       {"declared", kDate, "The date it was declared."},
       {"ended", kDate, "The date it ended, if it has."}},
      {"person", "interest", "kind", "declared"}));
}

std::string meetings_record() {
  std::string time = text_matching("^([01][0-9]|2[0-3]):[0-5][0-9]$");
  std::string item = object(
      {{"title", kText, "The item as the agenda names it."},
       {"sbars", unique_list_of(kId), "The ids of the SBAR papers the item takes, each once."},
       {"business_cases", unique_list_of(kId), "The ids of the business cases the item takes, each once."},
       {"decisions", unique_list_of(kId), "The ids of the decisions taken under the item, each once."},
       {"minutes", kText, "What was said, for the minutes."},
       {"actions", list_of(action()), "The actions agreed under the item."}},
      {"title"});
  std::string declaration =
      object({{"person", kId, "The id of the person who declared the interest."},
              {"item", count(1, 99), "The number of the agenda item it concerns, counting from 1."},
              {"interest", kText, "The interest, in a sentence."}},
             {"person", "item", "interest"});
  return list_of(object(
      {{"id", kId, "The meeting's id, e.g. board-2026-07; it is part of the agenda's and minutes' addresses."},
       {"date", kDate, "The date of the meeting."},
       {"body", enum_of(enums::tor_bodies), "The body that met: stakeholder-board or leadership-team."},
       {"start", described(time, "The time it starts, on the 24-hour clock, quoted: \"13:30\"."),
        "The time it starts, on the 24-hour clock, quoted: \"13:30\"."},
       {"end", described(time, "The time it ends, after it starts."), "The time it ends, after it starts."},
       {"place", kText, "Where it is held."},
       {"present", unique_list_of(kId), "The ids of the members present, in person or through their deputy."},
       {"apologies", unique_list_of(kId), "The ids of the members who sent apologies."},
       {"in_attendance", unique_list_of(kId), "The ids of the people who attended without a vote."},
       {"items", list_of(item), "The agenda, in order."},
       {"declarations", list_of(declaration), "The interests declared at the meeting, each on an item."}},
      {"id", "date", "body", "items"}));
}

}  // namespace cp::schema
