#pragma once
// Which pages the site has, in which language, at which address: the
// content pages, and the pages generated from data (key actions, health
// boards, clusters, 404). Every page exists in both languages; where a
// content page lacks a translation, the other language gets an honest
// notice page in its own language (and a warning), never a copy.
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "data/language.h"
#include "diag/diagnostic.h"
#include "i18n/ui_strings.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "pages/page_kind.h"

namespace cp {

// A governance document generated for a cluster (the page plan only needs
// where it goes and what it is called).
struct PlannedDocument {
  const Cluster* cluster = nullptr;
  std::string id;  // "terms-of-reference", "sbar/sbar-pharmacist"
  Text title;
  std::string template_id;  // the governance template that makes it
  std::string made_from;    // the section of the cluster file it is made from ("risks")
  std::string body;         // a body's terms of reference: which body
};

// Where a document comes in a cluster's list and pack: the standing
// documents first, then the papers (SBARs), then the business cases.
int document_rank(const std::string& id);

struct Page {
  std::string key;   // language-neutral: "index", "guide/01-vision", "board/powys"
  Language lang = Language::en;
  PageKind kind = PageKind::Page;
  std::string url;   // below the language root: "", "guide/vision/", "404.html"
  std::string title;
  std::string summary;
  std::string parent_key;                 // breadcrumbs; "" for the home page
  const SourcePage* source = nullptr;     // content pages
  const SourcePage* translation_of = nullptr;  // set on a notice page: the page in the other language
  const HealthBoard* board = nullptr;
  const Cluster* cluster = nullptr;
  const PlannedDocument* document = nullptr;
  int chapter = 0;
};

struct PlanInputs {
  const ContentTree& content;
  const std::vector<HealthBoard>& boards;
  const std::vector<Cluster>& clusters;
  const UiStrings& strings;
  std::vector<Language> languages;
  const std::vector<PlannedDocument>& documents;
};

class PagePlan {
 public:
  std::vector<Page> pages;  // in a stable order: by key, then language
  const Page* find(const std::string& key, Language lang) const;
};

PagePlan plan_pages(const PlanInputs& in, Diagnostics& diags);

// The title the plan gives a cluster's own page: the cluster's name.
std::string cluster_page_title(const Cluster& cluster, Language lang);

// After an edit of `cluster` that keeps the plan (the same documents under
// the same titles, `serve`), gives its own pages the titles the planner
// would give them now.
void retitle_cluster_pages(PagePlan& plan, const Cluster& cluster);

}  // namespace cp
