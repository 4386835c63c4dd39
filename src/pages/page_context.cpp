#include "pages/page_context.h"

#include <algorithm>

#include "pages/page_addresses.h"
#include "pages/urls.h"

namespace cp {

std::string file_size_text(size_t bytes) {
  constexpr size_t kb = 1024, mb = 1024 * 1024;
  if (bytes < mb) return std::to_string(std::max<size_t>(1, (bytes + kb - 1) / kb)) + " KB";
  size_t tenths = (bytes * 10 + mb / 2) / mb;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

std::string PageContext::t(const std::string& key) const { return site.strings.get(lang, key); }

std::string PageContext::href(const std::string& key) const {
  const Page* to = site.plan.find(key, lang);
  if (!to) return "#";
  if (page.kind == PageKind::NotFound) return absolute_url(site.config, *to);  // a 404 page is served at any address
  return relative_href(page.url, to->url);
}

std::string PageContext::title_of(const std::string& key) const {
  const Page* to = site.plan.find(key, lang);
  return to ? to->title : key;
}

const PlanIndex& PageContext::index() const { return plan_index(*site.index, site.plan); }

void PageContext::set_pdf(TemplateData& d, const Page& of) const {
  const PdfFile* pdf = nullptr;
  if (site.pdfs) {
    auto it = site.pdfs->find({of.key, of.lang});
    if (it != site.pdfs->end()) pdf = &it->second;
  }
  bool known = pdf && pdf->bytes > 0;
  d.set("has_pdf", pdf != nullptr);
  d.set("pdf_href", pdf ? relative_href(page.url, pdf->url) : std::string());
  d.set("pdf_size_known", known);
  d.set("pdf_size", known ? site.strings.format(lang, "pdf_size", file_size_text(pdf->bytes))
                    : pdf ? t("pdf_size_unknown")
                          : std::string());
}

}  // namespace cp
