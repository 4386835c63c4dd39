#pragma once
// The site as `serve` keeps it in memory: the last good set of output
// files, and the inputs behind them. A change rebuilds only what it
// affects: a cluster's YAML re-reads that cluster and re-renders its pages
// and the lists that name it; a content page re-renders the content pages;
// anything else (site.yaml, layouts, strings, templates, files added or
// removed) rebuilds the whole site. When a change breaks the build the last
// good files stay, and the problems are kept for the error overlay.
#include <memory>
#include <set>
#include <string>
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

  const RenderedFiles& files() const { return files_; }
  // The output paths the last successful update changed.
  const std::set<std::string>& changed_outputs() const { return changed_outputs_; }
  // The errors of the last update (empty when it succeeded).
  const Diagnostics& problems() const { return problems_; }
  const SourceRegistry& sources() const { return sources_; }
  // "full" or "cluster" or "content": what the last update rebuilt.
  const std::string& last_scope() const { return scope_; }

 private:
  bool update_cluster(const std::string& path);
  bool update_page(const std::string& path);
  // Plans and renders the pages `wanted` accepts into a copy of the files.
  bool render(const PageFilter& wanted);
  void commit(RenderedFiles next);
  void regenerate_documents(Diagnostics& diags);

  const FileSystem& fs_;
  std::unique_ptr<SiteInputs> in_;
  std::vector<std::vector<GeneratedDocument>> documents_by_cluster_;
  SiteDocuments documents_;
  PagePlan plan_;
  RenderedFiles files_;
  std::set<std::string> changed_outputs_;
  Diagnostics problems_;
  SourceRegistry sources_;
  std::string scope_;
};

}  // namespace cp
