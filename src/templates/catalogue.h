#pragma once
// The governance templates: templates/<id>/ with template.yaml (titles,
// pack number, what data the document is made from) and the prose in
// body.en.md and body.cy.md: Markdown with Mustache placeholders.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "data/language.h"
#include "data/values.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "templates/strict_mustache.h"

namespace cp {

struct GovernanceTemplate {
  std::string id;
  Text title;
  std::optional<int> pack;
  std::string per = "cluster";  // cluster | sbar | business-case | cnd-year | annual-report (see kTemplatePer)
  std::string needs;            // the cluster data it is made from (see kTemplateNeeds)
  bool signed_document = false;
  int order = 100;              // position in a cluster's pack
  std::map<Language, CompiledTemplate> bodies;
};

// The data sections a template can need.
extern const std::vector<std::string> kTemplateNeeds;
// What a template makes one document for: the cluster, or each SBAR,
// business case, CND year or annual report.
extern const std::vector<std::string> kTemplatePer;

bool load_templates(const FileSystem& fs, const std::vector<Language>& languages, Diagnostics& diags,
                    SourceRegistry& sources, std::vector<GovernanceTemplate>& out);

}  // namespace cp
