#include "pages/page_data.h"

#include <algorithm>

#include "pages/kind_data.h"
#include "pages/page_addresses.h"
#include "pages/urls.h"

namespace cp {

namespace {

// The main sections, in the order of the menu.
constexpr const char* kSections[] = {"index", "guide/_index", "resource-pack/_index", "health-boards"};

// The main sections are named by short UI strings in menus and
// breadcrumbs; other pages by their title.
std::string short_title(const PageContext& at, const std::string& key) {
  if (key == "index") return at.t("nav_home");
  if (key == "guide/_index") return at.t("nav_guide");
  if (key == "resource-pack/_index") return at.t("nav_packs");
  if (key == "health-boards") return at.t("nav_boards");
  return at.title_of(key);
}

bool in_section(const PageContext& at, const std::string& key) {
  if (key == "index") return false;
  for (const Page* p = &at.page; p; p = at.site.plan.find(p->parent_key, at.lang)) {
    if (p->key == key) return true;
    if (p->parent_key.empty()) break;
  }
  return false;
}

bool is_listed(PageKind kind) { return kind != PageKind::NotFound && kind != PageKind::Untranslated; }

void set_language_links(const PageContext& at, TemplateData& d) {
  const SiteConfig& config = at.site.config;
  const Page& page = at.page;
  const LanguageConfig& here = config.language(at.lang);
  const LanguageConfig& there = config.other_language(at.lang);
  const Page* other = at.site.plan.find(page.key, there.lang);
  TemplateData sw;
  sw.set("current_name", here.name);
  sw.set("current_lang", code(here.lang));
  sw.set("other_name", there.name);
  sw.set("other_lang", code(there.lang));
  sw.set("other_href", other ? cross_language_href(config, page, *other) : there.base_url);
  d.set("language_switch", sw);

  TemplateList alternates;
  for (const auto& l : config.languages) {
    const Page* alt = at.site.plan.find(page.key, l.lang);
    if (!alt || alt->kind == PageKind::Untranslated) continue;
    TemplateData a;
    a.set("hreflang", code(l.lang));
    a.set("href", absolute_url(config, *alt));
    alternates.push_back(a);
  }
  const Page* fallback = at.site.plan.find(page.key, config.default_language);
  d.set("alternates", alternates);
  d.set("x_default", fallback ? absolute_url(config, *fallback) : here.base_url);
  d.set("indexable", is_listed(page.kind));
}

void set_navigation(const PageContext& at, TemplateData& d) {
  TemplateList nav;
  for (const char* key : kSections) {
    TemplateData item;
    item.set("title", short_title(at, key));
    item.set("href", at.href(key));
    bool current = at.page.key == key || in_section(at, key);
    item.set("current", current);
    nav.push_back(item);
  }
  d.set("nav", nav);

  TemplateList crumbs;
  std::vector<const Page*> chain;
  for (const Page* up = at.site.plan.find(at.page.parent_key, at.lang); up; up = at.site.plan.find(up->parent_key, at.lang)) {
    chain.push_back(up);
    if (up->parent_key.empty() || chain.size() > 16) break;
  }
  std::reverse(chain.begin(), chain.end());
  for (const Page* c : chain) {
    TemplateData crumb;
    crumb.set("title", short_title(at, c->key));
    crumb.set("href", at.href(c->key));
    crumbs.push_back(crumb);
  }
  d.set("breadcrumbs", crumbs);
  d.set("has_breadcrumbs", !chain.empty());
}

// Search: the site's page of kind search, when it has one. Only the pages
// people look for are in the index (not the 404, notice or search pages
// themselves).
void set_search(const PageContext& at, TemplateData& d) {
  const auto& searches = at.index().search;
  auto found = searches.find(at.lang);
  const Page* search = found == searches.end() ? nullptr : found->second;
  d.set("has_search", search != nullptr);
  d.set("search_href", search ? at.href(search->key) : "");
  d.set("searchable", is_listed(at.page.kind) && at.page.kind != PageKind::Search);
  d.set("search_page", at.page.kind == PageKind::Search);
}

// The footer's links to the pages every public body's site has.
void set_footer(const PageContext& at, TemplateData& d) {
  TemplateList footer;
  for (const char* key : {"accessibility", "about"}) {
    const Page* to = at.site.plan.find(key, at.lang);
    if (!to) continue;
    TemplateData link;
    link.set("title", to->title);
    link.set("href", at.href(key));
    footer.push_back(link);
  }
  d.set("has_footer_links", !footer.empty());
  d.set("footer_links", footer);
}

void set_common(const PageContext& at, TemplateData& d, const std::string& content_html) {
  const SiteConfig& config = at.site.config;
  const Page& page = at.page;
  const Language lang = at.lang;
  d.set("lang", code(lang));
  at.set_pdf(d, page);
  d.set("title", page.title);
  d.set("summary", page.summary);
  d.set("has_summary", !page.summary.empty());
  d.set("site_title", config.title.in(lang));
  d.set("head_title", page.key == "index" ? config.title.in(lang) : page.title + " – " + config.title.in(lang));
  d.set("description", page.summary.empty() ? config.description.in(lang) : page.summary);
  d.set("publisher", config.publisher.in(lang));
  d.set("has_publisher", !config.publisher.in(lang).empty());
  std::string root = page.kind == PageKind::NotFound ? config.language(lang).base_url : root_prefix(page.url);
  d.set("root", root);
  d.set("assets", root + "assets/");
  d.set("home_href", at.href("index"));
  d.set("guide_href", at.href("guide/_index"));
  d.set("packs_href", at.href("resource-pack/_index"));
  d.set("boards_href", at.href("health-boards"));
  d.set("canonical", absolute_url(config, page));
  d.set("content", content_html);
  set_language_links(at, d);
  set_navigation(at, d);
  set_search(at, d);
  set_footer(at, d);
}

// "is_key_actions": the layouts' test of the page's kind.
std::string kind_flag(PageKind kind) {
  std::string flag = "is_" + to_string(kind);
  std::replace(flag.begin(), flag.end(), '-', '_');
  return flag;
}

void add_kind_data(const PageContext& at, TemplateData& d) {
  switch (at.page.kind) {
    case PageKind::Guide: add_guide_data(at, d); break;
    case PageKind::Chapter: add_chapter_data(at, d); break;
    case PageKind::KeyActions: add_key_actions_data(at, d); break;
    case PageKind::Packs: add_packs_data(at, d); break;
    case PageKind::Boards: add_boards_data(at, d); break;
    case PageKind::Board: add_board_data(at, d); break;
    case PageKind::Cluster: add_cluster_data(at, d); break;
    case PageKind::Untranslated: add_untranslated_data(at, d); break;
    case PageKind::Document: add_document_data(at, d); break;
    case PageKind::Home:
    case PageKind::Page:
    case PageKind::Search:
    case PageKind::NotFound: break;
  }
}

// The in-page contents: the body's level-2 headings, then those the
// layout adds (a chapter's key actions; the guide's chapter list).
// Layouts show it from three entries on.
void set_contents(const PageContext& at, TemplateData& d, const DocNode* body) {
  TemplateList toc;
  if (body)
    walk(*body, [&](const DocNode& n) {
      if (n.kind != NodeKind::Heading || n.level != 2 || n.id.empty()) return;
      TemplateData e;
      e.set("title", plain_text(n));
      e.set("href", "#" + n.id);
      e.set("level", "2");
      toc.push_back(e);
    });
  // The headings the layout adds after the body.
  std::vector<std::pair<std::string, std::string>> after;
  if (at.page.kind == PageKind::Chapter) after = {{"key_actions_heading", "#key-actions"}};
  if (at.page.kind == PageKind::Guide) after = {{"guide_chapters", "#chapters"}, {"guide_more", "#more"}};
  for (const auto& [key, anchor] : after) {
    TemplateData e;
    e.set("title", at.t(key));
    e.set("href", anchor);
    e.set("level", "2");
    toc.push_back(e);
  }
  d.set("has_toc", toc.size() >= 3);
  d.set("toc", toc);
}

}  // namespace

TemplateData language_data(const SiteView& site, Language lang) {
  TemplateData strings;
  for (const auto& key : site.strings.keys()) strings.set(key, site.strings.get(lang, key));
  TemplateData d;
  d.set("t", strings);
  return d;
}

TemplateData page_data(const SiteView& site, const Page& page, const std::string& content_html,
                       const DocNode* body) {
  PageContext at(site, page);
  TemplateData d;
  set_common(at, d, content_html);
  d.set(kind_flag(page.kind), true);
  add_kind_data(at, d);
  set_contents(at, d, body);
  return d;
}

}  // namespace cp
