#include "site/site.h"

namespace cp {

Site::Site(std::unique_ptr<SiteInputs> in, Diagnostics& diags)
    : in_(std::move(in)), plan_(std::make_unique<SitePlan>(*in_, diags)) {}

bool Site::keep_plan(const Cluster& cluster) {
  if (!plan_->documents.replan(*in_, cluster)) return false;
  retitle_cluster_pages(plan_->pages, cluster);
  return true;
}

std::unique_ptr<SitePlan> Site::replan(Diagnostics& diags) {
  auto fresh = std::make_unique<SitePlan>(*in_, diags);
  plan_.swap(fresh);
  return fresh;
}

RenderedUnits Site::render(const RenderRequest& request, Diagnostics& diags, const UnitSink& sink) const {
  return render_units(*in_, *plan_, request, diags, sink);
}

void Site::render_site_files(const FileSystem& fs, Diagnostics& diags, const FileSink& sink) const {
  cp::render_site_files(fs, *in_, plan_->pages, diags, sink);
}

std::string Site::pdf_path(const Page& page, const SitePlan* plan) const {
  std::string url = (plan ? plan : plan_.get())->pdfs.url(page);
  return url.empty() ? url : code(page.lang) + "/" + url;
}

std::optional<std::string> Site::pdf(const Page& page, UnitCache& cache, Diagnostics& diags) const {
  auto make = [&](Diagnostics& made) -> std::optional<std::string> {
    std::optional<ClusterDocuments> docs;
    if (page.cluster) docs = plan_->documents.render(*in_, *page.cluster, made);
    if (made.has_errors()) return std::nullopt;
    return plan_->pdfs.render(page, docs ? &*docs : nullptr, made);
  };
  bool from_cache = false;
  return cache.pdf(page, pdf_path(page), make, diags, from_cache);
}

}  // namespace cp
