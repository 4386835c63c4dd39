#pragma once
// The theme's interface strings, one file per language
// (themes/<theme>/i18n/en.yaml, cy.yaml). A key present in one language and
// missing in the other is a warning naming both (an error with --strict);
// the page then shows the key in brackets, never the other language's text.
#include <map>
#include <string>
#include <vector>

#include "data/language.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

class UiStrings {
 public:
  bool load(const FileSystem& fs, const std::string& theme_dir, const std::vector<Language>& languages,
            Diagnostics& diags, SourceRegistry& sources);
  void set(Language lang, const std::string& key, std::string value) { strings_[lang][key] = std::move(value); }
  // The string, or "[key]" when this language lacks it.
  std::string get(Language lang, const std::string& key) const;
  bool has(Language lang, const std::string& key) const;
  // Every key of every language, sorted: what a layout may use as t.<key>.
  std::vector<std::string> keys() const;
  // "{n}" in a string replaced by the value.
  std::string format(Language lang, const std::string& key, const std::string& n) const;

 private:
  std::map<Language, std::map<std::string, std::string>> strings_;
};

}  // namespace cp
