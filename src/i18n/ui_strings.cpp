#include "i18n/ui_strings.h"

#include <set>

#include "data/reader.h"
#include "data/load_yaml_file.h"

namespace cp {

bool UiStrings::load(const FileSystem& fs, const std::string& theme_dir, const std::vector<Language>& languages,
                     Diagnostics& diags, SourceRegistry& sources) {
  int before = diags.error_count();
  std::map<Language, std::map<std::string, Location>> where;
  std::set<Language> loaded;
  for (Language lang : languages) {
    std::string path = theme_dir + "/i18n/" + code(lang) + ".yaml";
    YamlNode root;
    if (!load_yaml_file(fs, path, diags, sources, root)) continue;
    loaded.insert(lang);
    DataReader r(path, diags);
    if (!root.is_mapping()) {
      r.error(root, "expected UI strings as 'key: text' lines",
              "copy the shipped themes/default/i18n file for this language and translate its texts");
      continue;
    }
    for (const auto& [key, value] : root.entries) {
      auto id = r.id(key);
      auto text = r.text(value);
      if (id && text) {
        strings_[lang][*id] = *text;
        where[lang][*id] = r.at(key);
      }
    }
  }
  // Parity: a key in one language must be in the other.
  for (Language lang : languages) {
    if (!loaded.count(lang)) continue;  // already reported: one error, not one warning per string
    for (Language other : languages) {
      if (other == lang) continue;
      for (const auto& [key, location] : where[other]) {
        if (!strings_[lang].count(key))
          diags.warning(location, "the UI string '" + key + "' has no translation in '" + code(lang) + "'",
                        "add '" + key + ": …' to " + theme_dir + "/i18n/" + code(lang) + ".yaml");
      }
    }
  }
  return diags.error_count() == before;
}

bool UiStrings::has(Language lang, const std::string& key) const {
  auto it = strings_.find(lang);
  return it != strings_.end() && it->second.count(key);
}

std::string UiStrings::get(Language lang, const std::string& key) const {
  auto it = strings_.find(lang);
  if (it != strings_.end()) {
    auto s = it->second.find(key);
    if (s != it->second.end()) return s->second;
  }
  return "[" + key + "]";
}

std::vector<std::string> UiStrings::keys() const {
  std::set<std::string> all;
  for (const auto& [lang, strings] : strings_)
    for (const auto& [key, value] : strings) all.insert(key);
  return {all.begin(), all.end()};
}

std::string UiStrings::format(Language lang, const std::string& key, const std::string& n) const {
  std::string s = get(lang, key);
  size_t at = s.find("{n}");
  if (at != std::string::npos) s.replace(at, 3, n);
  return s;
}

}  // namespace cp
