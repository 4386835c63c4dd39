#include "pages/page_addresses.h"

#include "pages/urls.h"

namespace cp {

std::string absolute_url(const SiteConfig& config, const Page& page) {
  return config.language(page.lang).base_url + page.url;
}

namespace {

bool side_by_side(const SiteConfig& config) {
  const std::string& en = config.language(Language::en).base_url;
  const std::string& cy = config.language(Language::cy).base_url;
  return en.size() > 3 && cy.size() > 3 && en.compare(en.size() - 3, 3, "en/") == 0 &&
         cy.compare(cy.size() - 3, 3, "cy/") == 0 && en.substr(0, en.size() - 3) == cy.substr(0, cy.size() - 3);
}

}  // namespace

std::string cross_language_href(const SiteConfig& config, const Page& from, const Page& to) {
  if (!side_by_side(config)) return absolute_url(config, to);
  return root_prefix(from.url) + "../" + code(to.lang) + "/" + file_for_url(to.url);
}

}  // namespace cp
