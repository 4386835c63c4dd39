#include "cli/commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/build_overrides.h"
#include "cli/check_files.h"
#include "cli/output_folder.h"
#include "diag/diagnostic.h"
#include "io/embedded_files.h"
#include "io/file_system.h"
#include "io/output_writer.h"
#include "diag/suggest.h"
#include "model/catalogue.h"
#include "model/cluster_id.h"
#include "model/cluster_schema.h"
#include "model/cluster_starter.h"
#include "data/clock.h"
#include "model/site_config.h"
#include "site/build.h"
#include "site/site_inputs.h"
#include "site/build_cache.h"
#include "site/translation_report.h"
#include "site/work_queue.h"

namespace fs = std::filesystem;

namespace cp {

namespace {

// Diagnostics carry paths relative to the source folder; shown relative to
// where the user stands.
void print_diagnostics(const Diagnostics& diags, const SourceRegistry& sources, const std::string& source_dir) {
  std::string prefix;
  if (!source_dir.empty() && source_dir != ".") prefix = source_dir.back() == '/' ? source_dir : source_dir + "/";
  std::cerr << format_all(diags, sources, prefix);
}

// The search index, made in the staging folder before it is swapped in.
// False (after saying why) when it was required and could not be made.
bool make_search_index(const BuildArgs& args, const std::string& staging, const BuildStats& stats) {
  if (args.search == SearchMode::Off) return true;
  std::optional<std::string> pagefind = find_pagefind(args.source);
  if (!pagefind) {
    std::string why = "Pagefind was not found";
    if (args.search == SearchMode::Require) {
      std::cerr << "clusterpack: error: the search index cannot be made: " << why
                << "\nhint: run `npm install pagefind` in the site folder, or set CLUSTERPACK_PAGEFIND to its "
                   "program; --search off builds without it\n";
      return false;
    }
    std::cout << "Search index not made: " << why
              << " (`npm install pagefind` in the site folder adds it); the search page says search is not "
                 "available.\n";
    return true;
  }
  std::vector<std::string> languages;
  for (const auto& [lang, n] : stats.pages) languages.push_back(lang);
  std::string problem;
  if (!index_languages(*pagefind, staging, languages, problem)) {
    std::cerr << "clusterpack: error: " << problem
              << "\nhint: the previous output is unchanged; --search off builds without the index\n";
    return false;
  }
  return true;
}

int run(const BuildArgs& args, bool write) {
  auto started = std::chrono::steady_clock::now();
  if (!fs::is_directory(args.source)) {
    std::cerr << "clusterpack: error: the source folder '" << args.source << "' does not exist\n"
              << "hint: run clusterpack in your site's folder (the one holding site.yaml), or name it with --source\n";
    return 2;
  }
  if (write) {
    std::string problem = output_folder_problem(args.source, args.output, args.force);
    if (!problem.empty()) {
      std::cerr << "clusterpack: error: " << problem << "\n";
      return 2;
    }
  }
  DiskFileSystem disk(args.source);
  SourceWithDefaults source(disk);
  Diagnostics diags;
  diags.set_strict(args.strict);
  SourceRegistry sources;
  BuildStats stats;
  bool ok = false;
  BuildOptions options;
  options.jobs = args.jobs > 0 ? args.jobs : default_jobs();
  options.pdfs = !args.no_pdf;
  options.publish = args.publish;
  if (std::string problem = read_build_overrides(args, options); !problem.empty()) {
    std::cerr << "clusterpack: error: " << problem << "\n";
    return 2;
  }
  std::unique_ptr<BuildCache> cache;
  if (write && !args.no_pdf && !args.no_cache) {
    // Beside the output, named after it: .output.cache for output/.
    fs::path out_path = fs::absolute(args.output).lexically_normal();
    if (out_path.filename().empty()) out_path = out_path.parent_path();
    std::string problem;
    cache = BuildCache::open((out_path.parent_path() / ("." + out_path.filename().string() + ".cache")).string(), problem);
    if (!cache) std::cerr << "clusterpack: warning: " << problem << "; every page and PDF is made again\n";
    options.cache = cache.get();
  }
  try {
    if (write) {
      remove_stale_staging(args.output);
      StagedDiskOutput out(args.output);
      ok = build_site(source, &out, diags, sources, stats, options);
      if (ok) {
        out.write(kOutputMarker, output_marker_text());
        if (!make_search_index(args, out.staging_dir(), stats)) {
          print_diagnostics(diags, sources, args.source);
          return 1;
        }
        out.commit(options.jobs);
      }
    } else {
      ok = build_site(source, nullptr, diags, sources, stats, options);
    }
  } catch (const std::exception& e) {
    print_diagnostics(diags, sources, args.source);
    std::cerr << "clusterpack: error: " << e.what() << "\n"
              << "hint: nothing was published and the previous output is unchanged; if the message does not say "
                 "what to fix, please report it with the command you ran\n";
    return 1;
  }
  print_diagnostics(diags, sources, args.source);
  if (!ok) return 1;
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char time[32];
  std::snprintf(time, sizeof time, "%.2f", seconds);
  std::string pages;
  int total = 0;
  for (const auto& [lang, n] : stats.pages) {
    pages += (pages.empty() ? "" : ", ") + lang + " " + std::to_string(n);
    total += n;
  }
  int warnings = diags.warning_count();
  std::cout << (write ? "Built " : "Checked ") << total << " pages (" << pages << "), " << stats.pdfs << " PDFs, "
            << warnings << (warnings == 1 ? " warning" : " warnings") << " in " << time << " s";
  // What the build cache saved (docs/performance.md): say so, or a fast
  // rebuild looks like one that did nothing.
  if (stats.pages_from_cache > 0 || stats.pdfs_from_cache > 0)
    std::cout << " (from the cache: " << stats.pages_from_cache << " pages, " << stats.pdfs_from_cache << " PDFs)";
  if (write) std::cout << " → " << args.output << "/";
  std::cout << "\n";
  if (stats.placeholders > 0 && !args.publish)
    std::cout << "Not ready to publish: " << stats.placeholders
              << (stats.placeholders == 1 ? " placeholder" : " placeholders")
              << " (example clusters, publisher or base URLs); `clusterpack check --publish` lists them.\n";
  return 0;
}

}  // namespace

int run_build(const BuildArgs& args) { return run(args, true); }

int run_i18n(const std::string& source, bool strict, const std::string& format) {
  DiskFileSystem disk(source);
  SourceWithDefaults fs(disk);
  Diagnostics diags;
  SourceRegistry sources;
  SiteInputs in;
  load_site_inputs(fs, diags, sources, in);
  if (in.config.languages.size() != 2) {
    print_diagnostics(diags, sources, source);
    return 1;
  }
  TranslationReport report = translation_report(in);
  std::cout << (format == "json" ? format_report_json(report) : format_report_text(report));
  return strict && report.lacking() > 0 ? 1 : 0;
}

int run_schema() {
  std::cout << cluster_json_schema();
  return 0;
}

int run_new_cluster(const std::string& source, const std::string& board_and_id) {
  size_t slash = board_and_id.find('/');
  std::string board = slash == std::string::npos ? "" : board_and_id.substr(0, slash);
  std::string id = slash == std::string::npos ? "" : board_and_id.substr(slash + 1);
  if (!is_cluster_id(board) || !is_cluster_id(id)) {
    std::string better = cluster_id_for(id.empty() ? board_and_id : id);
    std::cerr << "clusterpack: error: '" << board_and_id << "' is not <board>/<cluster>\nhint: e.g. "
              << (board.empty() ? "hywel-dda" : board) << "/" << (better.empty() ? "north-ceredigion" : better)
              << ": the cluster's id becomes its file name and web address (lowercase letters a-z, digits and "
                 "'-')\n";
    return 2;
  }
  // Inside a site folder (it has site.yaml) the file goes where the site
  // reads it; anywhere else it is written here, for `check FILE` and `pdf`.
  bool in_site = fs::is_regular_file(fs::path(source) / "site.yaml");
  // The site's health boards, or the seven built in.
  MemoryFileSystem builtin = builtin_site();
  DiskFileSystem disk(source);
  Diagnostics diags;
  SourceRegistry sources;
  std::vector<HealthBoard> boards;
  if (in_site)
    load_health_boards(disk, diags, sources, boards);
  else
    load_health_boards(builtin, diags, sources, boards);
  std::vector<std::string> ids;
  for (const auto& b : boards) ids.push_back(b.id);
  if (std::find(ids.begin(), ids.end(), board) == ids.end()) {
    print_diagnostics(diags, sources, source);
    std::cerr << "clusterpack: error: unknown health board '" << board << "'\nhint: " << suggestion_hint(board, ids)
              << "\n";
    return 1;
  }
  fs::path path = in_site ? fs::path(source) / "content" / "clusters" / board / (id + ".yaml")
                          : fs::path(source) / (id + ".yaml");
  path = path.lexically_normal();
  if (fs::exists(path)) {
    std::cerr << "clusterpack: error: " << path.string() << " already exists\nhint: it is never overwritten; "
              << "choose another id, or edit that file\n";
    return 1;
  }
  std::error_code ec;
  fs::create_directories(path.parent_path().empty() ? fs::path(".") : path.parent_path(), ec);
  std::ofstream out(path);
  out << cluster_starter_file(board, id, path.string(), build_date());
  out.close();
  if (!out) {
    std::cerr << "clusterpack: error: cannot write " << path.string() << "\nhint: check that you may write there\n";
    return 1;
  }
  std::cout << "Wrote " << path.string() << ". Next:\n"
            << "  1. Fill in the names and texts (docs/authoring.md walks you through it).\n"
            << "  2. clusterpack check " << path.string() << "\n"
            << "  3. clusterpack pdf " << path.string()
            << " --doc terms-of-reference --lang en -o terms-of-reference.en.pdf\n"
            << "     clusterpack pdf " << path.string()
            << " --doc terms-of-reference --lang cy -o terms-of-reference.cy.pdf\n";
  return 0;
}

int run_check(const BuildArgs& args) {
  if (!args.files.empty()) return run_check_files(args);
  return run(args, false);
}

int run_version() {
  std::cout << "clusterpack " << CLUSTERPACK_VERSION << "\n";
  return 0;
}

}  // namespace cp
