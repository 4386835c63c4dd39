#pragma once
// Renders every planned page to HTML, plus the site files (sitemaps, root
// language chooser, static assets), into a map of output path → bytes.
#include <functional>
#include <map>
#include <string>

#include "content/page_plan.h"
#include "diag/diagnostic.h"
#include "doc/tree.h"
#include "html/page_data.h"
#include "io/file_system.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

using RenderedFiles = std::map<std::string, std::string>;

// Renders the pages `wanted` accepts (all when it is empty): a live preview
// re-renders only the pages a change affects. `pdfs`, when given, says which
// pages link to a PDF and how big it is. `jobs` threads render them (the
// result is the same for any number).
using PageFilter = std::function<bool(const Page&)>;
void render_pages(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents, Diagnostics& diags,
                  RenderedFiles& out, const PageFilter& wanted = nullptr, const PdfIndex* pdfs = nullptr,
                  int jobs = 1);
// The same, each page handed to `sink` (output path, HTML) as soon as it is
// its turn in plan order: a build streams its pages to the output rather
// than holding thousands of them in memory.
using PageSink = std::function<void(const std::string& path, std::string html)>;
void render_pages_to(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents, Diagnostics& diags,
                     const PageSink& sink, const PageFilter& wanted, const PdfIndex* pdfs, int jobs);

// A content page's body as a document tree: Markdown → tree → checked links.
DocNode content_tree(const Page& page, const PagePlan& plan, Diagnostics& diags);
// The output path of a page: "<lang>/<url file>".
std::string output_path(const Page& page);
void render_site_files(const FileSystem& fs, const SiteInputs& in, const PagePlan& plan, Diagnostics& diags,
                       RenderedFiles& out);

}  // namespace cp
