#include "model/site_config.h"

#include "data/reader.h"
#include "data/load_yaml_file.h"

namespace cp {

const LanguageConfig& SiteConfig::language(Language lang) const {
  for (const auto& l : languages)
    if (l.lang == lang) return l;
  return languages.front();
}

const LanguageConfig& SiteConfig::other_language(Language lang) const { return language(other(lang)); }

bool valid_base_url(const std::string& url) {
  return (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) && url.size() > 8 &&
         url.back() == '/' && url.find_first_of(" \"'<>\\") == std::string::npos;
}

bool load_site_config(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteConfig& out) {
  const std::string file = "site.yaml";
  YamlNode root;
  if (!load_yaml_file(fs, file, diags, sources, root)) return false;
  int errors_before = diags.error_count();
  DataReader r(file, diags);
  Fields f(r, root, "the site settings");
  if (!f.ok()) return false;
  if (auto n = f.required("title"))
    if (auto t = r.bilingual(*n)) out.title = *t;
  if (auto n = f.optional("description"))
    if (auto t = r.bilingual(*n)) out.description = *t;
  if (auto n = f.optional("publisher"))
    if (auto t = r.bilingual(*n)) out.publisher = *t;
  if (auto n = f.optional("theme"))
    if (auto t = r.id(*n)) out.theme = *t;
  if (auto n = f.optional("default_language"))
    if (auto t = r.one_of(*n, codes_of(all_languages()))) out.default_language = *parse_language(*t);
  if (const YamlNode* langs = f.required("languages")) {
    Fields lf(r, *langs, "the languages");
    for (Language lang : all_languages()) {
      const YamlNode* given = lf.required(code(lang));
      if (!given) continue;
      LanguageConfig config;
      config.lang = lang;
      config.name = lang == Language::cy ? "Cymraeg" : "English";
      Fields one(r, *given, "a language");
      if (auto n = one.optional("name"))
        if (auto t = r.text(*n)) config.name = *t;
      if (auto n = one.required("base_url")) {
        config.base_url_where = r.at(*n);
        if (auto t = r.text(*n)) {
          if (valid_base_url(*t))
            config.base_url = *t;
          else
            r.error(*n, "invalid base URL '" + *t + "'",
                    "give the full address the language is published at, ending with '/', "
                    "e.g. https://example.nhs.wales/cy/");
        }
      }
      out.languages.push_back(config);
    }
  }
  return diags.error_count() == errors_before && out.languages.size() == 2;
}

}  // namespace cp
