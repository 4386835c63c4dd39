#include "site/render_units.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "site/site_pdfs.h"
#include "site/work_queue.h"

namespace cp {

namespace {

struct Unit {
  const Cluster* cluster = nullptr;  // its documents are rendered first
  std::vector<const Page*> pages;    // in plan order
};

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

struct UnitResult {
  Diagnostics diags;
  std::vector<std::pair<std::string, std::string>> files;  // output path, bytes
  std::vector<BuildCache::UnitFile> linked;                // or, from the cache
  PdfIndex pdfs;
  int pdfs_from_cache = 0;
  int pages_from_cache = 0;
  bool hit = false;  // the whole unit came from the cache
};

bool is_pdf(const std::string& path) { return path.ends_with(".pdf"); }

}  // namespace

RenderedUnits render_units(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents,
                      const RenderUnitsOptions& options, Diagnostics& diags, const FileSink& sink) {
  std::optional<PageContext> own_context;
  if (!options.context) own_context.emplace(in, plan);
  const PageContext& context = options.context ? *options.context : *own_context;
  const SitePdfs site_pdfs(in, plan, documents, in.pdf);
  // PDFs are made only from inputs without errors: a broken site gets none.
  const bool make_pdfs = options.pdfs == PdfLinks::Make && !diags.has_errors();
  const std::vector<Unit> units = cut_into_units(plan, options.wanted);
  std::vector<UnitResult> results(units.size());

  // A cluster's unit comes from the build cache when it has it: linked, not
  // made. Only a unit made without any message is stored (from the cache,
  // it would not repeat the message).
  BuildCache* cache = make_pdfs && options.link ? options.cache : nullptr;
  auto from_cache = [&](const Unit& unit, UnitResult& r, const std::vector<BuildCache::UnitFile>& files) {
    for (const Page* page : unit.pages) {
      std::string url = site_pdfs.url(*page);
      if (url.empty()) continue;
      for (const auto& f : files)
        if (f.path == page->lang + "/" + url) r.pdfs[{page->key, page->lang}] = PdfFile{url, f.bytes};
    }
    for (const auto& f : files) r.pdfs_from_cache += is_pdf(f.path);
    r.linked = files;
    r.hit = true;
  };
  auto make = [&](size_t i) {
    const Unit& unit = units[i];
    UnitResult& r = results[i];
    std::string unit_key;
    if (cache && unit.cluster) {
      unit_key = cache->unit_key(*unit.cluster, unit.pages, true);
      if (auto hit = cache->get_unit(unit_key)) return from_cache(unit, r, *hit);
    }
    std::optional<ClusterDocuments> docs;
    if (unit.cluster) docs = documents.render(in, *unit.cluster, r.diags);
    const bool unit_ok = !r.diags.has_errors();
    // The PDFs first: the pages link them with their sizes.
    for (const Page* page : unit.pages) {
      if (options.pdfs == PdfLinks::None) break;
      std::string url = site_pdfs.url(*page);
      if (url.empty()) continue;
      if (options.pdfs == PdfLinks::LinkOnly) {
        r.pdfs[{page->key, page->lang}] = PdfFile{url, 0};
        continue;
      }
      if (!make_pdfs || !unit_ok) continue;
      // The PDF of a page that is not a cluster's (the guide) is cached on
      // its own; a cluster's, with its unit.
      BuildCache* pdf_cache = unit.cluster ? nullptr : options.cache;
      std::optional<std::string> bytes;
      std::string key;
      if (pdf_cache) {
        key = pdf_cache->key(*page, url);
        if ((bytes = pdf_cache->get(key))) ++r.pdfs_from_cache;
      }
      if (!bytes) {
        Diagnostics pdf_diags;
        bytes = site_pdfs.render(*page, docs ? &*docs : nullptr, pdf_diags);
        if (pdf_cache && bytes && pdf_diags.all().empty()) pdf_cache->put(key, *bytes);
        r.diags.append(pdf_diags);
      }
      if (!bytes) continue;
      r.pdfs[{page->key, page->lang}] = PdfFile{url, bytes->size()};
      r.files.emplace_back(page->lang + "/" + url, std::move(*bytes));
    }
    const PdfIndex* links = options.pdfs == PdfLinks::None ? nullptr : &r.pdfs;
    for (const Page* page : unit.pages) {
      const DocNode* tree = page->document && docs ? &docs->of(page->document).trees.at(page->lang) : nullptr;
      if (page->document && !tree) continue;
      if (auto html = render_page(context, *page, tree, links, r.diags))
        r.files.emplace_back(output_path(*page), std::move(*html));
      if (auto calendar = calendar_file(in, *page)) r.files.push_back(std::move(*calendar));
    }
    if (!unit_key.empty() && unit_ok && r.diags.all().empty()) {
      if (auto stored = cache->put_unit(unit_key, r.files)) {
        r.files.clear();
        r.linked = std::move(*stored);
      }
    }
  };
  auto hand_over = [&](UnitResult& r) {
    for (auto& [path, bytes] : r.files) sink(path, std::move(bytes));
    for (const auto& f : r.linked) {
      options.link(f.path, f.cached);
      if (r.hit && f.path.ends_with(".html")) ++r.pages_from_cache;
    }
    r.files.clear();
    r.linked.clear();
  };
  // Files go out from the thread that made them when the sink allows it:
  // creating thousands of small files is the slow part of writing, and two
  // threads creating them take a third of the time one does.
  auto work = [&](size_t i) {
    make(i);
    if (options.sink_on_any_thread) hand_over(results[i]);
  };
  RenderedUnits all;
  auto consume = [&](size_t i) {
    UnitResult& r = results[i];
    if (!options.sink_on_any_thread) hand_over(r);
    diags.append(r.diags);
    all.pages_from_cache += r.pages_from_cache;
    all.pdfs_from_cache += r.pdfs_from_cache;
    all.pdfs.merge(r.pdfs);
    r = UnitResult();
  };
  // A unit holds a cluster's documents, PDFs and pages: a couple per thread
  // may wait to be handed over.
  run_ordered(units.size(), options.jobs, 2 * static_cast<size_t>(std::max(options.jobs, 1)), work, consume);
  return all;
}

}  // namespace cp
