#pragma once
// The site: its inputs, what they plan (site/site_plan.h), and the
// rendering of any set of its pages, with their units' PDFs, into a sink.
// `clusterpack build` renders one whole into the output; `serve` keeps one,
// changes its inputs in place as files are edited, and renders again only
// the pages an edit shows on (serve/live_site.h).
#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "site/render_units.h"
#include "site/site_inputs.h"
#include "site/site_plan.h"

namespace cp {

class Site {
 public:
  // Plans `in`; problems of the plan go to `diags`.
  Site(std::unique_ptr<SiteInputs> in, Diagnostics& diags);
  Site(const Site&) = delete;  // the plan points into the inputs
  Site& operator=(const Site&) = delete;

  const SiteInputs& inputs() const { return *in_; }
  // To change in place (serve's edits); then keep_plan() or replan().
  SiteInputs& inputs() { return *in_; }
  const PagePlan& plan() const { return plan_->pages; }

  // After `cluster` (one of the inputs') was changed in place: keeps the
  // plan when its documents are the same (ids and titles), giving its pages
  // its name; false when the site must be planned anew (replan()).
  bool keep_plan(const Cluster& cluster);
  // Plans again from the inputs as they are now. Returns the plan it
  // replaces, for comparing (pages gone, pages moved).
  std::unique_ptr<SitePlan> replan(Diagnostics& diags);

  // serve's edits: one source file read again into the inputs, in place,
  // saying what changed so that the caller renders only what shows it.
  // Gone: the file is not one the inputs have, or no longer exists (read
  // the whole site again); Failed: it has errors (in `diags`), and the
  // inputs are as they were.
  enum class Reread { Gone, Failed, Read };
  struct ClusterReread {
    Reread outcome = Reread::Gone;
    const Cluster* cluster = nullptr;  // the cluster read again
    bool same_board = false;
    // What the lists of clusters show of it (its board's page, the page of
    // all boards, the resource pack index) is the same.
    bool listed_the_same = false;
  };
  ClusterReread reread_cluster(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                               SourceRegistry& sources);
  struct PageReread {
    Reread outcome = Reread::Gone;
    const SourcePage* page = nullptr;  // the page read again
    bool body_only = false;            // its front matter is the same
    bool key_actions_changed = false;  // the guide's key actions (chapters' front matter) changed
  };
  PageReread reread_page(const FileSystem& fs, const std::string& path, Diagnostics& diags, SourceRegistry& sources);
  // The theme's layouts; false when they have errors (the inputs keep theirs).
  bool reread_layouts(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources);

  // The pages `request.wanted` accepts, and their PDFs as asked.
  RenderedUnits render(const RenderRequest& request, Diagnostics& diags, const UnitSink& sink) const;
  // The sitemaps, the root language chooser and the static assets.
  void render_site_files(const FileSystem& fs, Diagnostics& diags, const FileSink& sink) const;

  // Where the PDF of `page` goes below the output root
  // ("en/guide/guide-en.pdf"), by `plan` (this site's by default); empty
  // when the page has none.
  std::string pdf_path(const Page& page, const SitePlan* plan = nullptr) const;
  // The PDF of `page`, one with a pdf_path(), through `cache`: its
  // cluster's documents are rendered for it.
  std::optional<std::string> pdf(const Page& page, UnitCache& cache, Diagnostics& diags) const;

 private:
  std::unique_ptr<SiteInputs> in_;
  std::unique_ptr<SitePlan> plan_;
};

}  // namespace cp
