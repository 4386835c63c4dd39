#pragma once
// A cluster's governance documents: every template whose data the cluster
// has, rendered in each language into a document tree (prose from the
// template with escaped values, governance blocks built natively).
#include <map>
#include <span>
#include <string>
#include <vector>

#include "data/language.h"
#include "data/values.h"
#include "diag/diagnostic.h"
#include "doc/tree.h"
#include "i18n/ui_strings.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "model/cnd.h"
#include "model/key_actions.h"
#include "templates/catalogue.h"

namespace cp {

struct GeneratedDocument {
  const GovernanceTemplate* source = nullptr;
  std::string id;        // "terms-of-reference", "sbar/sbar-pharmacist"
  Text title;            // the template's title, or the entry's
  std::map<Language, DocNode> trees;
};

struct GenerateInputs {
  const Cluster& cluster;
  const HealthBoard* board;
  const std::vector<GovernanceTemplate>& templates;
  const UiStrings& strings;
  const std::vector<Language>& languages;
  Date today;
  const KeyActionGuide* guide = nullptr;          // the guide's key actions (self-assessment)
  const std::vector<CndSet>* cnd_sets = nullptr;  // CND indicator sets
};

// What a cluster's data makes of a template, before anything is rendered:
// one document per standing template, or one per entry (an SBAR, a
// business case, a CND year, an annual report). Planning is cheap; a build
// plans every cluster's documents up front, and renders each cluster's only
// when its pages and PDFs are made, then frees them.
struct DocumentPlan {
  const GovernanceTemplate* source = nullptr;
  std::string id;  // "terms-of-reference", "sbar/sbar-pharmacist"
  Text title;
  const Sbar* sbar = nullptr;
  const BusinessCase* business_case = nullptr;
  const CndYear* cnd = nullptr;
  const AnnualReport* report = nullptr;
  const GovernanceBody* body = nullptr;  // a body's terms of reference
  const Meeting* meeting = nullptr;      // a meeting's agenda or minutes
};

// `strings` names bodies in the titles of per-body and per-meeting documents.
std::vector<DocumentPlan> plan_documents(const Cluster& cluster, const std::vector<GovernanceTemplate>& templates,
                                         const std::vector<Language>& languages, const UiStrings& strings);

// Renders the planned documents of `in.cluster`, in the order given.
std::vector<GeneratedDocument> render_documents(const GenerateInputs& in, std::span<const DocumentPlan> plans,
                                                Diagnostics& diags);

// Plans and renders: every document of the cluster.
std::vector<GeneratedDocument> generate_documents(const GenerateInputs& in, Diagnostics& diags);

// Whether the cluster's data has what a template needs.
bool cluster_has(const Cluster& cluster, const std::string& needs);

}  // namespace cp
