#include "serve/live_site.h"

#include "content/key_actions.h"
#include "content/source_page.h"
#include "site/site_pdfs.h"

namespace cp {

namespace {

bool is_cluster_path(const std::string& path) {
  return path.rfind("content/clusters/", 0) == 0 && path.size() > 5 && path.compare(path.size() - 5, 5, ".yaml") == 0;
}

bool is_page_path(const std::string& path) {
  return path.rfind("content/", 0) == 0 && path.size() > 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

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

std::vector<GeneratedDocument> LiveSite::generate(const Cluster& cluster, const SiteInputs& in,
                                                  Diagnostics& diags) const {
  const HealthBoard* board = nullptr;
  for (const auto& b : in.boards)
    if (b.id == cluster.board_id) board = &b;
  // As the build does (generate_site_documents): self-assessments need the
  // guide's key actions, CND reports the indicator sets.
  return generate_documents(
      {cluster, board, in.templates, in.strings, site_language_codes(), in.today, &in.key_actions, &in.cnd_sets},
      diags);
}

bool LiveSite::rebuild_all() {
  scope_ = "full";
  Diagnostics diags;
  SourceRegistry sources;
  auto in = std::make_unique<SiteInputs>();
  load_site_inputs(fs_, diags, sources, *in);
  std::vector<std::vector<GeneratedDocument>> docs;
  if (in->config.languages.size() == 2)
    for (const auto& cluster : in->clusters) docs.push_back(generate(cluster, *in, diags));
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
  // The PDF each page links, at the build's URL. It is made only when it is
  // asked for, so its size is not known yet (the link says "PDF").
  PdfIndex pdfs;
  {
    SitePdfs site_pdfs(*in_, plan, documents_, in_->pdf);
    for (const auto& page : plan.pages) {
      std::string url = site_pdfs.url(page);
      if (!url.empty()) pdfs[{page.key, page.lang}] = PdfFile{url, 0};
    }
  }
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
  render_pages(*in_, plan, documents_, diags, next, wanted, &pdfs);
  render_site_files(fs_, *in_, plan, diags, next);
  if (diags.has_errors()) {
    problems_ = diags;
    return false;
  }
  plan_ = std::move(plan);
  problems_ = Diagnostics{};
  commit(std::move(next));
  update_pdfs(wanted, pdfs);
  return true;
}

void LiveSite::update_pdfs(const PageFilter& wanted, const PdfIndex& pdfs) {
  // A re-rendered page may have new content, so its PDF is made again when
  // it is next asked for. Its path counts as changed when a cached copy was
  // dropped or the page itself changed.
  for (const auto& page : plan_.pages) {
    if (wanted && !wanted(page)) continue;
    auto pdf = pdfs.find({page.key, page.lang});
    if (pdf == pdfs.end()) continue;
    std::string path = page.lang + "/" + pdf->second.url;
    if (pdf_cache_.erase(path) > 0 || changed_outputs_.count(output_path(page)) > 0) changed_outputs_.insert(path);
  }
  pdf_pages_.clear();
  for (const auto& [page, pdf] : pdfs) pdf_pages_[page.second + "/" + pdf.url] = page;
  // PDFs of pages that are gone.
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
  SitePdfs pdfs(*in_, plan_, documents_, in_->pdf);
  std::optional<std::string> bytes = pdfs.render(*page, diags);
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
  auto docs = generate(*cluster, *in_, diags);
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
  // The chapters' front matter holds the guide's key actions, which the
  // clusters' self-assessments quote: when they change, everything is
  // made again.
  if (!same_key_actions(key_action_guide(in_->content), in_->key_actions)) return rebuild_all();
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
