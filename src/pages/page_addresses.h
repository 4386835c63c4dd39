#pragma once
// A page's addresses beyond its own language root: its absolute URL, and
// the link to its counterpart in the other language.
#include <string>

#include "model/site_config.h"
#include "pages/page_plan.h"

namespace cp {

// The page's absolute address from its language's base URL.
std::string absolute_url(const SiteConfig& config, const Page& page);

// The href from a page to its counterpart in the other language: relative
// when both languages are published side by side (base URLs <p>/en/ and
// <p>/cy/, the layout of output/), absolute otherwise (Welsh on its own
// domain).
std::string cross_language_href(const SiteConfig& config, const Page& from, const Page& to);

}  // namespace cp
