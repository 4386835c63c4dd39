#include "site/build.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "io/embedded_files.h"
#include "site/build_cache.h"
#include "site/publish_readiness.h"
#include "site/site.h"

namespace cp {

namespace {

// The process's resident memory now, from /proc (Linux); -1 elsewhere.
long resident_megabytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return -1;
  long size = 0, resident = 0;
  int got = std::fscanf(f, "%ld %ld", &size, &resident);
  std::fclose(f);
  return got == 2 ? resident * 4096 / (1024 * 1024) : -1;
}

// CLUSTERPACK_TIMINGS=1 prints how long each stage took, and the memory
// held after it (for profiling).
class StageTimer {
 public:
  StageTimer() : enabled_(std::getenv("CLUSTERPACK_TIMINGS") != nullptr), last_(std::chrono::steady_clock::now()) {}
  void lap(const char* stage) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "  %-10s %8.1f ms  %6ld MB resident\n", stage,
                 std::chrono::duration<double, std::milli>(now - last_).count(), resident_megabytes());
    last_ = now;
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_;
};

// Placeholders are errors when publishing, and only counted otherwise.
void count_placeholders(const SiteInputs& in, bool publish, Diagnostics& diags, BuildStats& stats) {
  MemoryFileSystem builtin = builtin_site();
  Diagnostics ignored;
  SourceRegistry no_sources;
  SiteConfig shipped;
  load_site_config(builtin, ignored, no_sources, shipped);
  std::vector<Diagnostic> found = publish_placeholders(in, shipped);
  stats.placeholders = static_cast<int>(found.size());
  if (publish)
    for (auto& d : found) diags.add(std::move(d));
}

}  // namespace

bool build_site(const FileSystem& fs, OutputWriter* out, Diagnostics& diags, SourceRegistry& sources,
                BuildStats& stats, const BuildOptions& options) {
  StageTimer timer;
  auto in = std::make_unique<SiteInputs>();
  LoadOptions load;
  load.jobs = options.jobs;
  load.today = options.today;
  load.base_urls = options.base_urls;
  if (!load_site_inputs(fs, diags, sources, *in, load) && in->config.languages.size() != 2) return false;
  count_placeholders(*in, options.publish, diags, stats);
  timer.lap("load");

  const Site site(std::move(in), diags);  // documents planned; each cluster's rendered with its pages
  timer.lap("plan");

  // Pages and PDFs go straight to the output (its staging folder, swapped
  // in only when the build succeeds), a cluster at a time: memory stays
  // flat however many clusters. A check (no output) makes no PDFs and keeps
  // no page; it renders every page for its messages.
  RenderRequest request;
  request.pdfs = out && options.pdfs ? PdfLinks::Make : PdfLinks::None;
  request.jobs = options.jobs;
  if (request.pdfs == PdfLinks::Make && options.cache && !diags.has_errors()) {
    options.cache->fingerprint(fs, site.inputs());
    request.cache = options.cache;
  }
  // Files are written by the threads that make them (the output writer is
  // safe for that); messages are still taken in order.
  std::atomic<int> written = 0;
  UnitSink sink;
  sink.write = [&](const std::string& path, std::string bytes) {
    if (!out) return;
    out->write(path, bytes);
    ++written;
  };
  sink.link = [&](const std::string& path, const std::string& cached) {
    out->link(path, cached);
    ++written;
  };
  sink.any_thread = true;
  RenderedUnits made = site.render(request, diags, sink);
  timer.lap("pages+pdfs");
  site.render_site_files(fs, diags, sink.write);
  timer.lap("site files");
  if (diags.has_errors()) {
    if (out) out->discard();  // what was already written
    return false;
  }

  for (const auto& page : site.plan().pages) ++stats.pages[code(page.lang)];
  stats.pdfs = static_cast<int>(made.pdfs.size());
  stats.pdfs_from_cache = made.pdfs_from_cache;
  stats.pages_from_cache = made.pages_from_cache;
  if (request.cache) options.cache->keep_only_used();
  stats.files = written;
  return true;
}

}  // namespace cp
