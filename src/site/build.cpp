#include "site/build.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "content/page_plan.h"
#include "site/render_site.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"
#include "site/site_pdfs.h"

namespace cp {

namespace {

// CLUSTERPACK_TIMINGS=1 prints how long each stage took (for profiling).
class StageTimer {
 public:
  StageTimer() : enabled_(std::getenv("CLUSTERPACK_TIMINGS") != nullptr), last_(std::chrono::steady_clock::now()) {}
  void lap(const char* stage) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "  %-10s %8.1f ms\n", stage, std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

bool build_site(const FileSystem& fs, OutputWriter* out, Diagnostics& diags, SourceRegistry& sources,
                BuildStats& stats, const BuildOptions& options) {
  StageTimer timer;
  SiteInputs in;
  if (!load_site_inputs(fs, diags, sources, in) && in.config.languages.size() != 2) return false;
  timer.lap("load");

  SiteDocuments documents;
  generate_site_documents(in, diags, documents);
  timer.lap("documents");

  PagePlan plan =
      plan_pages({in.content, in.boards, in.clusters, in.strings, site_language_codes(), documents.planned}, diags);
  timer.lap("plan");

  RenderedFiles files;
  // PDFs first: the pages link to them with their sizes. A check (no
  // output) makes none; it has already validated what they are made of.
  PdfIndex pdfs;
  bool make_pdfs = out && options.pdfs;
  if (make_pdfs && !diags.has_errors()) {
    if (options.cache) options.cache->fingerprint(fs, in);
    pdfs = render_site_pdfs(in, plan, documents, in.pdf, diags, *out, options.jobs, options.cache);
  }
  timer.lap("pdfs");
  // Pages go straight to the output (its staging folder, swapped in only
  // when the build succeeds): memory stays flat however many clusters.
  int pages_written = 0;
  render_pages_to(
      in, plan, documents, diags,
      [&](const std::string& path, std::string html) {
        if (!out) return;  // a check renders every page for its messages, and keeps none
        out->write(path, html);
        ++pages_written;
      },
      nullptr, make_pdfs ? &pdfs : nullptr, options.jobs);
  timer.lap("pages");
  render_site_files(fs, in, plan, diags, files);
  timer.lap("site files");
  if (diags.has_errors()) {
    if (out) out->discard();  // the PDFs and pages already written
    return false;
  }

  for (const auto& page : plan.pages) ++stats.pages[page.lang];
  stats.pdfs = static_cast<int>(pdfs.size());
  if (make_pdfs && options.cache) {
    stats.pdfs_from_cache = options.cache->hits();
    options.cache->keep_only_used();
  }
  stats.files = static_cast<int>(files.size() + pdfs.size()) + pages_written;
  if (out)
    for (const auto& [path, bytes] : files) out->write(path, bytes);
  return true;
}

}  // namespace cp
