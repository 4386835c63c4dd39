#pragma once
// site.yaml: the site's titles and its two languages, each with the base URL
// it is published at (Welsh may live on its own domain).
#include <string>
#include <vector>

#include "data/language.h"
#include "data/values.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

struct LanguageConfig {
  Language lang = Language::en;
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
  Language default_language = Language::en;
  std::string theme = "default";

  const LanguageConfig& language(Language lang) const;
  const LanguageConfig& other_language(Language lang) const;
};

bool load_site_config(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteConfig& out);

}  // namespace cp
