#pragma once
// The data a page's layout sees: what every page has (language, titles,
// navigation, breadcrumbs, language switch, alternates, UI strings) and
// what its kind adds (kind_data.h). The names are documented in
// docs/theming.md.
#include <string>

#include "doc/tree.h"
#include "pages/site_view.h"
#include "templates/strict_mustache.h"

namespace cp {

// `body` is the page's document tree (content pages and generated
// documents), from which the in-page contents (`toc`) are taken; null for
// pages without a body.
TemplateData page_data(const SiteView& site, const Page& page, const std::string& content_html,
                       const DocNode* body = nullptr);

// What every page of a language sees besides its page_data: the UI strings
// (`t`). Built once per language and passed to TemplateSet::render as its
// shared data, not copied into each page's data (that was a quarter of a build).
TemplateData language_data(const SiteView& site, Language lang);

}  // namespace cp
