#include "pages/page_plan.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

namespace cp {

int document_rank(const std::string& id) {
  static const char* const order[] = {"terms-of-reference", "voting-system", "decision-tracker", "risk-register",
                                      "sbar/", "business-case/"};
  for (int i = 0; i < 6; ++i)
    if (id.rfind(order[i], 0) == 0) return i;
  return 6;
}

const Page* PagePlan::find(const std::string& key, Language lang) const {
  // Pages are kept sorted by (key, language): a binary search keeps
  // rendering linear in the number of pages.
  auto it = std::lower_bound(pages.begin(), pages.end(), std::tie(key, lang), [](const Page& p, const auto& wanted) {
    return std::tie(p.key, p.lang) < wanted;
  });
  if (it != pages.end() && it->key == key && it->lang == lang) return &*it;
  return nullptr;
}

namespace {

// "01-vision" → "vision": the order prefix is for the file list, not the URL.
std::string slug_from_stem(const std::string& stem) {
  size_t i = 0;
  while (i < stem.size() && std::isdigit(static_cast<unsigned char>(stem[i]))) ++i;
  if (i > 0 && i < stem.size() && stem[i] == '-') return stem.substr(i + 1);
  return stem;
}

PageKind kind_for(const std::string& key, const SourcePage& source) {
  if (key == "index") return PageKind::Home;
  if (key == "health-boards") return PageKind::Boards;
  if (key == "resource-pack/_index") return PageKind::Packs;
  if (key == "guide/_index") return PageKind::Guide;
  if (key == "search") return PageKind::Search;
  if (source.dir == "guide" && source.front.chapter) return PageKind::Chapter;
  return PageKind::Page;
}

class Planner {
 public:
  Planner(const PlanInputs& in, Diagnostics& diags) : in_(in), diags_(diags) {}

  PagePlan run() {
    std::vector<std::string> keys;
    for (const auto& p : in_.content.pages)
      if (std::find(keys.begin(), keys.end(), p.key) == keys.end()) keys.push_back(p.key);
    for (const char* required : {"index", "guide/_index", "resource-pack/_index", "health-boards"}) {
      if (std::find(keys.begin(), keys.end(), required) == keys.end())
        diags_.error({"content/" + std::string(required) + ".en.md", 0, 0}, "this page is missing",
                     "every site has it, in English and in Welsh (.en.md and .cy.md)");
    }
    for (const auto& key : keys) {
      for (Language lang : in_.languages) add_content_page(key, lang);
      check_translation_structure(key);
    }
    for (Language lang : in_.languages) add_generated_pages(lang);
    check_collisions();
    // Sorted by (key, language) through pointers, then moved once: moving
    // whole pages in the sort took a third of planning a thousand clusters.
    std::vector<Page*> order;
    order.reserve(plan_.pages.size());
    for (auto& p : plan_.pages) order.push_back(&p);
    std::stable_sort(order.begin(), order.end(),
                     [](const Page* a, const Page* b) { return std::tie(a->key, a->lang) < std::tie(b->key, b->lang); });
    PagePlan sorted;
    sorted.pages.reserve(order.size());
    for (Page* p : order) sorted.pages.push_back(std::move(*p));
    return sorted;
  }

 private:
  // The URL path of a content folder in a language, from the slugs of the
  // folders' _index pages: "guide" → "canllaw/".
  std::string folder_url(const std::string& dir, Language lang) const {
    if (dir.empty()) return "";
    std::string url, prefix;
    size_t start = 0;
    while (start <= dir.size()) {
      size_t slash = dir.find('/', start);
      std::string segment = dir.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      prefix += (prefix.empty() ? "" : "/") + segment;
      const SourcePage* index = find_page(in_.content, prefix + "/_index", lang);
      url += (index && !index->front.slug.empty() ? index->front.slug : segment) + "/";
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    return url;
  }

  std::string parent_of(const SourcePage& s) const {
    if (s.key == "index") return "";
    if (s.stem == "_index") {
      size_t slash = s.dir.rfind('/');
      std::string up = slash == std::string::npos ? "" : s.dir.substr(0, slash);
      return up.empty() ? "index" : up + "/_index";
    }
    if (s.dir.empty()) return "index";
    bool has_index = std::any_of(in_.content.pages.begin(), in_.content.pages.end(),
                                 [&](const SourcePage& p) { return p.key == s.dir + "/_index"; });
    return has_index ? s.dir + "/_index" : "index";
  }

  void add_content_page(const std::string& key, Language lang) {
    const SourcePage* source = find_page(in_.content, key, lang);
    const SourcePage* other = nullptr;
    for (const auto& p : in_.content.pages)
      if (p.key == key && p.lang != lang) other = &p;
    const SourcePage& known = source ? *source : *other;
    Page page;
    page.key = key;
    page.lang = lang;
    page.kind = source ? kind_for(key, *source) : PageKind::Untranslated;
    page.parent_key = parent_of(known);
    page.chapter = known.front.chapter.value_or(0);
    if (source) {
      page.source = source;
      page.title = source->front.title;
      page.summary = source->front.summary;
    } else {
      page.translation_of = other;
      page.title = in_.strings.get(lang, "untranslated_title");
      std::string expected = "content/" + key + "." + code(lang) + ".md";
      const auto& broken = in_.content.unreadable;
      if (std::find(broken.begin(), broken.end(), expected) == broken.end())
        diags_.warning({other->path, 0, 0}, "this page has no translation in '" + code(lang) + "' (" + expected + ")",
                       "until it exists, the " + code(lang) + " site shows a notice linking to this page");
    }
    std::string slug = source && !source->front.slug.empty() ? source->front.slug : slug_from_stem(known.stem);
    if (key == "index")
      page.url = "";
    else if (known.stem == "_index")
      page.url = folder_url(known.dir, lang);
    else
      page.url = folder_url(known.dir, lang) + slug + "/";
    plan_.pages.push_back(page);
  }

  std::string url_of(const std::string& key, Language lang) const {
    for (const auto& p : plan_.pages)
      if (p.key == key && p.lang == lang) return p.url;
    return "";
  }

  void add_generated_pages(Language lang) {
    const UiStrings& t = in_.strings;
    Page actions;
    actions.key = "guide/key-actions";
    actions.lang = lang;
    actions.kind = PageKind::KeyActions;
    actions.title = t.get(lang, "key_actions_title");
    actions.summary = t.get(lang, "key_actions_summary");
    actions.parent_key = "guide/_index";
    actions.url = url_of("guide/_index", lang) + t.get(lang, "key_actions_slug") + "/";
    plan_.pages.push_back(actions);

    std::string boards_url = url_of("health-boards", lang);
    for (const auto& board : in_.boards) {
      Page page;
      page.key = "board/" + board.id;
      page.lang = lang;
      page.kind = PageKind::Board;
      page.title = board.name.in(lang);
      page.summary = board.area.in(lang);
      page.parent_key = "health-boards";
      page.url = boards_url + board.id + "/";
      page.board = &board;
      plan_.pages.push_back(std::move(page));
    }
    for (const auto& cluster : in_.clusters) {
      Page page;
      page.key = "cluster/" + cluster.board_id + "/" + cluster.id;
      page.lang = lang;
      page.kind = PageKind::Cluster;
      page.title = cluster_page_title(cluster, lang);
      page.parent_key = "board/" + cluster.board_id;
      page.url = boards_url + cluster.board_id + "/" + cluster.id + "/";
      page.cluster = &cluster;
      for (const auto& b : in_.boards)
        if (b.id == cluster.board_id) page.board = &b;
      plan_.pages.push_back(std::move(page));
    }
    for (const auto& doc : in_.documents) {
      const Cluster& cluster = *doc.cluster;
      Page page;
      page.key = "doc/" + cluster.board_id + "/" + cluster.id + "/" + doc.id;
      page.lang = lang;
      page.kind = PageKind::Document;
      page.title = doc.title.in(lang);
      page.parent_key = "cluster/" + cluster.board_id + "/" + cluster.id;
      page.url = boards_url + cluster.board_id + "/" + cluster.id + "/" + doc.id + "/";
      page.cluster = &cluster;
      page.document = &doc;
      for (const auto& b : in_.boards)
        if (b.id == cluster.board_id) page.board = &b;
      plan_.pages.push_back(std::move(page));
    }
    Page not_found;
    not_found.key = "404";
    not_found.lang = lang;
    not_found.kind = PageKind::NotFound;
    not_found.title = t.get(lang, "not_found_title");
    not_found.parent_key = "index";
    not_found.url = "404.html";
    plan_.pages.push_back(not_found);
  }

  // Translations of a chapter must agree on what a cluster's
  // self-assessment refers to: the chapter number and its key actions,
  // which are matched by position ("3.2").
  void check_translation_structure(const std::string& key) {
    const SourcePage* en = find_page(in_.content, key, Language::en);
    const SourcePage* cy = find_page(in_.content, key, Language::cy);
    if (!en || !cy) return;
    const FrontMatter& a = en->front;
    const FrontMatter& b = cy->front;
    if (a.chapter != b.chapter)
      diags_.error({cy->path, 0, 0}, "the chapter number differs from " + en->path,
                   "translations of a chapter have the same 'chapter'");
    if (a.key_actions.size() != b.key_actions.size())
      diags_.error({cy->path, 0, 0},
                   "this page has " + std::to_string(b.key_actions.size()) + " key actions but " + en->path + " has " +
                       std::to_string(a.key_actions.size()),
                   "key actions are matched by position in both languages; give the same list in each");
    if (a.key_actions_shared_with != b.key_actions_shared_with)
      diags_.error({cy->path, 0, 0}, "'key_actions_shared_with' differs from " + en->path,
                   "give both languages of the chapter the same 'key_actions_shared_with'");
  }

  void check_collisions() {
    // Pages in (language, address) order, in plan order where equal: each
    // page that shares the address of the one before collides with the
    // first of them.
    std::vector<const Page*> order;
    order.reserve(plan_.pages.size());
    for (const auto& p : plan_.pages) order.push_back(&p);
    std::stable_sort(order.begin(), order.end(),
                     [](const Page* a, const Page* b) { return std::tie(a->lang, a->url) < std::tie(b->lang, b->url); });
    const Page* head = nullptr;
    std::vector<std::pair<const Page*, const Page*>> collisions;  // (first at the address, page)
    for (size_t i = 0; i < order.size(); ++i) {
      if (i == 0 || order[i]->lang != order[i - 1]->lang || order[i]->url != order[i - 1]->url) {
        head = order[i];
        continue;
      }
      collisions.emplace_back(head, order[i]);
    }
    // Reported in plan order, as they are found.
    std::stable_sort(collisions.begin(), collisions.end(),
                     [](const auto& a, const auto& b) { return a.second < b.second; });
    for (const auto& [first, page] : collisions) {
      const Page& p = *page;
      std::string file = p.source ? p.source->path : first->source ? first->source->path : "content";
      diags_.error({file, 0, 0},
                   "two pages have the same address '" + p.url + "' in '" + code(p.lang) + "' (" + first->key + " and " +
                       p.key + ")",
                   "give one of them another slug in its front matter");
    }
  }

  const PlanInputs& in_;
  Diagnostics& diags_;
  PagePlan plan_;
};

}  // namespace

PagePlan plan_pages(const PlanInputs& in, Diagnostics& diags) { return Planner(in, diags).run(); }

std::string cluster_page_title(const Cluster& cluster, Language lang) { return cluster.name.in(lang); }

void retitle_cluster_pages(PagePlan& plan, const Cluster& cluster) {
  for (auto& page : plan.pages)
    if (page.cluster == &cluster && page.kind == PageKind::Cluster) page.title = cluster_page_title(cluster, page.lang);
}

}  // namespace cp
