#pragma once
// Walks content/: every file is either a page (name.en.md / name.cy.md),
// one of the known data files, or an error — nothing is silently skipped.
#include <string>
#include <vector>

#include "content/source_page.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

struct ContentTree {
  std::vector<SourcePage> pages;           // sorted by path
  std::vector<std::string> cluster_files;  // content/clusters/<board>/<cluster>.yaml
  std::vector<std::string> cnd_files;      // content/cnd/<YYYY-YY>.yaml: CND indicator sets
  std::vector<std::string> unreadable;     // pages reported as broken (not "missing" translations)
};

// A cluster's data file: content/clusters/<board>/<cluster>.yaml, exactly
// two levels deep.
bool is_cluster_file(const std::string& path);

void scan_content(const FileSystem& fs, const std::vector<Language>& languages, Diagnostics& diags,
                  SourceRegistry& sources, ContentTree& out);

// The pages of one translation key, by language (nullptr when missing).
const SourcePage* find_page(const ContentTree& tree, const std::string& key, Language lang);

}  // namespace cp
