#pragma once
// One function per subcommand; main.cpp only parses arguments.
// Exit codes: 0 success, 1 errors in the input, 2 usage errors.
#include <string>
#include <vector>

namespace cp {

struct BuildArgs {
  std::string source = ".";
  std::string output = "output";
  bool strict = false;
  int jobs = 0;        // 0: all cores
  bool no_pdf = false;    // HTML pages only
  bool no_cache = false;  // make every PDF again
};

int run_build(const BuildArgs& args);
int run_check(const BuildArgs& args);
// The translation report; with strict, exit 1 when anything lacks a language.
int run_i18n(const std::string& source, bool strict, const std::string& format);
struct PdfArgs {
  std::string cluster_file;
  std::string doc;     // "terms-of-reference", "sbar/<id>", "pack", …
  std::string lang = "en";
  std::string output;
  std::string source;  // empty: the site built into the binary
};
// One document of one cluster as a PDF.
int run_pdf(const PdfArgs& args);
// Checks each PDF against the PDF/UA-1 rules (src/pdfcheck/): 0 all pass,
// 1 a rule fails, 2 a file cannot be read.
int run_check_pdf(const std::vector<std::string>& files);
// Prints the JSON Schema of a cluster file.
int run_schema();
// Writes content/clusters/<board>/<id>.yaml, a starter file that passes check.
int run_new_cluster(const std::string& source, const std::string& board_and_id);

}  // namespace cp
