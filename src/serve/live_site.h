#pragma once
// The site as `serve` keeps it in memory: the last good set of output
// files, and the inputs behind them. A change rebuilds only what it
// affects (docs/serve.md): a cluster's YAML re-reads that cluster and
// re-renders its pages, and the lists that name it when what they show
// changed; a content page re-renders itself, or every content page when its
// front matter changed; a layout of one kind of page re-renders the pages of
// that kind; anything else (site.yaml, the base layout, partials, strings,
// templates, files added or removed) rebuilds the whole site. The narrow
// updates keep the page plan when no title or address changed. When a
// change breaks the build the last good files stay, and the problems are
// kept for the error overlay.
//
// Pages link their PDFs at the build's URLs, but a PDF is made only when it
// is asked for (pdf()), then kept until an update re-renders its page.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "site/render_site.h"
#include "site/site_documents.h"
#include "site/site_inputs.h"

namespace cp {

class LiveSite {
 public:
  explicit LiveSite(const FileSystem& fs) : fs_(fs) {}

  // Builds everything; false when the build has errors (see problems()).
  bool rebuild_all();
  // Applies changed source paths (relative to the source root).
  bool apply(const std::vector<std::string>& changed);

  // Every file of the last good site. Not while an update may run: use file().
  const RenderedFiles& files() const { return files_; }
  // One file of the last good site; safe from any thread while an update
  // runs (it changes the files only at its end, under a lock).
  std::optional<std::string> file(const std::string& path) const;
  // The output paths the last successful update changed: pages and site
  // files, and the PDFs it dropped from the cache or whose page changed.
  const std::set<std::string>& changed_outputs() const { return changed_outputs_; }

  // Whether a page of the last good site links a PDF at `output_path`
  // ("en/health-boards/powys/north/north-pack-en.pdf").
  bool has_pdf(const std::string& output_path) const { return pdf_pages_.count(output_path) > 0; }
  // The PDF at `output_path` (one has_pdf() accepts): from the cache, or
  // made now from the last good site and kept. nullopt, with the reasons in
  // `diags`, when it cannot be made: the PDF renderer failed, or the last
  // update failed and the PDF is not in the cache (after a failed update
  // the inputs no longer match the last good pages).
  std::optional<std::string> pdf(const std::string& output_path, Diagnostics& diags);
  // The PDFs in the cache (for tests and the log).
  size_t cached_pdfs() const { return pdf_cache_.size(); }
  // The errors of the last update (empty when it succeeded).
  const Diagnostics& problems() const { return problems_; }
  const SourceRegistry& sources() const { return sources_; }
  // "full", "cluster", "content" or "layout": what the last update rebuilt.
  const std::string& last_scope() const { return scope_; }

 private:
  bool update_cluster(const std::string& path);
  bool update_page(const std::string& path);
  bool update_layout(const std::string& kind);
  // Plans the site and renders every page (`wanted` empty) or the pages
  // `wanted` accepts; on success the result replaces the files, and `in`
  // (when given) the inputs.
  bool render(std::unique_ptr<SiteInputs> in, const PageFilter& wanted);
  // Renders the pages `wanted` accepts with the plan as it is (an edit that
  // changed no page's title, address or list entry), and commits them.
  bool rerender(const PageFilter& wanted);
  // Drops the PDF links (and cached PDFs) of the pages of the current plan
  // that `wanted` accepts (all when it is empty).
  void drop_pdf_links(const PageFilter& wanted);
  // Renders the pages `wanted` accepts (all when empty) into `made`;
  // returns the PDFs they link. `context` is plan's, when kept.
  PdfIndex render_into(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents,
                       const PageContext* context, const PageFilter& wanted, RenderedFiles& made,
                       Diagnostics& diags) const;
  // Puts the files of a render in place and notes which outputs changed.
  // A partial render (`whole` false) replaces only the pages it made; with
  // `replanned` (a new plan whose pages moved), pages it no longer has go.
  void commit(RenderedFiles made, bool whole, const PagePlan* replanned);
  // After a commit: drops the cached PDFs of the pages `wanted` re-rendered
  // (all when it is empty) and of pages that are gone; `links` are the PDFs
  // the re-rendered pages link.
  void update_pdfs(const PageFilter& wanted, const PdfIndex& links);

  const FileSystem& fs_;
  std::unique_ptr<SiteInputs> in_;
  std::unique_ptr<SiteDocuments> documents_;  // planned from in_
  PagePlan plan_;
  std::unique_ptr<PageContext> context_;  // of plan_ (its lookups are built once)
  RenderedFiles files_;
  mutable std::shared_mutex files_mutex_;  // held to change files_, and by file()
  std::set<std::string> changed_outputs_;
  Diagnostics problems_;
  SourceRegistry sources_;
  std::string scope_;
  // PDF output path → (page key, language), for the pages of plan_.
  std::map<std::string, std::pair<std::string, std::string>> pdf_pages_;
  std::map<std::pair<std::string, std::string>, std::string> pdf_of_page_;  // the other way round
  std::map<std::string, std::string> pdf_cache_;  // PDF output path → bytes
};

}  // namespace cp
