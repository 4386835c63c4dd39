#include <doctest/doctest.h>

#include "pages/links.h"

using namespace cp;

namespace {
PagePlan plan() {
  PagePlan p;
  auto add = [&](std::string key, Language lang, std::string url) {
    Page page;
    page.key = key;
    page.lang = lang;
    page.url = url;
    p.pages.push_back(page);
  };
  add("guide/01-vision", Language::cy, "canllaw/gweledigaeth/");
  add("guide/03-accountability", Language::cy, "canllaw/atebolrwydd/");
  add("resource-pack/_index", Language::cy, "pecyn-adnoddau/");
  return p;
}
DocNode link(const std::string& url) {
  DocNode doc;
  doc.children.push_back(make_paragraph({make_link(url, "x")}));
  doc.children[0].children[0].where = {"p.md", 3, 4};
  return doc;
}
std::string resolved(const std::string& url, Diagnostics& d) {
  PagePlan p = plan();
  SourcePage source;
  source.dir = "guide";
  Page page = p.pages[0];
  page.source = &source;
  DocNode doc = link(url);
  resolve_links(doc, page, p, d);
  return doc.children[0].children[0].url;
}
}  // namespace

TEST_CASE("links to content files become relative links in the same language") {
  Diagnostics d;
  CHECK(resolved("03-accountability.md", d) == "../atebolrwydd/index.html");
  CHECK(resolved("03-accountability.md#quorum", d) == "../atebolrwydd/index.html#quorum");
  CHECK(resolved("../resource-pack/_index.md", d) == "../../pecyn-adnoddau/index.html");
  CHECK(resolved("https://gov.wales/", d) == "https://gov.wales/");
  CHECK(resolved("mailto:cluster@example.org", d) == "mailto:cluster@example.org");
  CHECK(resolved("#section", d) == "#section");
  CHECK(d.all().empty());
}

TEST_CASE("broken and unsafe links are errors at the link") {
  Diagnostics d;
  CHECK(resolved("04-missing.md", d) == "#");
  CHECK(resolved("javascript:alert(1)", d) == "#");
  CHECK(resolved("JaVaScRiPt:alert(1)", d) == "#");
  CHECK(resolved("data:text/html,<script>", d) == "#");
  CHECK(resolved("../../../etc/passwd.md", d) == "#");
  CHECK(resolved("/etc/passwd", d) == "#");
  REQUIRE(d.error_count() == 6);
  CHECK(d.all()[0].message == "the link '04-missing.md' names no page");
  CHECK(d.all()[0].where.line == 3);
  CHECK(d.all()[1].message == "the link 'javascript:alert(1)' is not allowed");
}
