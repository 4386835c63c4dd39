#include "site/build.h"

#include "content/page_plan.h"
#include "site/render_site.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

bool build_site(const FileSystem& fs, OutputWriter* out, Diagnostics& diags, SourceRegistry& sources,
                BuildStats& stats) {
  SiteInputs in;
  if (!load_site_inputs(fs, diags, sources, in) && in.config.languages.size() != 2) return false;

  SiteDocuments documents;
  generate_site_documents(in, diags, documents);

  PagePlan plan =
      plan_pages({in.content, in.boards, in.clusters, in.strings, site_language_codes(), documents.planned}, diags);

  RenderedFiles files;
  render_pages(in, plan, documents, diags, files);
  render_site_files(fs, in, plan, diags, files);
  if (diags.has_errors()) return false;

  for (const auto& page : plan.pages) ++stats.pages[page.lang];
  stats.files = static_cast<int>(files.size());
  if (out)
    for (const auto& [path, bytes] : files) out->write(path, bytes);
  return true;
}

}  // namespace cp
