#pragma once
// Links in content are checked and rewritten before rendering:
// - a link to a content file ("03-accountability-framework.md",
//   "../resource-pack/_index.md", optionally with "#anchor") becomes a
//   relative link to that page in the same language; one that names no
//   page is an error;
// - http(s), mailto and tel links are kept; "#anchor" is kept;
// - anything else (javascript:, data:, file paths, other schemes) is an
//   error, so no script or local file can be reached from a page.
#include "pages/page_plan.h"
#include "diag/diagnostic.h"
#include "doc/tree.h"

namespace cp {

void resolve_links(DocNode& tree, const Page& page, const PagePlan& plan, Diagnostics& diags);

// True for URLs that may appear in a page as they are.
bool is_safe_external_url(const std::string& url);

}  // namespace cp
