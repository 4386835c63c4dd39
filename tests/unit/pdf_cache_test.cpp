// The PDF cache: what a rebuild takes from it and what it makes again.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "io/embedded_files.h"
#include "io/file_system.h"
#include "io/output_writer.h"
#include "site/build.h"
#include "site/pdf_cache.h"

using namespace cp;
namespace fs = std::filesystem;

namespace {

struct Built {
  bool ok = false;
  MemoryOutput out;
  Diagnostics diags;
  SourceRegistry sources;
  BuildStats stats;
};

// A copy of the documents fixture (a cluster with every document) with a
// second cluster, so that editing one cluster can be told apart from
// editing the other.
fs::path fixture_copy(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("clusterpack-pdf-cache-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(fs::path(CLUSTERPACK_TEST_SITES) / "documents", dir / "site", fs::copy_options::recursive);
  fs::path first = dir / "site/content/clusters/hywel-dda/test-cluster.yaml";
  std::ifstream in(first);
  std::stringstream text;
  text << in.rdbuf();
  std::string other = text.str();
  other.replace(other.find("\"Test Cluster\""), 14, "\"Other Cluster\"");
  other.replace(other.find("\"Clwstwr Prawf\""), 15, "\"Clwstwr Arall\"");
  std::ofstream(dir / "site/content/clusters/hywel-dda/other-cluster.yaml") << other;
  return dir;
}

void append(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::app) << text; }

void build(const fs::path& dir, bool cached, Built& b) {
  DiskFileSystem disk((dir / "site").string());
  SourceWithDefaults source(disk);
  std::string problem;
  auto cache = cached ? PdfCache::open((dir / "cache").string(), problem) : nullptr;
  REQUIRE((!cached || cache));
  BuildOptions options;
  options.cache = cache.get();
  b.ok = build_site(source, &b.out, b.diags, b.sources, b.stats, options);
  REQUIRE(b.ok);
}

int pdfs_of(const Built& b, const std::string& part) {
  int n = 0;
  for (const auto& [path, bytes] : b.out.files())
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".pdf") == 0 && path.find(part) != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("a rebuild with nothing changed takes every PDF from the cache, byte for byte") {
  fs::path dir = fixture_copy("noop");
  Built cold, again;
  build(dir, true, cold);
  CHECK(cold.stats.pdfs > 0);
  CHECK(cold.stats.pdfs_from_cache == 0);
  build(dir, true, again);
  CHECK(again.stats.pdfs_from_cache == again.stats.pdfs);
  CHECK(again.out.files() == cold.out.files());
  fs::remove_all(dir);
}

TEST_CASE("editing a cluster's YAML makes that cluster's PDFs again, and only those") {
  fs::path dir = fixture_copy("cluster");
  Built cold, edited, fresh;
  build(dir, true, cold);
  std::string yaml = (dir / "site/content/clusters/hywel-dda/test-cluster.yaml").string();
  {
    std::ifstream in(yaml);
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    s.replace(s.find("\"Test Cluster\""), 14, "\"Edited Cluster\"");
    std::ofstream(yaml) << s;
  }
  build(dir, true, edited);
  int edited_pdfs = pdfs_of(edited, "/test-cluster/");
  CHECK(edited_pdfs > 0);
  CHECK(pdfs_of(edited, "/other-cluster/") == edited_pdfs);
  CHECK(edited.stats.pdfs_from_cache == edited.stats.pdfs - edited_pdfs);
  build(dir, false, fresh);
  CHECK(edited.out.files() == fresh.out.files());
  fs::remove_all(dir);
}

TEST_CASE("a changed site file, guide page or build date makes every PDF again") {
  fs::path dir = fixture_copy("global");
  Built cold;
  build(dir, true, cold);
  SUBCASE("site.yaml") { append(dir / "site/site.yaml", "# edited\n"); }
  SUBCASE("a guide page") { append(dir / "site/content/guide/01-vision.en.md", "\nA new paragraph.\n"); }
  SUBCASE("the build date") { ::setenv("SOURCE_DATE_EPOCH", "1795392000", 1); }
  Built edited, fresh;
  build(dir, true, edited);
  CHECK(edited.stats.pdfs_from_cache == 0);
  build(dir, false, fresh);
  CHECK(edited.out.files() == fresh.out.files());
  ::unsetenv("SOURCE_DATE_EPOCH");
  fs::remove_all(dir);
}

TEST_CASE("the cache keeps only what the last build used") {
  fs::path dir = fixture_copy("prune");
  Built cold, edited;
  build(dir, true, cold);
  auto count = [&] {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir / "cache")) n += e.path().extension() == ".pdf";
    return n;
  };
  CHECK(count() == cold.stats.pdfs);
  append(dir / "site/site.yaml", "# edited\n");
  build(dir, true, edited);
  CHECK(count() == edited.stats.pdfs);
  fs::remove_all(dir);
}

TEST_CASE("a cache folder that others can open is refused") {
  fs::path dir = fs::temp_directory_path() / ("clusterpack-pdf-cache-open-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  ::chmod(dir.c_str(), 0755);
  std::string problem;
  CHECK(PdfCache::open(dir.string(), problem) == nullptr);
  CHECK(problem == "the PDF cache " + dir.string() + " is not a folder private to this user (mode 0700)");
  ::chmod(dir.c_str(), 0700);
  CHECK(PdfCache::open(dir.string(), problem) != nullptr);
  fs::remove_all(dir);
}
