#pragma once
// Renders every planned page to HTML, plus the site files (sitemaps, root
// language chooser, static assets), into a map of output path → bytes.
#include <map>
#include <string>

#include "content/page_plan.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

using RenderedFiles = std::map<std::string, std::string>;

void render_pages(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents, Diagnostics& diags,
                  RenderedFiles& out);
void render_site_files(const FileSystem& fs, const SiteInputs& in, const PagePlan& plan, Diagnostics& diags,
                       RenderedFiles& out);

}  // namespace cp
