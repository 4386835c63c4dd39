#pragma once
// The data a page's layout sees: what every page has (language, titles,
// navigation, breadcrumbs, language switch, alternates, UI strings) and
// what its kind adds (chapters, key actions, packs, boards, clusters).
// The names are documented in docs/theming.md.
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "content/page_plan.h"
#include "doc/tree.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "model/site_config.h"
#include "templates/strict_mustache.h"

namespace cp {

// A PDF the build made for a page (a document, a cluster's pack, the
// guide): where it is below the language root, and its size for the link.
// The live preview makes PDFs only when they are asked for, so it links them
// before their size is known: bytes 0, and the link says "PDF".
struct PdfFile {
  std::string url;  // "clusters/powys/north/north-pack-en.pdf"
  size_t bytes = 0;  // 0: not known yet
};
using PdfIndex = std::map<std::pair<std::string, std::string>, PdfFile>;  // (page key, language) → PDF

// "84 KB", "1.2 MB": what a link shows of a file's size.
std::string file_size_text(size_t bytes);

// Lookups over the page plan that many pages make (the search page, a
// cluster's documents, the guide's chapters), built once per build on
// first use: scanning the plan for each page made rendering quadratic.
struct PlanIndex {
  std::map<std::string, const Page*> search;  // by language
  std::map<std::pair<std::string, std::string>, std::vector<const Page*>> documents;  // (parent key, language)
  std::map<std::string, std::vector<const Page*>> chapters;  // by language, in chapter order
  // The first cluster document each template makes, by (template id,
  // language): the resource pack index links it as an example.
  // Keyed also "template/body" for a body's terms of reference.
  std::map<std::pair<std::string, std::string>, const Page*> first_document;
};
struct LazyPlanIndex {
  std::once_flag built;
  PlanIndex index;
};

struct SiteView {
  const SiteConfig& config;
  const UiStrings& strings;
  const PagePlan& plan;
  const ContentTree& content;
  const std::vector<HealthBoard>& boards;
  const std::vector<PackCategory>& packs;
  const std::vector<Cluster>& clusters;
  const std::set<std::string>& template_ids;  // governance templates that exist
  const PdfIndex* pdfs = nullptr;             // null when the build makes no PDFs (check)
  std::shared_ptr<LazyPlanIndex> index = std::make_shared<LazyPlanIndex>();  // filled by page_data
};

// The page's absolute address from its language's base URL.
std::string absolute_url(const SiteConfig& config, const Page& page);

// The href from a page to its counterpart in the other language: relative
// when both languages are published side by side (base URLs <p>/en/ and
// <p>/cy/, the layout of output/), absolute otherwise (Welsh on its own
// domain).
std::string cross_language_href(const SiteConfig& config, const Page& from, const Page& to);

// `body` is the page's document tree (content pages and generated
// documents), from which the in-page contents (`toc`) are taken; null for
// pages without a body.
TemplateData page_data(const SiteView& site, const Page& page, const std::string& content_html,
                       const DocNode* body = nullptr);

// What every page of a language sees besides its page_data: the UI strings
// (`t`). Built once per language and passed to TemplateSet::render as its
// shared data, not copied into each page's data (that was a quarter of a build).
TemplateData language_data(const SiteView& site, const std::string& lang);

}  // namespace cp
