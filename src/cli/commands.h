#pragma once
// One function per subcommand; main.cpp only parses arguments.
// Exit codes: 0 success, 1 errors in the input, 2 usage errors.
#include <string>
#include <vector>

#include "cli/search_index.h"
#include "data/language.h"

namespace cp {

struct BuildArgs {
  std::string source = ".";
  std::string output = "output";
  bool strict = false;
  int jobs = 0;        // 0: all cores
  bool no_pdf = false;    // HTML pages only
  bool no_cache = false;  // make every PDF again
  bool force = false;     // replace an output folder clusterpack did not make
  SearchMode search = SearchMode::Auto;
  std::vector<std::string> base_urls;  // --base-url: "URL" (every language side by side) or "LANG=URL"
  std::string as_of;                   // --as-of YYYY-MM-DD: "today" for reviews and actions
  bool publish = false;                // placeholders are errors
  std::vector<std::string> files;      // check: cluster files checked alone
  bool source_given = false;           // check FILE: --source was given
};

int run_build(const BuildArgs& args);
// The whole site, or (with args.files) each cluster file alone.
int run_check(const BuildArgs& args);
// The translation report; with strict, exit 1 when anything lacks a language.
int run_i18n(const std::string& source, bool strict, const std::string& format);
struct PdfArgs {
  std::string cluster_file;
  std::string doc;     // "terms-of-reference", "sbar/<id>", "pack", …
  Language lang = Language::en;  // --lang en|cy
  std::string output;
  std::string source;  // empty: the site built into the binary
  bool force = false;  // replace a file of that name that clusterpack did not make
};
// One document of one cluster as a PDF.
int run_pdf(const PdfArgs& args);
// Checks each PDF against the PDF/UA-1 rules (src/pdfcheck/): 0 all pass,
// 1 a rule fails, 2 a file cannot be read.
int run_check_pdf(const std::vector<std::string>& files);
// `clusterpack version`, and `--version`.
int run_version();
// Prints the JSON Schema of a cluster file.
int run_schema();
// Writes content/clusters/<board>/<id>.yaml below `source`, a starter file
// that passes check and makes a Terms of Reference and a voting system.
// Outside a site folder it writes <id>.yaml where the user stands (the
// health boards are built in).
int run_new_cluster(const std::string& source, const std::string& board_and_id);

}  // namespace cp
