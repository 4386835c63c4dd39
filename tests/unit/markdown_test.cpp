#include <doctest/doctest.h>

#include "doc/markdown.h"
#include "html/render_tree.h"

using namespace cp;

namespace {
std::string html(const std::string& md, Diagnostics& d) { return render_html(markdown_to_tree(md, "p.md", 5, d)); }
}  // namespace

TEST_CASE("Markdown becomes a tree that renders to escaped HTML") {
  Diagnostics d;
  CHECK(html("## Quorum & votes\n\nA *short* `x<y` [link](https://nhs.wales).\n", d) ==
        "<h2 id=\"quorum-votes\">Quorum &amp; votes</h2>\n"
        "<p>A <em>short</em> <code>x&lt;y</code> <a href=\"https://nhs.wales\">link</a>.</p>\n");
  CHECK(d.all().empty());
}

TEST_CASE("GFM tables with a header row and alignment") {
  Diagnostics d;
  std::string out = html("| Name | Votes |\n|---|--:|\n| Borth | 1 |\n", d);
  CHECK(out == "<div class=\"table-scroll\" tabindex=\"0\"><table>\n<thead>\n<tr><th scope=\"col\">Name</th>"
               "<th scope=\"col\" class=\"align-right\">Votes</th></tr>\n</thead>\n<tbody>\n"
               "<tr><td>Borth</td><td class=\"align-right\">1</td></tr>\n</tbody>\n</table></div>\n");
}

TEST_CASE("tight lists, ordered lists with a start") {
  Diagnostics d;
  CHECK(html("3. three\n4. four\n", d) == "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n");
}

TEST_CASE("raw HTML is an error at its position in the file, and never output") {
  Diagnostics d;
  std::string out = html("Hello\n\n<script>alert(1)</script>\n\nand <b onclick=x>bold</b>\n", d);
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("onclick") == std::string::npos);
  REQUIRE(d.error_count() >= 2);
  CHECK(d.all()[0].message == "raw HTML is not allowed in content");
  CHECK(d.all()[0].where.line == 7);  // line 3 of the body, which starts on line 5
}

TEST_CASE("images are reported, not silently dropped") {
  Diagnostics d;
  html("![chart](chart.png)\n", d);
  CHECK(d.all().at(0).message == "images are not supported in content yet");
}

TEST_CASE("heading anchors are unique and fold Welsh letters") {
  Diagnostics d;
  DocNode tree = markdown_to_tree("## Gŵyl\n\n## Gŵyl\n\n## Ymgysylltu â'r cyhoedd\n", "p.md", 1, d);
  CHECK(tree.children[0].id == "gwyl");
  CHECK(tree.children[1].id == "gwyl-2");
  CHECK(tree.children[2].id == "ymgysylltu-ar-cyhoedd");
  CHECK(slugify("Key actions: 1–14") == "key-actions-1-14");
}
