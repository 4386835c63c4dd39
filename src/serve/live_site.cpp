#include "serve/live_site.h"

#include "content/content_tree.h"
#include "pages/page_kind.h"
#include "site/work_queue.h"

namespace cp {

namespace {

bool is_page_path(const std::string& path) { return path.starts_with("content/") && path.ends_with(".md"); }

// The same pages at the same addresses (what the sitemaps and the removal
// of pages depend on).
bool same_pages(const PagePlan& a, const PagePlan& b) {
  if (a.pages.size() != b.pages.size()) return false;
  for (size_t i = 0; i < a.pages.size(); ++i)
    if (a.pages[i].key != b.pages[i].key || a.pages[i].lang != b.pages[i].lang || a.pages[i].url != b.pages[i].url)
      return false;
  return true;
}

}  // namespace

std::optional<std::string> LiveSite::file(const std::string& path) const {
  std::shared_lock lock(files_mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

void LiveSite::commit(RenderedFiles made, bool whole, const PagePlan* replaced) {
  // Only this thread changes files_: it reads them without the lock, and
  // holds it only while it changes them.
  changed_outputs_.clear();
  if (whole) {
    for (const auto& [path, bytes] : made) {
      auto it = files_.find(path);
      if (it == files_.end() || it->second != bytes) changed_outputs_.insert(path);
    }
    for (const auto& [path, bytes] : files_)
      if (!made.count(path)) changed_outputs_.insert(path);
    RenderedFiles old;
    {
      std::unique_lock lock(files_mutex_);
      old.swap(files_);
      files_ = std::move(made);
    }
    return;  // the old files are freed without the lock
  }
  // Pages that are no longer planned go (a cluster that dropped an SBAR).
  if (replaced) {
    std::set<std::string> planned;
    for (const auto& page : site_->plan().pages) planned.insert(output_path(page));
    std::unique_lock lock(files_mutex_);
    for (const auto& page : replaced->pages) {
      std::string path = output_path(page);
      if (!planned.count(path) && files_.erase(path)) changed_outputs_.insert(path);
    }
  }
  std::vector<std::pair<std::string, std::string>> changed;
  for (auto& [path, bytes] : made) {
    auto it = files_.find(path);
    if (it != files_.end() && it->second == bytes) continue;
    changed_outputs_.insert(path);
    changed.emplace_back(path, std::move(bytes));
  }
  std::unique_lock lock(files_mutex_);
  for (auto& [path, bytes] : changed) files_[path] = std::move(bytes);
}

bool LiveSite::rebuild_all() {
  scope_ = "full";
  Diagnostics diags;
  SourceRegistry sources;
  auto in = std::make_unique<SiteInputs>();
  LoadOptions load;
  load.jobs = default_jobs();
  load_site_inputs(fs_, diags, sources, *in, load);
  sources_ = sources;
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  auto site = std::make_unique<Site>(std::move(in), diags);
  RenderedFiles made;
  PdfIndex links = render_into(*site, nullptr, made, diags);
  site->render_site_files(fs_, diags,
                          [&](const std::string& path, std::string bytes) { made[path] = std::move(bytes); });
  if (diags.has_errors()) {
    problems_ = diags;
    return false;  // the last good site stays
  }
  problems_ = Diagnostics{};
  site_ = std::move(site);
  commit(std::move(made), true, nullptr);
  relink_pdfs(nullptr, nullptr, links);
  return true;
}

bool LiveSite::replan_and_render(const PageFilter& wanted) {
  // The inputs changed in place: the new plan is kept whatever the outcome.
  // After a failure nothing reads it (pdf() refuses while there are
  // problems) until the next change, which reads the whole site again.
  Diagnostics diags;
  std::unique_ptr<SitePlan> before = site_->replan(diags);
  RenderedFiles made;
  PdfIndex links = render_into(*site_, wanted, made, diags);
  // The sitemaps list the pages' addresses: an update that keeps them all
  // (almost every edit) leaves the site files as they are. The same pages
  // at the same places, the common case, is checked without building the
  // set of every page's path.
  const bool pages_moved = !same_pages(site_->plan(), before->pages);
  if (pages_moved)
    site_->render_site_files(fs_, diags,
                             [&](const std::string& path, std::string bytes) { made[path] = std::move(bytes); });
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  problems_ = Diagnostics{};
  commit(std::move(made), false, pages_moved ? &before->pages : nullptr);
  relink_pdfs(wanted, before.get(), links);
  return true;
}

PdfIndex LiveSite::render_into(const Site& site, const PageFilter& wanted, RenderedFiles& made, Diagnostics& diags) {
  // Each page links its PDF at the build's URL. The PDF is made only when it
  // is asked for, so its size is not known yet (the link says "PDF").
  RenderRequest request;
  request.wanted = wanted;
  request.pdfs = PdfLinks::LinkOnly;
  request.cache = &pdfs_;
  request.jobs = default_jobs();
  UnitSink sink;
  sink.write = [&](const std::string& path, std::string bytes) { made[path] = std::move(bytes); };
  return site.render(request, diags, sink).pdfs;
}

bool LiveSite::rerender(const PageFilter& wanted) {
  Diagnostics diags;
  RenderedFiles made;
  PdfIndex links = render_into(*site_, wanted, made, diags);
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  problems_ = Diagnostics{};
  commit(std::move(made), false, nullptr);
  relink_pdfs(wanted, nullptr, links);
  return true;
}

void LiveSite::relink_pdfs(const PageFilter& wanted, const SitePlan* before, const PdfIndex& links) {
  // A re-rendered page may have new content, so its PDF is made again when
  // it is next asked for. Its path counts as changed when a copy made
  // before was dropped or the page itself changed. The PDFs of the other
  // pages stay linked, and kept.
  auto dropped = [&](const std::string& path) { changed_outputs_.insert(path); };
  if (!wanted) {
    pdfs_.unlink_all(dropped);
  } else {
    for (const auto& page : before ? before->pages.pages : site_->plan().pages) {
      if (!wanted(page)) continue;
      std::string path = site_->pdf_path(page, before);
      if (!path.empty() && pdfs_.unlink(path)) dropped(path);
    }
  }
  for (const auto& [page_id, pdf] : links) {
    std::string path = code(page_id.second) + "/" + pdf.url;
    const Page* page = site_->plan().find(page_id.first, page_id.second);
    if (pdfs_.link(path, page_id) || (page && changed_outputs_.count(output_path(*page)) > 0)) dropped(path);
  }
}

std::optional<std::string> LiveSite::pdf(const std::string& output_path, Diagnostics& diags) {
  if (const std::string* kept = pdfs_.kept(output_path)) return *kept;
  const LivePdfs::PageId* linked = pdfs_.page_of(output_path);
  if (!linked) return std::nullopt;
  if (!site_ || problems_.has_errors()) {
    diags = problems_;
    return std::nullopt;
  }
  const Page* page = site_->plan().find(linked->first, linked->second);
  if (!page) return std::nullopt;
  return site_->pdf(*page, pdfs_, diags);
}

bool LiveSite::update_cluster(const std::string& path) {
  scope_ = "cluster";
  Diagnostics diags;
  Site::ClusterReread edit = site_->reread_cluster(fs_, path, diags, sources_);
  if (edit.outcome == Site::Reread::Gone) return rebuild_all();  // added or removed
  if (edit.outcome == Site::Reread::Failed) {
    problems_ = diags;
    return false;
  }
  // When its documents have errors (found as they are rendered with its
  // pages) the site already holds the new data; nothing reads it until the
  // next change, which reads the whole site again.
  const Cluster* changed = edit.cluster;
  std::string board_key = "board/" + changed->board_id;
  auto its_pages = [changed](const Page& page) { return page.cluster == changed; };
  auto its_pages_and_lists = [changed, board_key](const Page& page) {
    return page.cluster == changed || page.key == board_key || page.key == "health-boards" || page.kind == PageKind::Packs;
  };
  // The common edit: the same documents under the same titles. The plan
  // stays (its cluster page takes the cluster's name); the cluster's pages
  // are rendered again, and the lists of clusters when what they show of it
  // changed.
  if (edit.same_board && site_->keep_plan(*changed)) {
    if (edit.listed_the_same) return rerender(its_pages);
    return rerender(its_pages_and_lists);
  }
  return replan_and_render(its_pages_and_lists);
}

bool LiveSite::update_page(const std::string& path) {
  scope_ = "content";
  Diagnostics diags;
  Site::PageReread edit = site_->reread_page(fs_, path, diags, sources_);
  if (edit.outcome == Site::Reread::Gone) return rebuild_all();
  if (edit.outcome == Site::Reread::Failed) {
    problems_ = diags;
    return false;
  }
  // The common edit: the body alone. Only the page itself shows it, and the
  // guide's PDF, which its front page links (re-rendering that page drops
  // the cached PDF). Its title, summary or address appear on other pages:
  // when the front matter changes, every content page is rendered again.
  if (edit.body_only) {
    const SourcePage* edited = edit.page;
    return rerender([edited](const Page& p) { return p.source == edited || p.key == "guide/_index"; });
  }
  // The clusters' self-assessments quote the guide's key actions: when
  // they change, everything is made again.
  if (edit.key_actions_changed) return rebuild_all();
  // Content pages link to each other and list chapters: re-render them all
  // (a few dozen), but none of the cluster and document pages.
  return replan_and_render([](const Page& p) { return p.cluster == nullptr && p.board == nullptr; });
}

bool LiveSite::update_layout(const std::string& kind) {
  scope_ = "layout";
  Diagnostics diags;
  if (!site_->reread_layouts(fs_, diags, sources_)) {
    problems_ = diags;
    return false;
  }
  return rerender([kind](const Page& page) { return to_string(page.kind) == kind; });
}

bool LiveSite::apply(const std::vector<std::string>& changed) {
  // After a failed update, the whole site is read again, so every file that
  // is still broken keeps its error on the overlay.
  if (!site_ || problems_.has_errors()) return rebuild_all();
  if (changed.size() == 1 && is_cluster_file(changed[0])) return update_cluster(changed[0]);
  if (changed.size() == 1 && is_page_path(changed[0])) return update_page(changed[0]);
  if (changed.size() == 1) {
    // A layout that one kind of page uses (not the base every page is set
    // in, nor the root page's): only the pages of that kind change.
    const std::string prefix = site_->inputs().theme_dir + "/layouts/", suffix = ".mustache";
    const std::string& path = changed[0];
    if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() + suffix.size() &&
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0) {
      std::string kind = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
      if (kind != "base" && kind != "root" && kind.find('/') == std::string::npos &&
          site_->inputs().layouts.has_layout(kind) && fs_.read(path))
        return update_layout(kind);
    }
  }
  return rebuild_all();
}

}  // namespace cp
