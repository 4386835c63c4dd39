#include "content/content_tree.h"

#include <algorithm>

#include "diag/suggest.h"
#include "model/cnd.h"

namespace cp {

namespace {

constexpr size_t kMaxPageBytes = 2 * 1024 * 1024;

bool is_data_file(const std::string& path) {
  return path == "content/health-boards.yaml" || path == "content/resource-pack/packs.yaml";
}

}  // namespace

bool is_cluster_file(const std::string& path) {
  const std::string prefix = "content/clusters/";
  if (!path.starts_with(prefix) || !path.ends_with(".yaml")) return false;
  return std::count(path.begin() + static_cast<std::ptrdiff_t>(prefix.size()), path.end(), '/') == 1;
}

void scan_content(const FileSystem& fs, const std::vector<Language>& languages, Diagnostics& diags,
                  SourceRegistry& sources, ContentTree& out) {
  std::vector<std::string> escaping;
  std::vector<std::string> files = fs.list_files("content", &escaping);
  for (const auto& path : escaping)
    diags.error({path, 0, 0}, "this link points outside the source tree",
                "content must live inside the site's folder; copy the file in instead of linking to it");
  for (const auto& path : files) {
    if (is_data_file(path)) continue;  // read by the model loaders
    if (is_cluster_file(path)) {
      out.cluster_files.push_back(path);
      continue;
    }
    if (is_cnd_file(path)) {
      out.cnd_files.push_back(path);
      continue;
    }
    std::string name = path.substr(path.rfind('/') + 1);
    std::string stem, lang_code;
    if (split_content_name(name, stem, lang_code)) {
      auto lang = parse_language(lang_code);
      if (!lang || std::find(languages.begin(), languages.end(), *lang) == languages.end()) {
        diags.error({path, 0, 0}, "unknown language '" + lang_code + "' in the file name",
                    suggestion_hint(lang_code, codes_of(languages)) + " (pages are named <name>.en.md and <name>.cy.md)");
        continue;
      }
      auto text = fs.read(path);
      if (!text) continue;
      if (text->size() > kMaxPageBytes) {
        diags.error({path, 0, 0}, "the page is larger than 2 MB", "split it into several pages");
        out.unreadable.push_back(path);
        continue;
      }
      if (auto page = parse_source_page(path, std::move(*text), diags, sources))
        out.pages.push_back(std::move(*page));
      else
        out.unreadable.push_back(path);
      continue;
    }
    std::string hint = "pages are <name>.en.md / <name>.cy.md; cluster data is content/clusters/<board>/<cluster>.yaml; "
                       "CND indicator sets are content/cnd/<YYYY-YY>.yaml";
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".md") == 0)
      hint = "add the language to the name: " + name.substr(0, name.size() - 3) + ".en.md or .cy.md";
    diags.error({path, 0, 0}, "clusterpack does not know what to do with this file", hint);
  }
}

const SourcePage* find_page(const ContentTree& tree, const std::string& key, Language lang) {
  for (const auto& p : tree.pages)
    if (p.key == key && p.lang == lang) return &p;
  return nullptr;
}

}  // namespace cp
