#include "cli/commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "diag/diagnostic.h"
#include "io/embedded_files.h"
#include "io/file_system.h"
#include "io/output_writer.h"
#include "diag/suggest.h"
#include "model/catalogue.h"
#include "model/cluster_schema.h"
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

bool inside(const fs::path& child, const fs::path& parent) {
  auto c = child.lexically_normal().string(), p = parent.lexically_normal().string();
  if (!p.empty() && p.back() == '/') p.pop_back();
  return c == p || c.rfind(p + "/", 0) == 0;
}

// The output may not be the source, contain it, or sit inside an input
// folder (it would be read back as input).
std::string output_problem(const BuildArgs& args) {
  std::error_code ec;
  fs::path source = fs::weakly_canonical(fs::absolute(args.source), ec);
  fs::path output = fs::weakly_canonical(fs::absolute(args.output), ec);
  if (inside(source, output)) return "the output folder '" + args.output + "' is the source folder or contains it";
  for (const char* input : {"content", "templates", "themes"}) {
    if (inside(output, source / input))
      return "the output folder '" + args.output + "' is inside the input folder '" + input + "/'";
  }
  if (output == fs::path("/")) return "the output folder may not be '/'";
  return {};
}

int run(const BuildArgs& args, bool write) {
  auto started = std::chrono::steady_clock::now();
  if (!fs::is_directory(args.source)) {
    std::cerr << "clusterpack: error: the source folder '" << args.source << "' does not exist\n";
    return 2;
  }
  if (write) {
    std::string problem = output_problem(args);
    if (!problem.empty()) {
      std::cerr << "clusterpack: error: " << problem << "\nhint: choose another --output, e.g. output/\n";
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
      if (ok) out.commit(options.jobs);
    } else {
      ok = build_site(source, nullptr, diags, sources, stats, options);
    }
  } catch (const std::exception& e) {
    print_diagnostics(diags, sources, args.source);
    std::cerr << "clusterpack: error: " << e.what() << "\n";
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
  auto valid = [](const std::string& id) {
    return !id.empty() && id.size() <= 64 && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
  };
  std::string board = slash == std::string::npos ? "" : board_and_id.substr(0, slash);
  std::string id = slash == std::string::npos ? "" : board_and_id.substr(slash + 1);
  if (!valid(board) || !valid(id)) {
    std::cerr << "clusterpack: error: expected <board>/<cluster>, e.g. hywel-dda/north-ceredigion (lowercase letters, "
                 "digits and '-')\n";
    return 2;
  }
  DiskFileSystem disk(source);
  SourceWithDefaults fs(disk);
  Diagnostics diags;
  SourceRegistry sources;
  std::vector<HealthBoard> boards;
  load_health_boards(fs, diags, sources, boards);
  std::vector<std::string> ids;
  for (const auto& b : boards) ids.push_back(b.id);
  if (std::find(ids.begin(), ids.end(), board) == ids.end()) {
    print_diagnostics(diags, sources, source);
    std::cerr << "clusterpack: error: unknown health board '" << board << "'\nhint: " << suggestion_hint(board, ids)
              << "\n";
    return 1;
  }
  fs::path path = fs::path(source) / "content" / "clusters" / board / (id + ".yaml");
  if (fs::exists(path)) {
    std::cerr << "clusterpack: error: " << path.string() << " already exists\n";
    return 1;
  }
  fs::create_directories(path.parent_path());
  std::ofstream(path) << cluster_starter_file(board, id);
  std::cout << "Wrote " << path.string() << "\n";
  return 0;
}
int run_check(const BuildArgs& args) { return run(args, false); }

}  // namespace cp
