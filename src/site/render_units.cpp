#include "site/render_units.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "site/work_queue.h"

namespace cp {

namespace {

// A cluster's page and its documents' pages make one unit; the other pages
// go in small groups (a page alone is too little work to hand to a thread).
// Units come in the order of their first page in the plan.
std::vector<Unit> cut_into_units(const PagePlan& plan, const PageFilter& wanted) {
  constexpr size_t kPagesPerGroup = 16;
  std::vector<Unit> units;
  std::map<const Cluster*, size_t> unit_of_cluster;
  size_t open_group = SIZE_MAX;
  for (const auto& page : plan.pages) {
    if (wanted && !wanted(page)) continue;
    bool of_cluster = page.cluster && (page.kind == PageKind::Cluster || page.document);
    if (of_cluster) {
      auto [it, added] = unit_of_cluster.try_emplace(page.cluster, units.size());
      if (added) units.push_back({page.cluster, {}});
      units[it->second].pages.push_back(&page);
      continue;
    }
    if (open_group == SIZE_MAX || units[open_group].pages.size() >= kPagesPerGroup) {
      open_group = units.size();
      units.push_back({});
    }
    units[open_group].pages.push_back(&page);
  }
  return units;
}

// Makes a unit: its cluster's documents, then its PDFs (the pages link them
// with their sizes), then its pages. `cache` may give a PDF of a page that
// is not a cluster's; `make_pdfs` is false once the site has errors.
class UnitMaker {
 public:
  UnitMaker(const SiteInputs& in, const SitePlan& plan, PdfLinks pdfs, bool make_pdfs, UnitCache& cache)
      : in_(in), plan_(plan), pdfs_(pdfs), make_pdfs_(make_pdfs), cache_(cache) {}

  MadeUnit make(const Unit& unit) const {
    MadeUnit r;
    std::optional<ClusterDocuments> docs;
    if (unit.cluster) docs = plan_.documents.render(in_, *unit.cluster, r.diags);
    const bool unit_ok = !r.diags.has_errors();
    if (pdfs_ != PdfLinks::None)
      for (const Page* page : unit.pages) add_pdf(*page, docs ? &*docs : nullptr, unit_ok, r);
    const PdfIndex* links = pdfs_ == PdfLinks::None ? nullptr : &r.pdfs;
    for (const Page* page : unit.pages) {
      const DocNode* tree = page->document && docs ? &docs->of(page->document).trees.at(page->lang) : nullptr;
      if (page->document && !tree) continue;
      if (auto html = render_page(plan_.context, *page, tree, links, r.diags))
        r.files.emplace_back(output_path(*page), std::move(*html));
      if (auto calendar = calendar_file(in_, *page)) r.files.push_back(std::move(*calendar));
    }
    return r;
  }

 private:
  void add_pdf(const Page& page, const ClusterDocuments* docs, bool unit_ok, MadeUnit& r) const {
    std::string url = plan_.pdfs.url(page);
    if (url.empty()) return;
    if (pdfs_ == PdfLinks::LinkOnly) {
      r.pdfs[{page.key, page.lang}] = PdfFile{url, 0};
      return;
    }
    if (!make_pdfs_ || !unit_ok) return;
    const std::string path = code(page.lang) + "/" + url;
    bool from_cache = false;
    auto make = [&](Diagnostics& diags) { return plan_.pdfs.render(page, docs, diags); };
    std::optional<std::string> bytes = cache_.pdf(page, path, make, r.diags, from_cache);
    r.pdfs_from_cache += from_cache;
    if (!bytes) return;
    r.pdfs[{page.key, page.lang}] = PdfFile{url, bytes->size()};
    r.files.emplace_back(path, std::move(*bytes));
  }

  const SiteInputs& in_;
  const SitePlan& plan_;
  PdfLinks pdfs_;
  bool make_pdfs_;
  UnitCache& cache_;
};

// The PDFs of a unit that came whole from the cache, for the build's count.
void index_linked_pdfs(const Unit& unit, const SitePdfs& pdfs, MadeUnit& r) {
  for (const Page* page : unit.pages) {
    std::string url = pdfs.url(*page);
    if (url.empty() || r.pdfs.count({page->key, page->lang})) continue;
    for (const auto& f : r.linked)
      if (f.path == code(page->lang) + "/" + url) r.pdfs[{page->key, page->lang}] = PdfFile{url, f.bytes};
  }
}

}  // namespace

RenderedUnits render_units(const SiteInputs& in, const SitePlan& plan, const RenderRequest& request,
                           Diagnostics& diags, const UnitSink& sink) {
  NoCache no_cache;
  UnitCache& cache = request.cache ? *request.cache : no_cache;
  // PDFs are made only from inputs without errors: a broken site gets none.
  const UnitMaker maker(in, plan, request.pdfs, request.pdfs == PdfLinks::Make && !diags.has_errors(), cache);
  const std::vector<Unit> units = cut_into_units(plan.pages, request.wanted);
  std::vector<MadeUnit> results(units.size());

  auto make = [&](size_t i) {
    results[i] = cache.unit(units[i], [&] { return maker.make(units[i]); });
    if (!results[i].linked.empty()) index_linked_pdfs(units[i], plan.pdfs, results[i]);
  };
  auto hand_over = [&](MadeUnit& r) {
    for (auto& [path, bytes] : r.files) sink.write(path, std::move(bytes));
    for (const auto& f : r.linked) sink.link(f.path, f.cached);
    r.files.clear();
    r.linked.clear();
  };
  // Files go out from the thread that made them when the sink allows it:
  // creating thousands of small files is the slow part of writing, and two
  // threads creating them take a third of the time one does.
  auto work = [&](size_t i) {
    make(i);
    if (sink.any_thread) hand_over(results[i]);
  };
  RenderedUnits all;
  auto consume = [&](size_t i) {
    MadeUnit& r = results[i];
    if (!sink.any_thread) hand_over(r);
    diags.append(r.diags);
    all.pages_from_cache += r.pages_from_cache;
    all.pdfs_from_cache += r.pdfs_from_cache;
    all.pdfs.merge(r.pdfs);
    r = MadeUnit();
  };
  // A unit holds a cluster's documents, PDFs and pages: a couple per thread
  // may wait to be handed over.
  run_ordered(units.size(), request.jobs, 2 * static_cast<size_t>(std::max(request.jobs, 1)), work, consume);
  return all;
}

}  // namespace cp
