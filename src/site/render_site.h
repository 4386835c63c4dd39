#pragma once
// Renders every planned page to HTML, plus the site files (sitemaps, root
// language chooser, static assets), into a map of output path → bytes.
#include <functional>
#include <map>
#include <string>

#include "content/page_plan.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

using RenderedFiles = std::map<std::string, std::string>;

// Renders the pages `wanted` accepts (all when it is empty): a live preview
// re-renders only the pages a change affects.
using PageFilter = std::function<bool(const Page&)>;
void render_pages(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents, Diagnostics& diags,
                  RenderedFiles& out, const PageFilter& wanted = nullptr);
// The output path of a page: "<lang>/<url file>".
std::string output_path(const Page& page);
void render_site_files(const FileSystem& fs, const SiteInputs& in, const PagePlan& plan, Diagnostics& diags,
                       RenderedFiles& out);

}  // namespace cp
