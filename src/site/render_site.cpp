#include "site/render_site.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <vector>

#include "data/clock.h"
#include "doc/markdown.h"
#include "governance/risk.h"
#include "html/escape.h"
#include "html/render_tree.h"
#include "pages/links.h"
#include "pages/page_addresses.h"
#include "pages/page_data.h"
#include "pages/urls.h"
#include "site/calendar_feed.h"

namespace cp {

std::string output_path(const Page& page) { return code(page.lang) + "/" + file_for_url(page.url); }

// A content page's body as a tree: Markdown → tree → checked links.
DocNode content_tree(const Page& page, const PagePlan& plan, Diagnostics& diags) {
  DocNode tree = markdown_to_tree(page.source->body, page.source->path, page.source->body_line, diags);
  walk(tree, [&](const DocNode& n) {
    if (n.kind == NodeKind::Heading && n.level == 1)
      diags.error(n.where, "a level-1 heading in the body",
                  "the page title is the only level-1 heading; start body headings at '##'");
  });
  resolve_links(tree, page, plan, diags);
  return tree;
}

namespace {

// A cluster page's summary, from the governance rules: its open risks by
// band (highest first, each band named as well as coloured) and the
// decisions it recorded in the build date's year.
void add_cluster_summary(TemplateData& data, const Cluster& c, Language lang, const UiStrings& strings,
                         const Date& today) {
  std::array<int, 4> counts{};  // by RiskBand
  int open = 0;
  for (const auto& r : c.risks) {
    if (r.status != "open") continue;
    ++open;
    ++counts[static_cast<size_t>(band_for(risk_score(r.likelihood, r.impact)))];
  }
  TemplateList bands;
  for (RiskBand band : {RiskBand::Extreme, RiskBand::High, RiskBand::Moderate, RiskBand::Low}) {
    TemplateData b;
    b.set("id", std::string(band_id(band)));
    b.set("label", strings.get(lang, std::string("band_") + band_id(band)));
    b.set("count", std::to_string(counts[static_cast<size_t>(band)]));
    bands.push_back(b);
  }
  int decided = 0;
  for (const auto& d : c.decisions)
    if (d.date && d.date->year == today.year) ++decided;
  TemplateData summary;
  summary.set("open_risks", std::to_string(open));
  summary.set("has_risks", open > 0);
  summary.set("risk_bands", bands);
  summary.set("decisions_this_year", std::to_string(decided));
  summary.set("decisions_label", strings.format(lang, "decisions_this_year", std::to_string(today.year)));
  data.set("cluster_summary", summary);
}

}  // namespace

PageContext::PageContext(const SiteInputs& in_, const PagePlan& plan_)
    : in(in_),
      plan(plan_),
      view{in.config, in.strings, plan, in.content, in.boards, in.packs, in.clusters, in.template_ids, nullptr} {
  for (const auto& l : in.config.languages) shared[l.lang] = language_data(view, l.lang);
}

std::optional<std::string> render_page(const PageContext& ctx, const Page& page, const DocNode* document,
                                       const PdfIndex* pdfs, Diagnostics& diags) {
  const SiteInputs& in = ctx.in;
  SiteView view = ctx.view;  // shares the plan's index
  view.pdfs = pdfs;
  DocNode own;
  const DocNode* tree = document;
  if (!tree && page.source) tree = &(own = content_tree(page, ctx.plan, diags));
  TemplateData data = page_data(view, page, tree ? render_html(*tree) : std::string(), tree);
  if (page.kind == PageKind::Cluster && page.cluster) add_cluster_summary(data, *page.cluster, page.lang, in.strings, today_for(in, *page.cluster));
  static const TemplateData no_shared;
  auto found = ctx.shared.find(page.lang);
  const TemplateData* common = found == ctx.shared.end() ? &no_shared : &found->second;
  auto main = in.layouts.render(to_string(page.kind), data, diags, common);
  if (!main) return std::nullopt;
  data.set("main", *main);
  return in.layouts.render("base", data, diags, common);
}

std::optional<std::pair<std::string, std::string>> calendar_file(const SiteInputs& in, const Page& page) {
  if (page.kind != PageKind::Cluster || !page.cluster || page.cluster->meetings.empty()) return std::nullopt;
  return std::make_pair(code(page.lang) + "/" + page.url + "meetings.ics",
                        calendar_feed(*page.cluster, page.lang, in.strings, absolute_url(in.config, page),
                                      source_date_epoch()));
}

namespace {

std::string sitemap(const SiteInputs& in, const PagePlan& plan, Language lang) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  for (const auto& page : plan.pages) {
    if (page.lang != lang || page.kind == PageKind::NotFound || page.kind == PageKind::Untranslated) continue;
    xml += "  <url>\n    <loc>" + html_escape(absolute_url(in.config, page)) + "</loc>\n";
    for (const auto& l : in.config.languages) {
      const Page* alt = plan.find(page.key, l.lang);
      if (!alt || alt->kind == PageKind::Untranslated) continue;
      xml += "    <xhtml:link rel=\"alternate\" hreflang=\"" + code(l.lang) + "\" href=\"" +
             html_escape(absolute_url(in.config, *alt)) + "\"/>\n";
    }
    if (const Page* def = plan.find(page.key, in.config.default_language))
      xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" +
             html_escape(absolute_url(in.config, *def)) + "\"/>\n";
    xml += "  </url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

}  // namespace

void render_site_files(const FileSystem& fs, const SiteInputs& in, const PagePlan& plan, Diagnostics& diags,
                       const FileSink& sink) {
  for (const auto& l : in.config.languages) {
    sink(code(l.lang) + "/sitemap.xml", sitemap(in, plan, l.lang));
    for (const auto& file : in.static_files) {
      if (auto bytes = fs.read(in.theme_dir + "/static/" + file)) sink(code(l.lang) + "/assets/" + file, std::move(*bytes));
    }
  }
  // The root page: a bilingual language chooser, for sites that publish
  // both languages side by side.
  TemplateData data;
  TemplateList languages;
  for (const auto& l : in.config.languages) {
    TemplateData entry;
    entry.set("lang", code(l.lang));
    entry.set("name", l.name);
    entry.set("site_title", in.config.title.in(l.lang));
    entry.set("href", code(l.lang) + "/index.html");
    entry.set("enter", in.strings.get(l.lang, "root_enter"));
    languages.push_back(entry);
  }
  data.set("languages", languages);
  data.set("assets", "en/assets/");
  data.set("title", in.config.title.in(Language::cy) + " | " + in.config.title.in(Language::en));
  if (auto html = in.layouts.render("root", data, diags)) sink("index.html", std::move(*html));
}

}  // namespace cp
