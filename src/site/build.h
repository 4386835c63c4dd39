#pragma once
// The pipeline, end to end: load → plan → render → write.
#include <map>
#include <optional>
#include <string>

#include "data/language.h"
#include "data/values.h"

#include "diag/diagnostic.h"
#include "io/file_system.h"
#include "io/output_writer.h"

namespace cp {

class BuildCache;

struct BuildStats {
  std::map<std::string, int> pages;  // by language code: the summary prints them, Pagefind indexes their folders
  int pdfs = 0;
  int pdfs_from_cache = 0;
  int pages_from_cache = 0;
  int files = 0;
  int placeholders = 0;  // what is still example data or an example setting (site/publish_readiness.h)
};

struct BuildOptions {
  int jobs = 1;       // threads rendering pages and PDFs; the output is the same for any number
  bool pdfs = true;   // false: the HTML pages only (pages then link no PDFs)
  BuildCache* cache = nullptr;  // unchanged pages and PDFs are taken from it (site/build_cache.h)
  bool publish = false;         // placeholders (example clusters, publisher, base URLs) are errors
  std::optional<Date> today;    // --as-of, instead of the build date
  std::map<Language, std::string> base_urls;  // --base-url
};

// Builds the site from `fs` and, when it has no errors, writes every file
// through `out` (which may be null: `check` validates only). Returns false
// when any error was reported; nothing is written then.
bool build_site(const FileSystem& fs, OutputWriter* out, Diagnostics& diags, SourceRegistry& sources,
                BuildStats& stats, const BuildOptions& options = {});

}  // namespace cp
