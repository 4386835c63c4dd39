#pragma once
// What a site's inputs plan: every cluster's documents (planned, rendered
// later a cluster at a time), the pages, what every page shares, and which
// PDF each page has. Holds references into the inputs, which must outlive
// it, and into itself (not movable).
#include "pages/page_plan.h"
#include "diag/diagnostic.h"
#include "site/render_site.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"
#include "site/site_pdfs.h"

namespace cp {

struct SitePlan {
  // Problems of the plan (a page without its translation) go to `diags`.
  SitePlan(const SiteInputs& in, Diagnostics& diags);
  SitePlan(const SitePlan&) = delete;
  SitePlan& operator=(const SitePlan&) = delete;

  SiteDocuments documents;
  PagePlan pages;
  PageContext context;  // built once: its lookups serve every render with this plan
  SitePdfs pdfs;
};

}  // namespace cp
