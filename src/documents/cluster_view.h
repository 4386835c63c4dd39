#pragma once
// What a governance template's prose can name: the cluster's data in one
// language, every computed number (quorum, votes needed, totals, scores)
// and the labels of its settings. Every name is always present (an absent
// optional text is "" with has_<name> false), so the strict renderer can
// treat a name it cannot find as a typo in the template. The names are
// listed in docs/templates.md.
#include <string>

#include "data/language.h"
#include "data/values.h"
#include "i18n/ui_strings.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "model/cnd.h"
#include "model/key_actions.h"
#include "templates/strict_mustache.h"

namespace cp {

struct ViewContext {
  const Cluster& cluster;
  const HealthBoard* board;
  const UiStrings& strings;
  Language lang;
  Date today;
  const KeyActionGuide* guide = nullptr;           // for the self-assessment
  const std::vector<CndSet>* cnd_sets = nullptr;   // for CND years
};

// The whole cluster, as the root of every template's data.
TemplateData cluster_view(const ViewContext& ctx);
// One SBAR or business case, for templates made per entry.
TemplateData sbar_view(const ViewContext& ctx, const Sbar& sbar);
TemplateData business_case_view(const ViewContext& ctx, const BusinessCase& bc);
TemplateData cnd_view(const ViewContext& ctx, const CndYear& year);
TemplateData report_view(const ViewContext& ctx, const AnnualReport& report);
// One body's terms of reference (the template's `tor`), and one meeting.
TemplateData terms_view(const ViewContext& ctx, const GovernanceBody& body);
TemplateData meeting_view(const ViewContext& ctx, const Meeting& meeting);

// A meeting's quorum: the voting members of its body, how many of them were
// present (in person or through their deputy), and how many the body's
// terms of reference need.
struct MeetingQuorum {
  int voting_members = 0;
  int present = 0;
  int needed = 0;
  bool quorate() const { return voting_members > 0 && present >= needed; }
};
MeetingQuorum meeting_quorum(const Cluster& cluster, const Meeting& meeting);

// Shared formatting.
std::string group_digits(long long n);
std::string person_name(const Cluster& c, const std::string& id);
std::string person_role(const Cluster& c, const std::string& id, Language lang);

}  // namespace cp
