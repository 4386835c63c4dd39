#pragma once
// A cluster's governance documents: every template whose data the cluster
// has, rendered in each language into a document tree (prose from the
// template with escaped values, governance blocks built natively).
#include <map>
#include <string>
#include <vector>

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
  std::map<std::string, DocNode> trees;  // by language
};

struct GenerateInputs {
  const Cluster& cluster;
  const HealthBoard* board;
  const std::vector<GovernanceTemplate>& templates;
  const UiStrings& strings;
  const std::vector<std::string>& languages;
  Date today;
  const KeyActionGuide* guide = nullptr;          // the guide's key actions (self-assessment)
  const std::vector<CndSet>* cnd_sets = nullptr;  // CND indicator sets
};

std::vector<GeneratedDocument> generate_documents(const GenerateInputs& in, Diagnostics& diags);

// Whether the cluster's data has what a template needs.
bool cluster_has(const Cluster& cluster, const std::string& needs);

}  // namespace cp
