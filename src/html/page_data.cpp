#include "html/page_data.h"

#include <algorithm>

#include "content/urls.h"
#include "i18n/collate.h"
#include "i18n/dates.h"

namespace cp {

std::string file_size_text(size_t bytes) {
  constexpr size_t kb = 1024, mb = 1024 * 1024;
  if (bytes < mb) return std::to_string(std::max<size_t>(1, (bytes + kb - 1) / kb)) + " KB";
  size_t tenths = (bytes * 10 + mb / 2) / mb;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

std::string absolute_url(const SiteConfig& config, const Page& page) {
  return config.language(page.lang).base_url + page.url;
}

namespace {

bool side_by_side(const SiteConfig& config) {
  const std::string& en = config.language("en").base_url;
  const std::string& cy = config.language("cy").base_url;
  return en.size() > 3 && cy.size() > 3 && en.compare(en.size() - 3, 3, "en/") == 0 &&
         cy.compare(cy.size() - 3, 3, "cy/") == 0 && en.substr(0, en.size() - 3) == cy.substr(0, cy.size() - 3);
}

}  // namespace

std::string cross_language_href(const SiteConfig& config, const Page& from, const Page& to) {
  if (!side_by_side(config)) return absolute_url(config, to) + (to.url.empty() || to.url.back() == '/' ? "" : "");
  return root_prefix(from.url) + "../" + to.lang + "/" + file_for_url(to.url);
}

namespace {

const PlanIndex& plan_index(const SiteView& site) {
  std::call_once(site.index->built, [&] {
    PlanIndex& x = site.index->index;
    for (const auto& p : site.plan.pages) {
      if (p.kind == "search") x.search[p.lang] = &p;
      if (p.kind == "document") {
        x.documents[{p.parent_key, p.lang}].push_back(&p);
        if (p.document) {
          x.first_document.emplace(std::make_pair(p.document->template_id, p.lang), &p);
          if (!p.document->body.empty())
            x.first_document.emplace(std::make_pair(p.document->template_id + "/" + p.document->body, p.lang), &p);
        }
      }
      if (p.chapter > 0 && p.key.rfind("guide/", 0) == 0) x.chapters[p.lang].push_back(&p);
    }
    for (auto& [lang, list] : x.chapters)
      std::stable_sort(list.begin(), list.end(), [](const Page* a, const Page* b) { return a->chapter < b->chapter; });
  });
  return site.index->index;
}

class DataBuilder {
 public:
  DataBuilder(const SiteView& site, const Page& page, const DocNode* body)
      : s_(site), p_(page), lang_(page.lang), body_(body) {}

  TemplateData build(const std::string& content_html) {
    TemplateData d;
    common(d, content_html);
    d.set("is_" + kind_key(), true);
    kind_specific(d);
    contents(d);
    return d;
  }

 private:
  std::string kind_key() const {
    std::string k = p_.kind;
    std::replace(k.begin(), k.end(), '-', '_');
    return k;
  }

  std::string t(const std::string& key) const { return s_.strings.get(lang_, key); }

  std::string href(const std::string& key) const {
    const Page* to = s_.plan.find(key, lang_);
    if (!to) return "#";
    if (p_.kind == "404") return absolute_url(s_.config, *to);  // a 404 page is served at any address
    return relative_href(p_.url, to->url);
  }

  std::string title_of(const std::string& key) const {
    const Page* to = s_.plan.find(key, lang_);
    return to ? to->title : key;
  }

  void common(TemplateData& d, const std::string& content_html) {
    const Page* other = s_.plan.find(p_.key, s_.config.other_language(lang_).code);
    const LanguageConfig& here = s_.config.language(lang_);
    const LanguageConfig& there = s_.config.other_language(lang_);
    d.set("lang", lang_);
    set_pdf(d, p_);
    d.set("title", p_.title);
    d.set("summary", p_.summary);
    d.set("has_summary", !p_.summary.empty());
    d.set("site_title", s_.config.title.in(lang_));
    d.set("head_title", p_.key == "index" ? s_.config.title.in(lang_) : p_.title + " – " + s_.config.title.in(lang_));
    d.set("description", p_.summary.empty() ? s_.config.description.in(lang_) : p_.summary);
    d.set("publisher", s_.config.publisher.in(lang_));
    d.set("has_publisher", !s_.config.publisher.in(lang_).empty());
    std::string root = p_.kind == "404" ? here.base_url : root_prefix(p_.url);
    d.set("root", root);
    d.set("assets", root + "assets/");
    d.set("home_href", href("index"));
    d.set("guide_href", href("guide/_index"));
    d.set("packs_href", href("resource-pack/_index"));
    d.set("boards_href", href("health-boards"));
    d.set("canonical", absolute_url(s_.config, p_));
    d.set("content", content_html);

    TemplateData sw;
    sw.set("current_name", here.name);
    sw.set("current_lang", here.code);
    sw.set("other_name", there.name);
    sw.set("other_lang", there.code);
    sw.set("other_href", other ? cross_language_href(s_.config, p_, *other) : there.base_url);
    d.set("language_switch", sw);

    TemplateList alternates;
    for (const auto& l : s_.config.languages) {
      const Page* alt = s_.plan.find(p_.key, l.code);
      if (!alt || alt->kind == "untranslated") continue;
      TemplateData a;
      a.set("hreflang", l.code);
      a.set("href", absolute_url(s_.config, *alt));
      alternates.push_back(a);
    }
    const Page* fallback = s_.plan.find(p_.key, s_.config.default_language);
    d.set("alternates", alternates);
    d.set("x_default", fallback ? absolute_url(s_.config, *fallback) : here.base_url);
    d.set("indexable", p_.kind != "404" && p_.kind != "untranslated");

    TemplateList nav;
    for (const char* key : {"index", "guide/_index", "resource-pack/_index", "health-boards"}) {
      TemplateData item;
      item.set("title", short_title(key));
      item.set("href", href(key));
      bool current = p_.key == key || in_section(key);
      item.set("current", current);
      nav.push_back(item);
    }
    d.set("nav", nav);

    TemplateList crumbs;
    std::vector<const Page*> chain;
    for (const Page* at = s_.plan.find(p_.parent_key, lang_); at; at = s_.plan.find(at->parent_key, lang_)) {
      chain.push_back(at);
      if (at->parent_key.empty() || chain.size() > 16) break;
    }
    std::reverse(chain.begin(), chain.end());
    for (const Page* c : chain) {
      TemplateData crumb;
      crumb.set("title", short_title(c->key));
      crumb.set("href", href(c->key));
      crumbs.push_back(crumb);
    }
    d.set("breadcrumbs", crumbs);
    d.set("has_breadcrumbs", !chain.empty());

    // Search: the site's page of kind "search", when it has one. Only the
    // pages people look for are in the index (not the 404, notice or
    // search pages themselves).
    const auto& searches = plan_index(s_).search;
    auto found = searches.find(lang_);
    const Page* search = found == searches.end() ? nullptr : found->second;
    d.set("has_search", search != nullptr);
    d.set("search_href", search ? href(search->key) : "");
    d.set("searchable", p_.kind != "404" && p_.kind != "untranslated" && p_.kind != "search");
    d.set("search_page", p_.kind == "search");

    // The footer's links to the pages every public body's site has.
    TemplateList footer;
    for (const char* key : {"accessibility", "about"}) {
      const Page* to = s_.plan.find(key, lang_);
      if (!to) continue;
      TemplateData link;
      link.set("title", to->title);
      link.set("href", href(key));
      footer.push_back(link);
    }
    d.set("has_footer_links", !footer.empty());
    d.set("footer_links", footer);
  }

  // The in-page contents: the body's level-2 headings, then those the
  // layout adds (a chapter's key actions; the guide's chapter list).
  // Layouts show it from three entries on.
  void contents(TemplateData& d) const {
    TemplateList toc;
    if (body_)
      walk(*body_, [&](const DocNode& n) {
        if (n.kind != NodeKind::Heading || n.level != 2 || n.id.empty()) return;
        TemplateData e;
        e.set("title", plain_text(n));
        e.set("href", "#" + n.id);
        e.set("level", "2");
        toc.push_back(e);
      });
    // The headings the layout adds after the body.
    std::vector<std::pair<std::string, std::string>> after;
    if (p_.kind == "chapter") after = {{"key_actions_heading", "#key-actions"}};
    if (p_.kind == "guide") after = {{"guide_chapters", "#chapters"}, {"guide_more", "#more"}};
    for (const auto& [key, anchor] : after) {
      TemplateData e;
      e.set("title", t(key));
      e.set("href", anchor);
      e.set("level", "2");
      toc.push_back(e);
    }
    d.set("has_toc", toc.size() >= 3);
    d.set("toc", toc);
  }

  // The main sections are named by short UI strings in menus and
  // breadcrumbs; other pages by their title.
  std::string short_title(const std::string& key) const {
    if (key == "index") return t("nav_home");
    if (key == "guide/_index") return t("nav_guide");
    if (key == "resource-pack/_index") return t("nav_packs");
    if (key == "health-boards") return t("nav_boards");
    return title_of(key);
  }

  bool in_section(const std::string& key) const {
    if (key == "index") return false;
    for (const Page* at = &p_; at; at = s_.plan.find(at->parent_key, lang_)) {
      if (at->key == key) return true;
      if (at->parent_key.empty()) break;
    }
    return false;
  }

  void kind_specific(TemplateData& d) {
    if (p_.kind == "guide") guide(d);
    if (p_.kind == "chapter") chapter(d);
    if (p_.kind == "key-actions") key_actions(d);
    if (p_.kind == "packs") packs(d);
    if (p_.kind == "boards") boards(d);
    if (p_.kind == "board") board(d);
    if (p_.kind == "cluster") cluster(d);
    if (p_.kind == "untranslated") untranslated(d);
    if (p_.kind == "document") document(d);
  }

  // The PDF made for `page`, when there is one: its href from this page and
  // its size in this page's language ("PDF, 84 KB"), or only "PDF" while its
  // size is not known (the live preview makes PDFs when they are opened).
  void set_pdf(TemplateData& d, const Page& page) const {
    const PdfFile* pdf = nullptr;
    if (s_.pdfs) {
      auto it = s_.pdfs->find({page.key, page.lang});
      if (it != s_.pdfs->end()) pdf = &it->second;
    }
    bool known = pdf && pdf->bytes > 0;
    d.set("has_pdf", pdf != nullptr);
    d.set("pdf_href", pdf ? relative_href(p_.url, pdf->url) : std::string());
    d.set("pdf_size_known", known);
    d.set("pdf_size", known ? s_.strings.format(lang_, "pdf_size", file_size_text(pdf->bytes))
                      : pdf ? t("pdf_size_unknown")
                            : std::string());
  }

  // The documents generated for a cluster, standing documents first.
  TemplateList cluster_documents(const Cluster& c) const {
    const auto& all = plan_index(s_).documents;
    auto found = all.find({"cluster/" + c.board_id + "/" + c.id, lang_});
    std::vector<const Page*> pages = found == all.end() ? std::vector<const Page*>() : found->second;
    auto id_of = [](const Page* p) { return p->document ? p->document->id : p->key; };
    std::stable_sort(pages.begin(), pages.end(),
                     [&](const Page* a, const Page* b) { return document_rank(id_of(a)) < document_rank(id_of(b)); });
    TemplateList list;
    for (const Page* p : pages) {
      std::string id = id_of(p);
      std::string type = id.rfind("sbar/", 0) == 0            ? t("document_type_sbar")
                         : id.rfind("business-case/", 0) == 0 ? t("document_type_business_case")
                                                              : "";
      TemplateData e;
      e.set("title", p->title);
      e.set("href", href(p->key));
      e.set("has_type", !type.empty());
      e.set("type", type);
      set_pdf(e, *p);
      list.push_back(e);
    }
    return list;
  }

  void document(TemplateData& d) {
    const Cluster& c = *p_.cluster;
    TemplateData doc;
    doc.set("cluster_name", c.name.in(lang_));
    doc.set("cluster_href", href("cluster/" + c.board_id + "/" + c.id));
    doc.set("board_name", p_.board ? p_.board->name.in(lang_) : c.board_id);
    doc.set("example", c.example);
    d.set("document", doc);
  }

  std::vector<const Page*> chapters() const {
    const auto& all = plan_index(s_).chapters;
    auto found = all.find(lang_);
    return found == all.end() ? std::vector<const Page*>() : found->second;
  }

  TemplateList action_list(const Page& chapter) const {
    TemplateList list;
    if (!chapter.source) return list;
    int n = 0;
    for (const auto& text : chapter.source->front.key_actions) {
      TemplateData a;
      a.set("id", std::to_string(chapter.chapter) + "." + std::to_string(++n));
      a.set("text", text);
      list.push_back(a);
    }
    return list;
  }

  TemplateData chapter_entry(const Page& c) const {
    TemplateData e;
    e.set("number", std::to_string(c.chapter));
    e.set("title", c.title);
    e.set("summary", c.summary);
    e.set("href", href(c.key));
    TemplateList actions = action_list(c);
    e.set("has_actions", !actions.empty());
    e.set("actions", actions);
    e.set("shared", c.source && c.source->front.key_actions_shared_with.has_value());
    std::string shared_number =
        c.source && c.source->front.key_actions_shared_with ? std::to_string(*c.source->front.key_actions_shared_with) : "";
    e.set("shared_note", shared_number.empty() ? "" : s_.strings.format(lang_, "key_actions_shared", shared_number));
    return e;
  }

  void guide(TemplateData& d) {
    TemplateList list;
    for (const Page* c : chapters()) list.push_back(chapter_entry(*c));
    d.set("chapters", list);
    TemplateList others;
    for (const auto& p : s_.plan.pages) {
      if (p.lang != lang_ || p.parent_key != "guide/_index" || p.chapter > 0) continue;
      TemplateData e;
      e.set("title", p.title);
      e.set("summary", p.summary);
      e.set("href", href(p.key));
      others.push_back(e);
    }
    d.set("guide_pages", others);
  }

  void chapter(TemplateData& d) {
    TemplateData entry = chapter_entry(p_);
    d.set("chapter", entry);
    auto all = chapters();
    auto it = std::find(all.begin(), all.end(), &p_);
    auto link = [&](const Page* c) {
      TemplateData l;
      l.set("title", c->title);
      l.set("number", std::to_string(c->chapter));
      l.set("href", href(c->key));
      return l;
    };
    bool has_prev = it != all.end() && it != all.begin();
    bool has_next = it != all.end() && it + 1 != all.end();
    d.set("has_previous", has_prev);
    d.set("previous", has_prev ? link(*(it - 1)) : TemplateData());
    d.set("has_next", has_next);
    d.set("next", has_next ? link(*(it + 1)) : TemplateData());
    d.set("key_actions_href", href("guide/key-actions"));
  }

  void key_actions(TemplateData& d) {
    TemplateList list;
    int total = 0;
    for (const Page* c : chapters()) {
      list.push_back(chapter_entry(*c));
      if (c->source) total += static_cast<int>(c->source->front.key_actions.size());
    }
    d.set("chapters", list);
    d.set("action_count", std::to_string(total));
  }

  void packs(TemplateData& d) {
    TemplateList categories;
    for (const auto& c : s_.packs) {
      TemplateData cat;
      cat.set("id", c.id);
      cat.set("title", c.title.in(lang_));
      TemplateList packs;
      for (const auto& pk : c.packs) {
        TemplateData e;
        e.set("has_number", pk.number.has_value());
        e.set("number", pk.number ? std::to_string(*pk.number) : "");
        e.set("title", pk.title.in(lang_));
        e.set("description", pk.description.in(lang_));
        bool generated = !pk.template_id.empty() && s_.template_ids.count(pk.template_id);
        std::string status = pk.awaiting ? "awaiting" : generated ? "generated" : "not_available";
        e.set("status_label", t("pack_status_" + status));
        e.set("status", status);
        // What makes a generated entry: the data it is made from, and an
        // example of it on this site.
        const auto& firsts = plan_index(s_).first_document;
        auto example = firsts.find({pk.body.empty() ? pk.template_id : pk.template_id + "/" + pk.body, lang_});
        if (example == firsts.end()) example = firsts.find({pk.template_id, lang_});
        const Page* made = generated && example != firsts.end() ? example->second : nullptr;
        e.set("has_example", made != nullptr);
        e.set("made_from", made ? made->document->made_from : "");
        e.set("example_href", made ? relative_href(p_.url, made->url) : "");
        e.set("example_title", made ? made->document->cluster->name.in(lang_) + ": " + made->title : "");
        packs.push_back(e);
      }
      cat.set("packs", packs);
      categories.push_back(cat);
    }
    d.set("categories", categories);
  }

  // Things in the alphabetical order of their names in the page's
  // language. Each name's collation key is made once, not at every
  // comparison: the Welsh list of a thousand clusters took 80 ms that way.
  template <typename T>
  std::vector<const T*> in_name_order(std::vector<const T*> items) const {
    std::vector<std::pair<std::string, const T*>> keyed;
    keyed.reserve(items.size());
    for (const T* item : items) keyed.emplace_back(collation_key(item->name.in(lang_), lang_), item);
    // As collate_less: the key, then the name itself.
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.second->name.in(lang_) < b.second->name.in(lang_);
    });
    for (size_t i = 0; i < keyed.size(); ++i) items[i] = keyed[i].second;
    return items;
  }

  std::vector<const Cluster*> clusters_of(const std::string& board_id) const {
    std::vector<const Cluster*> out;
    for (const auto& c : s_.clusters)
      if (c.board_id == board_id) out.push_back(&c);
    return in_name_order(std::move(out));
  }

  TemplateData cluster_entry(const Cluster& c) const {
    TemplateData e;
    e.set("name", c.name.in(lang_));
    e.set("href", href("cluster/" + c.board_id + "/" + c.id));
    e.set("has_population", c.population.has_value());
    e.set("population", c.population ? group_thousands(*c.population) : "");
    e.set("example", c.example);
    return e;
  }

  static std::string group_thousands(long long n) {
    std::string digits = std::to_string(n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return out;
  }

  TemplateData board_entry(const HealthBoard& b) const {
    TemplateData e;
    e.set("name", b.name.in(lang_));
    e.set("area", b.area.in(lang_));
    e.set("href", href("board/" + b.id));
    TemplateList list;
    for (const Cluster* c : clusters_of(b.id)) list.push_back(cluster_entry(*c));
    e.set("has_clusters", !list.empty());
    e.set("cluster_count", std::to_string(list.size()));
    e.set("clusters", list);
    return e;
  }

  void boards(TemplateData& d) {
    std::vector<const HealthBoard*> boards;
    for (const auto& b : s_.boards) boards.push_back(&b);
    std::vector<const HealthBoard*> sorted = in_name_order(std::move(boards));
    TemplateList list;
    for (const HealthBoard* b : sorted) list.push_back(board_entry(*b));
    d.set("boards", list);
  }

  void board(TemplateData& d) { d.set("board", board_entry(*p_.board)); }

  void cluster(TemplateData& d) {
    const Cluster& c = *p_.cluster;
    TemplateData e = cluster_entry(c);
    e.set("board_name", p_.board ? p_.board->name.in(lang_) : c.board_id);
    e.set("board_href", href("board/" + c.board_id));
    e.set("member_count", std::to_string(c.members.size()));
    e.set("has_review", c.terms.review.has_value());
    e.set("review", c.terms.review ? format_date(*c.terms.review, lang_) : "");
    e.set("review_iso", c.terms.review ? c.terms.review->iso() : "");
    // The meetings' calendar feed, written beside this page.
    e.set("has_calendar", !c.meetings.empty());
    e.set("calendar_href", "meetings.ics");
    d.set("cluster", e);

    TemplateList members;
    for (const auto& m : c.members) {
      TemplateData row;
      row.set("name", m.name.in(lang_));
      row.set("type", t("member_type_" + underscore(m.type)));
      const Person* rep = c.person(m.representative);
      row.set("representative", rep ? rep->name : "");
      row.set("votes", std::to_string(m.votes));
      members.push_back(row);
    }
    d.set("members", members);

    TemplateList documents = cluster_documents(c);
    d.set("has_documents", !documents.empty());
    d.set("documents", documents);
  }

  static std::string underscore(std::string s) {
    std::replace(s.begin(), s.end(), '-', '_');
    return s;
  }

  void untranslated(TemplateData& d) {
    const Page* original = s_.plan.find(p_.key, p_.translation_of->lang);
    TemplateData o;
    o.set("title", p_.translation_of->front.title);
    o.set("lang", p_.translation_of->lang);
    o.set("href", original ? cross_language_href(s_.config, p_, *original) : "#");
    d.set("original", o);
  }

  const SiteView& s_;
  const Page& p_;
  const std::string& lang_;
  const DocNode* body_;
};

}  // namespace

TemplateData language_data(const SiteView& site, const std::string& lang) {
  TemplateData strings;
  for (const auto& key : site.strings.keys()) strings.set(key, site.strings.get(lang, key));
  TemplateData d;
  d.set("t", strings);
  return d;
}

TemplateData page_data(const SiteView& site, const Page& page, const std::string& content_html,
                       const DocNode* body) {
  return DataBuilder(site, page, body).build(content_html);
}

}  // namespace cp
