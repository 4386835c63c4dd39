#pragma once
// Every cluster's governance documents, generated once per build and
// shared by the page plan (where they go) and the renderers (what they say).
#include <vector>

#include "content/page_plan.h"
#include "documents/generate.h"
#include "site/site_inputs.h"

namespace cp {

struct SiteDocuments {
  std::vector<GeneratedDocument> generated;
  std::vector<PlannedDocument> planned;  // planned[i] describes generated[i]

  const GeneratedDocument& of(const PlannedDocument* planned_doc) const {
    return generated[static_cast<size_t>(planned_doc - planned.data())];
  }
};

void generate_site_documents(const SiteInputs& in, Diagnostics& diags, SiteDocuments& out);

}  // namespace cp
