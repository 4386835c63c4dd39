#include "site/site_pdfs.h"

#include <algorithm>

#include "data/clock.h"
#include "diag/suggest.h"
#include "i18n/dates.h"
#include "pages/page_addresses.h"
#include "site/guide_key_actions.h"

namespace cp {

namespace {

// A link in a PDF cannot be relative to a page: a relative href becomes the
// page's absolute address on the site ("../index.html" from
// https://x/en/guide/a/ → https://x/en/guide/index.html).
std::string absolute_href(const std::string& base, const std::string& href) {
  if (href.empty() || href[0] == '#' || href.find(':') != std::string::npos) return href;
  std::string dir = base.substr(0, base.rfind('/') + 1);
  size_t scheme_end = dir.find("://");
  size_t root_end = scheme_end == std::string::npos ? 0 : dir.find('/', scheme_end + 3);
  if (root_end == std::string::npos) root_end = dir.size() - 1;
  std::string rest = href;
  while (true) {
    if (rest.rfind("./", 0) == 0) {
      rest.erase(0, 2);
    } else if (rest.rfind("../", 0) == 0) {
      rest.erase(0, 3);
      if (dir.size() > root_end + 1) dir.erase(dir.rfind('/', dir.size() - 2) + 1);
    } else {
      break;
    }
  }
  return dir + rest;
}

void absolutise_links(DocNode& tree, const std::string& base) {
  walk(tree, [&](DocNode& n) {
    if (n.kind == NodeKind::Link) n.url = absolute_href(base, n.url);
  });
}


PdfMeta meta_for(const SiteInputs& in, Language lang, const std::string& title,
                 const std::string& running_right) {
  PdfMeta m;
  m.title = title;
  m.subject = in.config.title.in(lang);
  m.author = in.config.publisher.in(lang);
  m.lang = bcp47_tag(lang);
  m.epoch = source_date_epoch();
  m.header_left = title;
  m.header_right = running_right;
  m.page_label = in.strings.get(lang, "pdf_page_label");
  m.contents_title = in.strings.get(lang, "contents");
  return m;
}

// The facts on a cluster pack's cover: health board, the terms of
// reference's dates, and when the pack was produced.
PdfCover cluster_cover(const SiteInputs& in, const Cluster& c, Language lang) {
  PdfCover cover;
  cover.title = in.strings.get(lang, "pdf_pack_title");
  cover.subtitle = c.name.in(lang);
  const HealthBoard* board = board_of(in, c);
  cover.facts.emplace_back(in.strings.get(lang, "health_board"), board ? board->name.in(lang) : c.board_id);
  if (c.terms.agreed)
    cover.facts.emplace_back(in.strings.get(lang, "pdf_agreed"), format_date(*c.terms.agreed, lang));
  if (c.terms.review)
    cover.facts.emplace_back(in.strings.get(lang, "review_date"), format_date(*c.terms.review, lang));
  cover.facts.emplace_back(in.strings.get(lang, "pdf_produced"), format_date(in.today, lang));
  return cover;
}

std::optional<std::string> render(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool contents,
                                  const std::vector<PdfSection>& sections, const PdfSetup& setup,
                                  Diagnostics& diags) {
  return render_pdf(meta, cover, contents, sections, setup.theme, setup.fonts, diags);
}

// The file name a PDF is saved under: it says what it is once downloaded,
// and in which language ("north-ceredigion-terms-of-reference-cy.pdf").
std::string pdf_name(const std::string& what, Language lang) { return what + "-" + code(lang) + ".pdf"; }

// "annual-report/2025-26" → "annual-report-2025-26".
std::string flat(std::string id) {
  std::replace(id.begin(), id.end(), '/', '-');
  return id;
}

// The guide: its front page, the chapters in order, then its other pages.
std::vector<const Page*> guide_pages(const PagePlan& plan, Language lang) {
  std::vector<const Page*> pages;
  for (const auto& p : plan.pages)
    if (p.lang == lang && p.source && (p.key == "guide/_index" || p.key.rfind("guide/", 0) == 0))
      pages.push_back(&p);
  auto rank = [](const Page* p) { return p->key == "guide/_index" ? 0 : p->chapter > 0 ? p->chapter : 1000; };
  std::stable_sort(pages.begin(), pages.end(), [&](const Page* a, const Page* b) { return rank(a) < rank(b); });
  return pages;
}

std::optional<std::string> guide_pdf(const SiteInputs& in, const PagePlan& plan, const PdfSetup& setup,
                                     const std::vector<const Page*>& pages, Language lang,
                                     Diagnostics& diags) {
  std::vector<PdfSection> sections;
  // The HTML pages already reported every problem in these bodies.
  Diagnostics reported_already;
  for (const Page* p : pages) {
    DocNode tree = content_tree(*p, plan, reported_already);
    absolutise_links(tree, absolute_url(in.config, *p));
    // A chapter ends with its suggested key actions, as its page does.
    if (p->chapter > 0)
      for (auto& node : chapter_key_actions(in.key_actions, p->chapter, lang, in.strings))
        tree.children.push_back(std::move(node));
    sections.push_back({p->title, std::move(tree), true});
  }
  if (in.key_actions.action_count() > 0)
    sections.push_back({in.strings.get(lang, "key_actions_title"), key_actions_summary(in.key_actions, lang, in.strings),
                        true});
  const std::string title = pages.front()->title;
  PdfCover cover;
  cover.title = title;
  cover.subtitle = in.config.title.in(lang);
  cover.facts.emplace_back(in.strings.get(lang, "pdf_produced"), format_date(in.today, lang));
  // The guide's title already names the site: the right of the header stays empty.
  return render(meta_for(in, lang, title, ""), cover, true, sections, setup, diags);
}

}  // namespace

std::vector<const GeneratedDocument*> pack_order(const std::vector<const GeneratedDocument*>& docs) {
  auto out = docs;
  std::stable_sort(out.begin(), out.end(), [](const GeneratedDocument* a, const GeneratedDocument* b) {
    return document_rank(a->id) < document_rank(b->id);
  });
  return out;
}

std::optional<std::string> document_pdf(const SiteInputs& in, const PdfSetup& setup, const Cluster& cluster,
                                        const GeneratedDocument& doc, Language lang, Diagnostics& diags) {
  const std::string title = doc.title.in(lang);
  PdfSection section{title, doc.trees.at(lang), false};
  return render(meta_for(in, lang, title, cluster.name.in(lang)), std::nullopt, false, {section}, setup, diags);
}

std::optional<std::string> pack_pdf(const SiteInputs& in, const PdfSetup& setup, const Cluster& cluster,
                                    const std::vector<const GeneratedDocument*>& docs, Language lang,
                                    Diagnostics& diags) {
  std::vector<PdfSection> sections;
  for (const GeneratedDocument* doc : pack_order(docs)) sections.push_back({doc->title.in(lang), doc->trees.at(lang), true});
  const std::string title = in.strings.get(lang, "pdf_pack_title") + ": " + cluster.name.in(lang);
  PdfMeta meta = meta_for(in, lang, title, cluster.name.in(lang));
  meta.header_left = in.strings.get(lang, "pdf_pack_title");  // the cluster's name is on the right
  return render(meta, cluster_cover(in, cluster, lang), true, sections, setup, diags);
}

namespace {

// What to do about a document the cluster does not have: the section of
// the file it is made from, or the documents there are.
std::string missing_document_hint(const SiteInputs& in, const Cluster& cluster, const std::string& doc_id,
                                  const std::vector<std::string>& ids) {
  std::string template_id = doc_id.substr(0, doc_id.find('/'));
  std::string list;
  for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
  for (const auto& t : in.templates) {
    if (t.id != template_id) continue;
    if (!cluster_has(cluster, t.needs))
      return "it is made from the '" + t.needs + "' section, which the file does not have: add it " +
             "(docs/data-reference.md; `clusterpack new cluster` writes a file with an example of each)";
    return "its documents are: " + list;
  }
  std::vector<std::string> known{"pack"};
  for (const auto& t : in.templates) known.push_back(t.id);
  std::string close = closest_match(template_id, known);
  if (!close.empty() && close != template_id) return "did you mean '" + close + "'? Its documents are: " + list;
  return ids.size() > 1 ? "its documents are: " + list
                        : "its file records nothing a governance document is made from yet: add a "
                          "'terms_of_reference' or 'voting' section (`clusterpack new cluster` writes both)";
}

}  // namespace

std::optional<std::string> cluster_document_pdf(const SiteInputs& in, const Cluster& cluster,
                                                const std::string& doc_id, Language lang,
                                                const std::string& cluster_file, Diagnostics& diags) {
  std::vector<GeneratedDocument> docs = generate_documents(generate_inputs(in, cluster), diags);
  if (diags.has_errors()) return std::nullopt;
  std::vector<const GeneratedDocument*> all;
  std::vector<std::string> ids{"pack"};
  // A cluster with bodies has a Terms of Reference per body: the plain id
  // (what a file with one terms_of_reference has) gives the first body's.
  std::string wanted = doc_id;
  if (doc_id == "terms-of-reference" && cluster.bodies_declared && !cluster.bodies.empty())
    wanted += "/" + cluster.bodies.front().id;
  for (const auto& d : docs) {
    all.push_back(&d);
    ids.push_back(d.id);
    if (d.id == wanted) return document_pdf(in, in.pdf, cluster, d, lang, diags);
  }
  if (doc_id == "pack" && !all.empty()) return pack_pdf(in, in.pdf, cluster, all, lang, diags);
  diags.error({cluster_file, 0, 0}, "this cluster has no document '" + doc_id + "'",
              missing_document_hint(in, cluster, doc_id, ids));
  return std::nullopt;
}

SitePdfs::SitePdfs(const SiteInputs& in, const PagePlan& plan, const SiteDocuments& documents,
                   const PdfSetup& setup)
    : in_(in), plan_(plan), documents_(documents), setup_(setup) {}

std::string SitePdfs::url(const Page& page) const {
  if (page.document) {
    const Cluster& c = *page.document->cluster;
    return page.url + pdf_name(c.id + "-" + flat(page.document->id), page.lang);
  }
  if (page.kind == PageKind::Cluster && page.cluster) {
    if (!documents_.has_documents(page.cluster)) return {};
    return page.url + pdf_name(page.cluster->id + "-pack", page.lang);
  }
  if (page.key == "guide/_index" && page.source) return page.url + pdf_name("guide", page.lang);
  return {};
}

std::optional<std::string> SitePdfs::render(const Page& page, const ClusterDocuments* docs,
                                            Diagnostics& diags) const {
  if (page.document) {
    if (!docs || docs->cluster != page.document->cluster) return std::nullopt;
    return document_pdf(in_, setup_, *page.document->cluster, docs->of(page.document), page.lang, diags);
  }
  if (page.kind == PageKind::Cluster && page.cluster) {
    if (!docs || docs->cluster != page.cluster || docs->docs.empty()) return std::nullopt;
    std::vector<const GeneratedDocument*> all;
    for (const auto& d : docs->docs) all.push_back(&d);
    return pack_pdf(in_, setup_, *page.cluster, all, page.lang, diags);
  }
  if (page.key == "guide/_index" && page.source)
    return guide_pdf(in_, plan_, setup_, guide_pages(plan_, page.lang), page.lang, diags);
  return std::nullopt;
}

}  // namespace cp
