#include "serve/live_site.h"

#include "content/source_page.h"

namespace cp {

namespace {

bool is_cluster_path(const std::string& path) {
  return path.rfind("content/clusters/", 0) == 0 && path.size() > 5 && path.compare(path.size() - 5, 5, ".yaml") == 0;
}

bool is_page_path(const std::string& path) {
  return path.rfind("content/", 0) == 0 && path.size() > 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

}  // namespace

void LiveSite::commit(RenderedFiles next) {
  changed_outputs_.clear();
  for (const auto& [path, bytes] : next) {
    auto it = files_.find(path);
    if (it == files_.end() || it->second != bytes) changed_outputs_.insert(path);
  }
  for (const auto& [path, bytes] : files_)
    if (!next.count(path)) changed_outputs_.insert(path);
  files_ = std::move(next);
}

void LiveSite::regenerate_documents(Diagnostics& diags) {
  documents_ = SiteDocuments{};
  for (size_t i = 0; i < in_->clusters.size(); ++i) {
    for (const auto& doc : documents_by_cluster_[i]) {
      PlannedDocument planned;
      planned.cluster = &in_->clusters[i];
      planned.id = doc.id;
      planned.title = doc.title;
      documents_.generated.push_back(doc);
      documents_.planned.push_back(planned);
    }
  }
}

bool LiveSite::rebuild_all() {
  scope_ = "full";
  Diagnostics diags;
  SourceRegistry sources;
  auto in = std::make_unique<SiteInputs>();
  load_site_inputs(fs_, diags, sources, *in);
  std::vector<std::vector<GeneratedDocument>> docs;
  if (in->config.languages.size() == 2) {
    for (const auto& cluster : in->clusters) {
      const HealthBoard* board = nullptr;
      for (const auto& b : in->boards)
        if (b.id == cluster.board_id) board = &b;
      docs.push_back(generate_documents(
          {cluster, board, in->templates, in->strings, site_language_codes(), in->today}, diags));
    }
  }
  if (diags.has_errors()) {
    problems_ = diags;
    sources_ = sources;
    return false;
  }
  in_ = std::move(in);
  documents_by_cluster_ = std::move(docs);
  sources_ = sources;
  regenerate_documents(diags);
  if (!render(nullptr)) return false;
  return true;
}

bool LiveSite::render(const PageFilter& wanted) {
  Diagnostics diags;
  PagePlan plan = plan_pages(
      {in_->content, in_->boards, in_->clusters, in_->strings, site_language_codes(), documents_.planned}, diags);
  RenderedFiles next = wanted ? files_ : RenderedFiles{};
  if (wanted) {
    // Pages that no longer exist go; the filter re-renders the rest.
    for (auto it = next.begin(); it != next.end();) {
      bool is_page = it->first.size() > 5 && it->first.compare(it->first.size() - 5, 5, ".html") == 0;
      it = is_page && it->first != "index.html" ? next.erase(it) : std::next(it);
    }
    // Keep the pages the filter does not re-render.
    for (const auto& page : plan.pages) {
      if (wanted(page)) continue;
      auto old = files_.find(output_path(page));
      if (old != files_.end()) next[old->first] = old->second;
    }
  }
  render_pages(*in_, plan, documents_, diags, next, wanted);
  render_site_files(fs_, *in_, plan, diags, next);
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  plan_ = std::move(plan);
  problems_ = Diagnostics{};
  commit(std::move(next));
  return true;
}

bool LiveSite::update_cluster(const std::string& path) {
  scope_ = "cluster";
  size_t index = in_->clusters.size();
  for (size_t i = 0; i < in_->clusters.size(); ++i)
    if (in_->clusters[i].file == path) index = i;
  if (index == in_->clusters.size() || !fs_.read(path)) return rebuild_all();  // added or removed
  Diagnostics diags;
  auto cluster = load_cluster_file(fs_, path, *in_, diags, sources_);
  if (!cluster) {
    problems_ = diags;
    return false;
  }
  const HealthBoard* board = nullptr;
  for (const auto& b : in_->boards)
    if (b.id == cluster->board_id) board = &b;
  auto docs = generate_documents({*cluster, board, in_->templates, in_->strings, site_language_codes(), in_->today}, diags);
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  in_->clusters[index] = std::move(*cluster);
  documents_by_cluster_[index] = std::move(docs);
  regenerate_documents(diags);
  const Cluster* changed = &in_->clusters[index];
  std::string board_key = "board/" + changed->board_id;
  return render([&](const Page& page) {
    return page.cluster == changed || page.key == board_key || page.key == "health-boards";
  });
}

bool LiveSite::update_page(const std::string& path) {
  scope_ = "content";
  SourcePage* target = nullptr;
  for (auto& p : in_->content.pages)
    if (p.path == path) target = &p;
  auto text = fs_.read(path);
  if (!target || !text) return rebuild_all();
  Diagnostics diags;
  auto page = parse_source_page(path, *text, diags, sources_);
  if (!page || diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  *target = std::move(*page);
  // Content pages link to each other and list chapters: re-render them all
  // (a few dozen), but none of the cluster and document pages.
  return render([](const Page& p) { return p.cluster == nullptr && p.board == nullptr; });
}

bool LiveSite::apply(const std::vector<std::string>& changed) {
  // After a failed update, the whole site is read again, so every file that
  // is still broken keeps its error on the overlay.
  if (!in_ || problems_.has_errors()) return rebuild_all();
  if (changed.size() == 1 && is_cluster_path(changed[0])) return update_cluster(changed[0]);
  if (changed.size() == 1 && is_page_path(changed[0])) return update_page(changed[0]);
  return rebuild_all();
}

}  // namespace cp
