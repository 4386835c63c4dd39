#include "serve/live_site.h"

#include "content/content_tree.h"
#include "content/key_actions.h"
#include "content/source_page.h"
#include "pages/page_kind.h"
#include "site/render_units.h"
#include "site/site_pdfs.h"
#include "site/work_queue.h"

namespace cp {

namespace {

bool is_page_path(const std::string& path) { return path.starts_with("content/") && path.ends_with(".md"); }

bool same_text(const Text& a, const Text& b) { return a.en == b.en && a.cy == b.cy; }

bool same_key_actions(const KeyActionGuide& a, const KeyActionGuide& b) {
  if (a.chapters.size() != b.chapters.size()) return false;
  for (size_t i = 0; i < a.chapters.size(); ++i) {
    const auto& x = a.chapters[i];
    const auto& y = b.chapters[i];
    if (x.chapter != y.chapter || !same_text(x.title, y.title) || x.shared_with != y.shared_with ||
        x.actions.size() != y.actions.size())
      return false;
    for (size_t j = 0; j < x.actions.size(); ++j)
      if (!same_text(x.actions[j], y.actions[j])) return false;
  }
  return true;
}

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

void LiveSite::commit(RenderedFiles made, bool whole, const PagePlan* replanned) {
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
  if (replanned) {
    std::set<std::string> planned;
    for (const auto& page : replanned->pages) planned.insert(output_path(page));
    std::unique_lock lock(files_mutex_);
    for (const auto& page : plan_.pages) {
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
  return render(std::move(in), nullptr);
}

bool LiveSite::render(std::unique_ptr<SiteInputs> fresh, const PageFilter& wanted) {
  const SiteInputs& in = fresh ? *fresh : *in_;
  auto documents = std::make_unique<SiteDocuments>(in);
  Diagnostics diags;
  PagePlan plan =
      plan_pages({in.content, in.boards, in.clusters, in.strings, site_language_codes(), documents->planned()}, diags);
  RenderedFiles made;
  PdfIndex links = render_into(in, plan, *documents, nullptr, wanted, made, diags);
  // The sitemaps list the pages' addresses: an update that keeps them all
  // (almost every edit) leaves the site files as they are. The same pages
  // at the same places, the common case, is checked without building the
  // set of every page's path.
  const bool pages_moved = !wanted || !same_pages(plan, plan_);
  if (pages_moved)
    render_site_files(fs_, in, plan, diags,
                      [&](const std::string& path, std::string bytes) { made[path] = std::move(bytes); });
  // An update in place (a cluster's data, a page) has already changed in_:
  // its documents are planned from it, whatever the outcome. The old plan
  // points into the old ones until it is replaced below (after a failure,
  // nothing reads it: pdf() refuses while there are problems).
  std::unique_ptr<SiteDocuments> retired;
  if (!fresh) {
    retired = std::move(documents_);
    documents_ = std::move(documents);
  }
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  if (fresh) {
    in_ = std::move(fresh);
    documents_ = std::move(documents);
  }
  problems_ = Diagnostics{};
  commit(std::move(made), !wanted, pages_moved ? &plan : nullptr);
  drop_pdf_links(wanted);
  plan_ = std::move(plan);
  context_ = std::make_unique<PageContext>(*in_, plan_);
  update_pdfs(wanted, links);
  return true;
}

PdfIndex LiveSite::render_into(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents,
                               const PageContext* context, const PageFilter& wanted, RenderedFiles& made,
                               Diagnostics& diags) const {
  // Each page links its PDF at the build's URL. The PDF is made only when it
  // is asked for, so its size is not known yet (the link says "PDF").
  RenderUnitsOptions options;
  options.wanted = wanted;
  options.pdfs = PdfLinks::LinkOnly;
  options.jobs = default_jobs();
  options.context = context;
  return render_units(in, plan, documents, options, diags,
                      [&](const std::string& path, std::string bytes) { made[path] = std::move(bytes); })
      .pdfs;
}

bool LiveSite::rerender(const PageFilter& wanted) {
  Diagnostics diags;
  RenderedFiles made;
  PdfIndex links = render_into(*in_, plan_, *documents_, context_.get(), wanted, made, diags);
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  problems_ = Diagnostics{};
  commit(std::move(made), false, nullptr);
  drop_pdf_links(wanted);
  update_pdfs(wanted, links);
  return true;
}

void LiveSite::drop_pdf_links(const PageFilter& wanted) {
  // The PDF links of the pages re-rendered are replaced; of the others, kept.
  if (!wanted) {
    pdf_pages_.clear();
    pdf_of_page_.clear();
    return;
  }
  for (const auto& page : plan_.pages) {
    if (!wanted(page)) continue;
    auto link = pdf_of_page_.find({page.key, page.lang});
    if (link == pdf_of_page_.end()) continue;
    if (pdf_cache_.erase(link->second)) changed_outputs_.insert(link->second);
    pdf_pages_.erase(link->second);
    pdf_of_page_.erase(link);
  }
}

void LiveSite::update_pdfs(const PageFilter& wanted, const PdfIndex& links) {
  // A re-rendered page may have new content, so its PDF is made again when
  // it is next asked for. Its path counts as changed when a cached copy was
  // dropped or the page itself changed.
  for (const auto& [page_id, pdf] : links) {
    std::string path = page_id.second + "/" + pdf.url;
    const Page* page = plan_.find(page_id.first, page_id.second);
    if (pdf_cache_.erase(path) > 0 || (page && changed_outputs_.count(output_path(*page)) > 0))
      changed_outputs_.insert(path);
    pdf_pages_[path] = page_id;
    pdf_of_page_[page_id] = path;
  }
  if (wanted) return;
  // After a whole render: the PDFs of pages that are gone.
  for (auto it = pdf_cache_.begin(); it != pdf_cache_.end();) {
    if (pdf_pages_.count(it->first)) {
      ++it;
    } else {
      changed_outputs_.insert(it->first);
      it = pdf_cache_.erase(it);
    }
  }
}

std::optional<std::string> LiveSite::pdf(const std::string& output_path, Diagnostics& diags) {
  auto cached = pdf_cache_.find(output_path);
  if (cached != pdf_cache_.end()) return cached->second;
  auto where = pdf_pages_.find(output_path);
  if (where == pdf_pages_.end()) return std::nullopt;
  if (!in_ || problems_.has_errors()) {
    diags = problems_;
    return std::nullopt;
  }
  const Page* page = plan_.find(where->second.first, where->second.second);
  if (!page) return std::nullopt;
  SitePdfs pdfs(*in_, plan_, *documents_, in_->pdf);
  std::optional<ClusterDocuments> docs;
  if (page->cluster) docs = documents_->render(*in_, *page->cluster, diags);
  if (diags.has_errors()) return std::nullopt;
  std::optional<std::string> bytes = pdfs.render(*page, docs ? &*docs : nullptr, diags);
  if (!bytes || diags.has_errors()) return std::nullopt;
  pdf_cache_[output_path] = *bytes;
  return bytes;
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
  // Its documents are checked as they are rendered with its pages. When
  // they have errors the site already holds the new data; nothing reads it
  // until the next change, which reads the whole site again.
  // What the lists of clusters show of it (its board's page, the page of
  // all boards, and the resource pack index, whose examples name clusters).
  const Cluster& old = in_->clusters[index];
  bool listed_the_same = old.name.en == cluster->name.en && old.name.cy == cluster->name.cy &&
                         old.population == cluster->population && old.example == cluster->example;
  bool same_board = old.board_id == cluster->board_id;
  in_->clusters[index] = std::move(*cluster);
  const Cluster* changed = &in_->clusters[index];
  std::string board_key = "board/" + changed->board_id;
  auto its_pages = [changed](const Page& page) { return page.cluster == changed; };
  auto its_pages_and_lists = [changed, board_key](const Page& page) {
    return page.cluster == changed || page.key == board_key || page.key == "health-boards" || page.kind == PageKind::Packs;
  };
  // The common edit: the same documents under the same titles. The plan
  // stays (its cluster page takes the cluster's name); the cluster's pages
  // are rendered again, and the lists of clusters when what they show of it
  // changed.
  if (same_board && documents_->replan(*in_, *changed)) {
    retitle_cluster_pages(plan_, *changed);
    if (listed_the_same) return rerender(its_pages);
    return rerender(its_pages_and_lists);
  }
  return render(nullptr, its_pages_and_lists);
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
  // The common edit: the body alone. Only the page itself shows it, and the
  // guide's PDF, which its front page links (re-rendering that page drops
  // the cached PDF). Its title, summary or address appear on other pages:
  // when the front matter changes, every content page is rendered again.
  bool body_only = target->front == page->front && target->body_line == page->body_line;
  *target = std::move(*page);
  if (body_only && in_->content.pages.size() > 0) {
    const SourcePage* edited = target;
    return rerender([edited](const Page& p) { return p.source == edited || p.key == "guide/_index"; });
  }
  // The chapters' front matter holds the guide's key actions, which the
  // clusters' self-assessments quote: when they change, everything is
  // made again.
  if (!same_key_actions(key_action_guide(in_->content), in_->key_actions)) return rebuild_all();
  // Content pages link to each other and list chapters: re-render them all
  // (a few dozen), but none of the cluster and document pages.
  return render(nullptr, [](const Page& p) { return p.cluster == nullptr && p.board == nullptr; });
}

bool LiveSite::update_layout(const std::string& kind) {
  scope_ = "layout";
  Diagnostics diags;
  TemplateSet layouts;
  layouts.load(fs_, in_->theme_dir, diags, sources_);
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  in_->layouts = layouts;
  return rerender([kind](const Page& page) { return to_string(page.kind) == kind; });
}

bool LiveSite::apply(const std::vector<std::string>& changed) {
  // After a failed update, the whole site is read again, so every file that
  // is still broken keeps its error on the overlay.
  if (!in_ || problems_.has_errors()) return rebuild_all();
  if (changed.size() == 1 && is_cluster_file(changed[0])) return update_cluster(changed[0]);
  if (changed.size() == 1 && is_page_path(changed[0])) return update_page(changed[0]);
  if (changed.size() == 1) {
    // A layout that one kind of page uses (not the base every page is set
    // in, nor the root page's): only the pages of that kind change.
    const std::string prefix = in_->theme_dir + "/layouts/", suffix = ".mustache";
    const std::string& path = changed[0];
    if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() + suffix.size() &&
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0) {
      std::string kind = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
      if (kind != "base" && kind != "root" && kind.find('/') == std::string::npos && in_->layouts.has_layout(kind) &&
          fs_.read(path))
        return update_layout(kind);
    }
  }
  return rebuild_all();
}

}  // namespace cp
