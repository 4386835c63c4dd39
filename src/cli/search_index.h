#pragma once
// The site's search index, made by Pagefind (an npm package that bundles
// its own binary) over each language folder of a finished build, so that
// each language searches only its own pages. Without an index the site
// still works, and its search page says search is not available.
#include <optional>
#include <string>
#include <vector>

namespace cp {

enum class SearchMode {
  Auto,     // index when Pagefind is found; otherwise say so
  Require,  // fail the build when Pagefind is not found
  Off,      // no index
};

// Where Pagefind is, first found of: the CLUSTERPACK_PAGEFIND variable;
// <site>/node_modules/.bin/pagefind (`npm install pagefind` in the site
// folder); pagefind on PATH; tests/browser/node_modules/.bin/pagefind of
// the checkout the running clusterpack was built in (`make site`).
std::optional<std::string> find_pagefind(const std::string& site_dir);

// Runs Pagefind over <output_dir>/<lang>/ for each language, writing
// <lang>/pagefind/. False with `problem` set when it fails.
bool index_languages(const std::string& pagefind, const std::string& output_dir,
                     const std::vector<std::string>& languages, std::string& problem);

}  // namespace cp
