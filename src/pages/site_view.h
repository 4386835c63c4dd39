#pragma once
// What a page's data is made from: the site's inputs, its page plan and the
// PDFs made for its pages.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "content/content_tree.h"
#include "i18n/ui_strings.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "model/site_config.h"
#include "pages/page_plan.h"
#include "pages/plan_index.h"

namespace cp {

// A PDF the build made for a page (a document, a cluster's pack, the
// guide): where it is below the language root, and its size for the link.
// The live preview makes PDFs only when they are asked for, so it links them
// before their size is known: bytes 0, and the link says "PDF".
struct PdfFile {
  std::string url;  // "clusters/powys/north/north-pack-en.pdf"
  size_t bytes = 0;  // 0: not known yet
};
using PdfIndex = std::map<std::pair<std::string, Language>, PdfFile>;  // (page key, language) → PDF

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

}  // namespace cp
