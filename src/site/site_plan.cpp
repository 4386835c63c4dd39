#include "site/site_plan.h"

namespace cp {

SitePlan::SitePlan(const SiteInputs& in, Diagnostics& diags)
    : documents(in),
      pages(plan_pages({in.content, in.boards, in.clusters, in.strings, all_languages(), documents.planned()},
                       diags)),
      context(in, pages),
      pdfs(in, pages, documents, in.pdf) {}

}  // namespace cp
