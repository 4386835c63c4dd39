#pragma once
// The page whose data is being made, with what every part of its data asks:
// its UI strings, links to other pages of its language, and the PDFs made
// for pages.
#include <string>

#include "pages/site_view.h"
#include "templates/strict_mustache.h"

namespace cp {

// "84 KB", "1.2 MB": what a link shows of a file's size.
std::string file_size_text(size_t bytes);

struct PageContext {
  const SiteView& site;
  const Page& page;
  Language lang;  // the page's

  PageContext(const SiteView& s, const Page& p) : site(s), page(p), lang(p.lang) {}

  // The UI string `key` in the page's language.
  std::string t(const std::string& key) const;
  // The href from this page to the page `key` of its language ("#" when
  // there is none).
  std::string href(const std::string& key) const;
  // The title of the page `key` of this language (its key when there is none).
  std::string title_of(const std::string& key) const;
  const PlanIndex& index() const;

  // The PDF made for `of`, when there is one: its href from this page and
  // its size in this page's language ("PDF, 84 KB"), or only "PDF" while its
  // size is not known (the live preview makes PDFs when they are opened).
  void set_pdf(TemplateData& d, const Page& of) const;
};

}  // namespace cp
