#pragma once
// One page to HTML, and the site files (sitemaps, root language chooser,
// static assets). The whole site is put together by site/render_units.h.
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "doc/tree.h"
#include "io/file_system.h"
#include "pages/page_plan.h"
#include "pages/site_view.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

using RenderedFiles = std::map<std::string, std::string>;
using PageFilter = std::function<bool(const Page&)>;

// What every page of a build shares: the site as the layouts see it, and
// each language's UI strings (built once, passed as a shared data layer).
struct PageContext {
  PageContext(const SiteInputs& in, const PagePlan& plan);
  const SiteInputs& in;
  const PagePlan& plan;
  SiteView view;                              // its pdfs is null: each call passes its own
  std::map<Language, TemplateData> shared;  // by language
};

// One page's HTML. `document` is its tree when it is a generated document
// (content pages are parsed here); `pdfs` says which PDF the page links and
// how big it is (null: none). nullopt when a layout failed (in `diags`).
// A cluster page's meetings as an iCalendar feed, beside it (path, bytes);
// none for another page or a cluster without meetings.
std::optional<std::pair<std::string, std::string>> calendar_file(const SiteInputs& in, const Page& page);

std::optional<std::string> render_page(const PageContext& ctx, const Page& page, const DocNode* document,
                                       const PdfIndex* pdfs, Diagnostics& diags);

// A content page's body as a document tree: Markdown → tree → checked links.
DocNode content_tree(const Page& page, const PagePlan& plan, Diagnostics& diags);
// The output path of a page: "<lang>/<url file>".
std::string output_path(const Page& page);
// A file made, below the output root (a page, a PDF, a sitemap), handed
// over as soon as it is made.
using FileSink = std::function<void(const std::string& path, std::string bytes)>;
void render_site_files(const FileSystem& fs, const SiteInputs& in, const PagePlan& plan, Diagnostics& diags,
                       const FileSink& sink);

}  // namespace cp
