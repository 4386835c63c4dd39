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
#include "serve/live_pdfs.h"
#include "site/site.h"

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
  bool has_pdf(const std::string& output_path) const { return pdfs_.page_of(output_path) != nullptr; }
  // The PDF at `output_path` (one has_pdf() accepts): from the cache, or
  // made now from the last good site and kept. nullopt, with the reasons in
  // `diags`, when it cannot be made: the PDF renderer failed, or the last
  // update failed and the PDF is not in the cache (after a failed update
  // the inputs no longer match the last good pages).
  std::optional<std::string> pdf(const std::string& output_path, Diagnostics& diags);
  // The PDFs in the cache (for tests and the log).
  size_t cached_pdfs() const { return pdfs_.kept_count(); }
  // The errors of the last update (empty when it succeeded).
  const Diagnostics& problems() const { return problems_; }
  const SourceRegistry& sources() const { return sources_; }
  // "full", "cluster", "content" or "layout": what the last update rebuilt.
  const std::string& last_scope() const { return scope_; }

 private:
  bool update_cluster(const std::string& path);
  bool update_page(const std::string& path);
  bool update_layout(const std::string& kind);
  // Renders the pages `wanted` accepts of the site planned anew from the
  // inputs as they are now (an edit in place that changed the plan), and
  // commits them.
  bool replan_and_render(const PageFilter& wanted);
  // Renders the pages `wanted` accepts with the plan as it is (an edit that
  // changed no page's title, address or list entry), and commits them.
  bool rerender(const PageFilter& wanted);
  // Renders the pages `wanted` accepts (all when empty) of `site` into
  // `made`; returns the PDFs they link.
  PdfIndex render_into(const Site& site, const PageFilter& wanted, RenderedFiles& made, Diagnostics& diags);
  // Puts the files of a render in place and notes which outputs changed.
  // A partial render (`whole` false) replaces only the pages it made; with
  // `replaced` (the plan before a replan whose pages moved), its pages that
  // the site no longer has go.
  void commit(RenderedFiles made, bool whole, const PagePlan* replaced);
  // After a commit: the PDFs of the pages `wanted` re-rendered (all when it
  // is empty), by `before` (the plan those pages were in), are made again
  // when next asked for; `links` are the PDFs the re-rendered pages link.
  void relink_pdfs(const PageFilter& wanted, const SitePlan* before, const PdfIndex& links);

  const FileSystem& fs_;
  std::unique_ptr<Site> site_;  // the last site planned (good, or an update in place that failed)
  RenderedFiles files_;
  mutable std::shared_mutex files_mutex_;  // held to change files_, and by file()
  std::set<std::string> changed_outputs_;
  Diagnostics problems_;
  SourceRegistry sources_;
  std::string scope_;
  LivePdfs pdfs_;  // the PDFs the pages of the last good site link
};

}  // namespace cp
