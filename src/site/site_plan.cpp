#include "site/site_plan.h"

namespace cp {

SitePlan::SitePlan(const SiteInputs& in, Diagnostics& diags)
    : documents(in),
      pages(plan_pages({in.content, in.boards, in.clusters, in.strings, site_language_codes(), documents.planned()},
                       diags)),
      context(in, pages),
      pdfs(in, pages, documents, in.pdf) {}

}  // namespace cp
