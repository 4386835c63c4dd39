#pragma once
// Page addresses. Every page lives at a path below its language's root
// ("guide/vision/" → guide/vision/index.html). Links inside a language are
// relative and name index.html, so the site works from any sub-path and
// from disk (file://).
#include <string>

namespace cp {

// The file a URL path is written to: "a/b/" → "a/b/index.html", "" →
// "index.html", "404.html" → "404.html".
std::string file_for_url(const std::string& url);

// Relative href from the page at `from_url` to the page at `to_url`, both
// below the same root: "guide/vision/" → "guide/" gives "../index.html".
std::string relative_href(const std::string& from_url, const std::string& to_url);

// Relative prefix from a page to its language root ("../../").
std::string root_prefix(const std::string& from_url);

}  // namespace cp
