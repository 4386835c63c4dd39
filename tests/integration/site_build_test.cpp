// Whole fixture sites (tests/sites/) built in memory, with checks on the
// files they produce (zola's habit).
#include <doctest/doctest.h>

#include <algorithm>

#include <string>

#include "io/embedded_files.h"
#include "io/file_system.h"
#include "io/output_writer.h"
#include "site/build.h"

using namespace cp;

namespace {
struct Built {
  bool ok;
  MemoryOutput out;
  Diagnostics diags;
  SourceRegistry sources;
  BuildStats stats;
};
void build(const std::string& site, Built& b) {
  DiskFileSystem disk(std::string(CLUSTERPACK_TEST_SITES) + "/" + site);
  SourceWithDefaults fs(disk);
  b.ok = build_site(fs, &b.out, b.diags, b.sources, b.stats);
}
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("the minimal site builds both language trees with the built-in theme") {
  Built b;
  build("minimal", b);
  REQUIRE(b.ok);
  CHECK(b.diags.all().empty());
  const auto& files = b.out.files();
  for (const char* path :
       {"index.html", "en/index.html", "cy/index.html", "en/guide/index.html", "cy/guide/vision/index.html",
        "en/guide/key-actions/index.html", "cy/guide/camau-gweithredu-allweddol/index.html",
        "en/health-boards/powys/north-powys/index.html", "en/404.html", "cy/404.html", "en/sitemap.xml",
        "cy/assets/style.css"})
    CHECK_MESSAGE(files.count(path), path);
  CHECK(b.stats.pages.at("en") == b.stats.pages.at("cy"));

  const std::string& cy = files.at("cy/guide/vision/index.html");
  CHECK(contains(cy, "<html lang=\"cy\">"));
  CHECK(contains(cy, "<title>Gweledigaeth – Safle lleiaf</title>"));
  // The switch goes to the same page in English, relative, never the home page.
  CHECK(contains(cy, "<a href=\"../../../en/guide/vision/index.html\" hreflang=\"en\" lang=\"en\" rel=\"alternate\">English</a>"));
  CHECK(contains(cy, "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/guide/vision/\">"));
  CHECK(contains(cy, "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/en/guide/vision/\">"));
  CHECK(contains(cy, "<span class=\"action-id\">1.2</span> Write it down (cy).</li>"));
  CHECK(contains(files.at("en/index.html"), "<a href=\"guide/index.html\">the guide</a>"));
}

TEST_CASE("Welsh on its own domain: language links are absolute - a missing translation gets an honest notice") {
  Built b;
  build("bilingual", b);
  REQUIRE(b.ok);
  REQUIRE(b.diags.warning_count() == 1);
  CHECK(b.diags.all()[0].message == "this page has no translation in 'cy' (content/guide/english-only.cy.md)");
  const auto& files = b.out.files();
  const std::string& en = files.at("en/guide/vision/index.html");
  CHECK(contains(en, "href=\"https://llywodraethu.example.cymru/canllaw/gweledigaeth/\" hreflang=\"cy\""));
  const std::string& notice = files.at("cy/canllaw/english-only/index.html");
  CHECK(contains(notice, "<h1>Nid yw&apos;r dudalen hon ar gael yn Gymraeg eto</h1>"));
  CHECK(contains(notice, "lang=\"en\">Only in English</a>"));
  CHECK(contains(notice, "<meta name=\"robots\" content=\"noindex\">"));
  CHECK_FALSE(contains(files.at("cy/sitemap.xml"), "english-only"));
  CHECK(contains(files.at("en/sitemap.xml"),
                 "<xhtml:link rel=\"alternate\" hreflang=\"cy\" href=\"https://llywodraethu.example.cymru/canllaw/gweledigaeth/\"/>"));
}

TEST_CASE("an invalid site reports every problem and writes nothing") {
  Built b;
  build("invalid", b);
  CHECK_FALSE(b.ok);
  CHECK(b.out.files().empty());
  std::vector<std::string> got;
  for (const auto& d : b.diags.sorted())
    got.push_back(d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.col) + ": " +
                  d.message);
  CHECK(got == std::vector<std::string>{
                   "content/clusters/powys/north-powys.yaml:4:1: unknown key 'exmaple' in the cluster file",
                   "content/clusters/powys/north-powys.yaml:8:54: unknown value 'gp-practice'",
                   "content/clusters/powys/north-powys.yaml:8:83: unknown person 'leed'",
                   "content/guide/01-vision.cy.md:0:0: this page has 0 key actions but content/guide/01-vision.en.md has 2",
                   "content/guide/01-vision.cy.md:5:5: the link '02-missing.md' names no page",
                   "content/guide/notes.en.md:1:1: the front matter never closes",
                   "content/readme.txt:0:0: clusterpack does not know what to do with this file",
               });
}

TEST_CASE("a site's own theme replaces the built-in one, whole") {
  MemoryFileSystem fs;
  DiskFileSystem minimal(std::string(CLUSTERPACK_TEST_SITES) + "/minimal");
  for (const auto& path : minimal.list_files("content")) fs.add(path, *minimal.read(path));
  fs.add("site.yaml", *minimal.read("site.yaml"));
  fs.add("themes/default/layouts/base.mustache", "{{title}}");
  SourceWithDefaults layered(fs);
  Diagnostics diags;
  SourceRegistry sources;
  BuildStats stats;
  MemoryOutput out;
  CHECK_FALSE(build_site(layered, &out, diags, sources, stats));
  // Its i18n files and fonts are missing: nothing is borrowed from the
  // built-in theme.
  std::vector<std::string> messages;
  for (const auto& d : diags.all()) messages.push_back(d.where.file + ": " + d.message);
  CHECK(std::count(messages.begin(), messages.end(), "themes/default/i18n/en.yaml: file not found") == 1);
  CHECK(std::count(messages.begin(), messages.end(),
                   "themes/default/fonts/regular.ttf: the font 'themes/default/fonts/regular.ttf' is missing") == 1);
}
