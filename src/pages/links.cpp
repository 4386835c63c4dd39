#include "pages/links.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "pages/urls.h"

namespace cp {

bool is_safe_external_url(const std::string& url) {
  std::string lower;
  for (char c : url) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.find_first_of(" \t\r\n\"'<>\\`") != std::string::npos) return false;
  for (const char* scheme : {"https://", "http://", "mailto:", "tel:"})
    if (lower.rfind(scheme, 0) == 0 && lower.size() > std::char_traits<char>::length(scheme)) return true;
  return false;
}

namespace {

// "guide" + "../resource-pack/_index" → "resource-pack/_index"; "" when it
// would leave content/.
std::string join_key(const std::string& dir, const std::string& relative) {
  std::vector<std::string> parts;
  size_t start = 0;
  std::string combined = dir.empty() ? relative : dir + "/" + relative;
  while (start <= combined.size()) {
    size_t slash = combined.find('/', start);
    std::string seg = combined.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (seg == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

void resolve_links(DocNode& tree, const Page& page, const PagePlan& plan, Diagnostics& diags) {
  const std::string dir = page.source ? page.source->dir : "";
  walk(tree, [&](DocNode& n) {
    if (n.kind != NodeKind::Link) return;
    const std::string url = n.url;
    if (is_safe_external_url(url)) return;
    if (url.size() > 1 && url[0] == '#' && url.find_first_of(" \"'<>") == std::string::npos) return;
    std::string target = url.substr(0, url.find('#'));
    std::string fragment = url.find('#') == std::string::npos ? "" : url.substr(url.find('#'));
    const std::string md = ".md";
    if (target.size() > md.size() && target.compare(target.size() - md.size(), md.size(), md) == 0 &&
        target.find(':') == std::string::npos && target[0] != '/') {
      std::string stem = target.substr(0, target.size() - md.size());
      // "x.en.md" names one language explicitly; "x.md" means "this language".
      Language lang = page.lang;
      for (Language named : all_languages()) {
        std::string suffix = "." + code(named);
        if (stem.size() > suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0) {
          lang = named;
          stem.resize(stem.size() - suffix.size());
        }
      }
      std::string key = join_key(dir, stem);
      if (const Page* to = key.empty() ? nullptr : plan.find(key, lang)) {
        if (to->lang == page.lang) {
          n.url = relative_href(page.url, to->url) + fragment;
          return;
        }
      }
      diags.error(n.where, "the link '" + url + "' names no page",
                  "link to a content file relative to this one, without the language, e.g. "
                  "'03-accountability-framework.md' or '../resource-pack/_index.md'");
      n.url = "#";
      return;
    }
    diags.error(n.where, "the link '" + url + "' is not allowed",
                "use https://, http://, mailto: or tel: addresses, '#anchors', or links to content files (name.md)");
    n.url = "#";
  });
}

}  // namespace cp
