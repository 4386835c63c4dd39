// The live preview's site (src/serve/live_site.h): pages link their PDFs at
// the build's URLs, a PDF is made when asked for and kept until an update
// re-renders its page.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "io/embedded_files.h"
#include "io/file_system.h"
#include "serve/live_site.h"

using namespace cp;

namespace {

// A fixture site copied into memory, so the test can edit it.
MemoryFileSystem load_site(const std::string& name) {
  DiskFileSystem disk(std::string(CLUSTERPACK_TEST_SITES) + "/" + name);
  MemoryFileSystem mem;
  mem.add("site.yaml", *disk.read("site.yaml"));
  for (const char* dir : {"content", "templates", "themes"})
    if (disk.is_directory(dir))
      for (const auto& path : disk.list_files(dir)) mem.add(path, *disk.read(path));
  return mem;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

void replace(MemoryFileSystem& mem, const std::string& path, const std::string& from, const std::string& to) {
  std::string text = *mem.read(path);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  mem.add(path, text.replace(at, from.size(), to));
}

const std::string kCluster = "content/clusters/hywel-dda/test-cluster.yaml";
const std::string kPage = "en/health-boards/hywel-dda/test-cluster/index.html";
const std::string kPack = "en/health-boards/hywel-dda/test-cluster/test-cluster-pack-en.pdf";
const std::string kTerms =
    "en/health-boards/hywel-dda/test-cluster/terms-of-reference/test-cluster-terms-of-reference-en.pdf";
const std::string kGuide = "cy/guide/guide-cy.pdf";

// The documents fixture, live: built once, then edited by the test.
struct LiveDocumentsSite {
  MemoryFileSystem mem = load_site("documents");
  SourceWithDefaults fs{mem};
  LiveSite site{fs};
  LiveDocumentsSite() { REQUIRE(site.rebuild_all()); }
};

}  // namespace

TEST_CASE_FIXTURE(LiveDocumentsSite, "serve: pages link their PDFs, labelled 'PDF' until their size is known") {
  const std::string& page = site.files().at(kPage);
  CHECK(contains(page, "href=\"test-cluster-pack-en.pdf\""));
  CHECK(contains(page, "href=\"terms-of-reference/test-cluster-terms-of-reference-en.pdf\""));
  CHECK(contains(page, ">PDF<span class=\"visually-hidden\">"));
  CHECK_FALSE(contains(page, "(PDF"));  // no size, and no "(PDF)" after "as one PDF"
  CHECK(contains(site.files().at("cy/guide/index.html"), "href=\"guide-cy.pdf\""));
  CHECK(site.has_pdf(kPack));
  CHECK(site.has_pdf(kTerms));
  CHECK(site.has_pdf(kGuide));
  CHECK_FALSE(site.has_pdf("en/health-boards/hywel-dda/test-cluster/nothing-en.pdf"));
  CHECK(site.cached_pdfs() == 0);  // nothing is made before it is asked for
}

TEST_CASE_FIXTURE(LiveDocumentsSite, "serve: a PDF is made on demand and kept until an edit re-renders its page") {
  Diagnostics diags;
  auto pack = site.pdf(kPack, diags);
  REQUIRE(pack);
  CHECK(pack->rfind("%PDF-", 0) == 0);
  auto guide = site.pdf(kGuide, diags);
  REQUIRE(guide);
  CHECK(site.cached_pdfs() == 2);
  CHECK(diags.all().empty());

  // A chapter's text: the guide is dropped, the cluster's pack kept.
  replace(mem, "content/guide/02-strategy.cy.md", "\n---\n", "\n---\nParagraff newydd.\n\n");
  REQUIRE(site.apply({"content/guide/02-strategy.cy.md"}));
  CHECK(site.last_scope() == "content");
  CHECK(site.changed_outputs().count(kGuide) == 1);
  CHECK(site.changed_outputs().count(kPack) == 0);
  CHECK(site.cached_pdfs() == 1);
  CHECK(site.pdf(kPack, diags) == pack);

  // The cluster's file: its PDFs are dropped and made again from the edit.
  replace(mem, kCluster, "name: {en: \"Test Cluster\"", "name: {en: \"Test Live Cluster\"");
  REQUIRE(site.apply({kCluster}));
  CHECK(site.last_scope() == "cluster");
  CHECK(site.changed_outputs().count(kPack) == 1);
  CHECK(site.cached_pdfs() == 0);
  auto edited = site.pdf(kPack, diags);
  REQUIRE(edited);
  CHECK(*edited != *pack);
}

TEST_CASE_FIXTURE(LiveDocumentsSite, "serve: while the build is broken, made PDFs stay and others report the errors") {
  Diagnostics diags;
  auto pack = site.pdf(kPack, diags);
  REQUIRE(pack);
  replace(mem, kCluster, "population: 40000", "population: 40000\nquorom: 4");
  CHECK_FALSE(site.apply({kCluster}));
  CHECK(site.pdf(kPack, diags) == pack);
  Diagnostics why;
  CHECK_FALSE(site.pdf(kTerms, why));
  REQUIRE(why.has_errors());
  CHECK(contains(why.all().front().message, "quorom"));
  replace(mem, kCluster, "\nquorom: 4", "");
  REQUIRE(site.apply({kCluster}));
  Diagnostics none;
  auto terms = site.pdf(kTerms, none);
  REQUIRE(terms);
  CHECK(terms->rfind("%PDF-", 0) == 0);
}

TEST_CASE_FIXTURE(LiveDocumentsSite, "serve: a chapter whose key actions change rebuilds everything (self-assessments quote them)") {
  Diagnostics diags;
  REQUIRE(site.pdf(kPack, diags));
  replace(mem, "content/guide/02-strategy.en.md", "Second strategy action", "Second strategy action, changed");
  REQUIRE(site.apply({"content/guide/02-strategy.en.md"}));
  CHECK(site.last_scope() == "full");
  CHECK(site.cached_pdfs() == 0);
}

namespace {

// After any update, the live site must hold exactly what a fresh render of
// the same sources holds: the narrow updates may skip work, never results.
void check_same_as_fresh(const MemoryFileSystem& mem, const LiveSite& site) {
  SourceWithDefaults fs(mem);
  LiveSite fresh(fs);
  REQUIRE(fresh.rebuild_all());
  CHECK(site.files().size() == fresh.files().size());
  // Not a structured binding: doctest's messages capture the path in a
  // lambda, which clang 14 refuses for one.
  for (const auto& file : fresh.files()) {
    const std::string& path = file.first;
    auto it = site.files().find(path);
    REQUIRE_MESSAGE(it != site.files().end(), path);
    CHECK_MESSAGE(it->second == file.second, path);
  }
}

bool all_under(const std::set<std::string>& paths, const std::string& folder) {
  for (const auto& p : paths)
    if (p.find(folder) == std::string::npos) return false;
  return !paths.empty();
}

}  // namespace

TEST_CASE_FIXTURE(LiveDocumentsSite, "serve: a page's text renders that page alone; its title, every content page") {
  const std::string chapter = "content/guide/01-vision.en.md";

  replace(mem, chapter, "\n---\n", "\n---\nA new opening paragraph.\n\n");
  REQUIRE(site.apply({chapter}));
  CHECK(site.last_scope() == "content");
  CHECK(site.changed_outputs() == std::set<std::string>{"en/guide/vision/index.html"});
  CHECK(contains(site.files().at("en/guide/vision/index.html"), "A new opening paragraph."));
  check_same_as_fresh(mem, site);

  // The guide's front page lists the chapters by title.
  std::string guide_before = site.files().at("en/guide/index.html");
  replace(mem, chapter, "title: \"Vision\"", "title: \"Our vision\"");
  REQUIRE(site.apply({chapter}));
  CHECK(site.changed_outputs().count("en/guide/index.html") == 1);
  CHECK(contains(site.files().at("en/guide/index.html"), "Our vision"));
  check_same_as_fresh(mem, site);
}

TEST_CASE_FIXTURE(LiveDocumentsSite, "serve: a cluster's data renders its own pages; its name, the lists of clusters too") {

  // A risk's title: shown on the cluster's own pages only.
  replace(mem, kCluster, "title: {en: \"Low risk\"", "title: {en: \"Low but rising risk\"");
  REQUIRE(site.apply({kCluster}));
  CHECK(site.last_scope() == "cluster");
  CHECK(all_under(site.changed_outputs(), "/hywel-dda/test-cluster/"));
  CHECK(site.changed_outputs().count("en/health-boards/hywel-dda/test-cluster/risk-register/index.html") == 1);
  check_same_as_fresh(mem, site);

  // Its name: on its board's page and the page of all boards as well.
  replace(mem, kCluster, "name: {en: \"Test Cluster\"", "name: {en: \"Renamed Cluster\"");
  REQUIRE(site.apply({kCluster}));
  CHECK(site.changed_outputs().count("en/health-boards/hywel-dda/index.html") == 1);
  CHECK(site.changed_outputs().count("en/health-boards/index.html") == 1);
  CHECK(contains(site.files().at("en/health-boards/index.html"), "Renamed Cluster"));
  check_same_as_fresh(mem, site);

  // An SBAR's title: a document's title, in the plan, so the plan is made again.
  replace(mem, kCluster, "title: {en: \"A pharmacist\"", "title: {en: \"A community pharmacist\"");
  REQUIRE(site.apply({kCluster}));
  CHECK(site.changed_outputs().count(kPage) == 1);
  CHECK(contains(site.files().at(kPage), "A community pharmacist"));
  check_same_as_fresh(mem, site);
}

TEST_CASE("serve: a layout of one kind of page renders the pages of that kind; the base layout, every page") {
  MemoryFileSystem mem = load_site("documents");
  // The site's own copy of the default theme, to edit.
  for (const auto& f : embedded_files()) {
    std::string path = f.path;
    if (path.rfind("themes/default/", 0) == 0) mem.add(path, std::string(reinterpret_cast<const char*>(f.data), f.size));
  }
  SourceWithDefaults fs(mem);
  LiveSite site(fs);
  REQUIRE(site.rebuild_all());
  const std::string layout = "themes/default/layouts/chapter.mustache";
  mem.add(layout, *mem.read(layout) + "<p>Layout edit</p>\n");
  REQUIRE(site.apply({layout}));
  CHECK(site.last_scope() == "layout");
  CHECK(site.changed_outputs().count("en/guide/vision/index.html") == 1);
  CHECK(site.changed_outputs().count(kPage) == 0);
  CHECK(contains(site.files().at("en/guide/vision/index.html"), "Layout edit"));
  check_same_as_fresh(mem, site);

  replace(mem, "themes/default/layouts/base.mustache", "</body>", "<!-- base edit -->\n</body>");
  REQUIRE(site.apply({"themes/default/layouts/base.mustache"}));
  CHECK(site.last_scope() == "full");
  CHECK(contains(site.files().at(kPage), "base edit"));
  check_same_as_fresh(mem, site);
}
