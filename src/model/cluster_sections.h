#pragma once
// The sections of a cluster file added for the rest of the resource pack
// (business plan, logic model, CND, self-assessment, prioritisation,
// annual reports), read by cluster_loader_plans.cpp. Internal to the
// cluster loader: each reader gets the ids already read, so references are
// checked where they are written.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "data/reader.h"
#include "model/cluster.h"

namespace cp {

struct SectionReader {
  DataReader& r;
  Cluster& c;
  const KeyLines& person_ids;
  const KeyLines& member_ids;
  const KeyLines& case_ids;
  const KeyLines& sbar_ids;
  const KeyLines& decision_ids;
  const KeyLines& body_ids;
};

// What both readers of a cluster file use for ids and lists of text: an id
// new among `seen` (a duplicate is reported), an id naming one of `known`
// (with "did you mean"), and a list of bilingual texts.
std::optional<std::string> read_new_id(DataReader& r, const YamlNode& node, KeyLines& seen, const char* what);
std::optional<std::string> read_id_ref(DataReader& r, const YamlNode& node, const KeyLines& known, const char* what);
// A list of ids naming `known`, each once: a repeat means nothing more, so
// it is reported ("duplicate <what> 'x' <scope>", with the line of the
// first) and left out.
std::vector<IdRef> read_id_refs(DataReader& r, const YamlNode& node, const KeyLines& known, const char* what,
                                const std::string& scope);
std::vector<Text> read_texts(DataReader& r, const YamlNode& node);
// A list of actions: text, owner (a person), due date, status, and the date
// a done action was completed.
// `member_ids`: an owner that names a member is told to name a person.
std::vector<Action> read_actions(DataReader& r, const YamlNode& node, const KeyLines& person_ids,
                                 const KeyLines& member_ids);
// A body the cluster has (bodies, or its one terms_of_reference).
std::optional<std::string> read_body_ref(DataReader& r, const YamlNode& node, const KeyLines& body_ids);
// A list of years (business case, business plan), each once.
std::vector<std::string> read_years(DataReader& r, const YamlNode& node);
// An item's required "id", new among `seen`, into `out`. False when it is
// there but cannot be used (malformed, or a duplicate: reported); a missing
// id is reported by `item`.
bool read_item_id(DataReader& r, Fields& item, KeyLines& seen, const char* what, std::string& out);

void read_business_plan(SectionReader& s, const YamlNode& node);
void read_logic_model(SectionReader& s, const YamlNode& node);
void read_cnd(SectionReader& s, const YamlNode& node);
void read_self_assessment(SectionReader& s, const YamlNode& node);
void read_prioritisation(SectionReader& s, const YamlNode& node);
void read_annual_reports(SectionReader& s, const YamlNode& node);

// The governance records (cluster_loader_meetings.cpp): the scheme of
// delegation, the register of interests, and the meetings.
void read_delegation(SectionReader& s, const YamlNode& node);
void read_interests(SectionReader& s, const YamlNode& node);
void read_meetings(SectionReader& s, const YamlNode& node);
// Once everything is read: each decision's body (as written, from its
// meeting, or the first body), and the conflicts declared at its meeting;
// a decision taken at two meetings, or at a meeting of another date or
// body, is reported.
void settle_meeting_records(DataReader& r, Cluster& c);

}  // namespace cp
