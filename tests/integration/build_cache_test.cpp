// The build cache: what a rebuild takes from it and what it makes again.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "io/embedded_files.h"
#include "io/file_system.h"
#include "io/output_writer.h"
#include "site/build.h"
#include "site/build_cache.h"

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
  auto cache = cached ? BuildCache::open((dir / "cache").string(), problem) : nullptr;
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
  // Every cluster's page and document page too (the cluster units).
  int cluster_pages = 0;
  for (const auto& [path, bytes] : cold.out.files())
    if ((path.find("/test-cluster/") != std::string::npos || path.find("/other-cluster/") != std::string::npos ||
         path.find("/two-bodies/") != std::string::npos) &&
        path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0)
      ++cluster_pages;
  CHECK(cluster_pages > 0);
  CHECK(again.stats.pages_from_cache == cluster_pages);
  CHECK(again.out.files() == cold.out.files());
  fs::remove_all(dir);
}

TEST_CASE("on disk, a rebuild from the cache links the cached files and gives the same tree") {
  fs::path dir = fixture_copy("disk");
  auto build_to_disk = [&](const fs::path& output) {
    DiskFileSystem disk((dir / "site").string());
    SourceWithDefaults source(disk);
    std::string problem;
    auto cache = BuildCache::open((dir / "cache").string(), problem);
    REQUIRE(cache);
    BuildOptions options;
    options.cache = cache.get();
    Diagnostics diags;
    SourceRegistry sources;
    BuildStats stats;
    StagedDiskOutput out(output.string());
    REQUIRE(build_site(source, &out, diags, sources, stats, options));
    out.commit();
    return stats;
  };
  auto tree = [](const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      files[fs::relative(e.path(), root).string()] = bytes.str();
    }
    return files;
  };
  BuildStats cold = build_to_disk(dir / "out");
  auto first = tree(dir / "out");
  BuildStats again = build_to_disk(dir / "out");
  CHECK(cold.pages_from_cache == 0);
  CHECK(again.pages_from_cache > 0);
  CHECK(tree(dir / "out") == first);
  // A cached page is the cache's file itself, read-only, so that editing the
  // output cannot change what the next build takes from the cache.
  fs::path page;
  for (const auto& e : fs::recursive_directory_iterator(dir / "out"))
    if (e.path().string().find("/test-cluster/") != std::string::npos && e.path().filename() == "index.html")
      page = e.path();
  REQUIRE(!page.empty());
  struct stat st {};
  REQUIRE(::stat(page.c_str(), &st) == 0);
  CHECK(st.st_nlink == 2);
  CHECK((st.st_mode & 0222) == 0);
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
  CHECK(BuildCache::open(dir.string(), problem) == nullptr);
  CHECK(problem == "the build cache " + dir.string() + " is not a folder private to this user (mode 0700)");
  ::chmod(dir.c_str(), 0700);
  CHECK(BuildCache::open(dir.string(), problem) != nullptr);
  fs::remove_all(dir);
}
