#pragma once
// site.yaml: the site's titles and its two languages, each with the base URL
// it is published at (Welsh may live on its own domain).
#include <string>
#include <vector>

#include "data/values.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

struct LanguageConfig {
  std::string code;      // "en" or "cy"
  std::string name;      // "English", "Cymraeg"
  std::string base_url;  // absolute, ends with '/'
  Location base_url_where;
};

// An absolute http(s) URL ending with '/', with nothing that needs escaping.
bool valid_base_url(const std::string& url);

struct SiteConfig {
  Text title;
  Text description;
  Text publisher;  // the health board or body publishing the site
  std::vector<LanguageConfig> languages;  // always en then cy
  std::string default_language = "en";
  std::string theme = "default";

  const LanguageConfig& language(const std::string& code) const;
  const LanguageConfig& other_language(const std::string& code) const;
};

// The languages every site has: the product is bilingual by law.
const std::vector<std::string>& site_language_codes();

bool load_site_config(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteConfig& out);

}  // namespace cp
