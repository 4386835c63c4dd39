// Both backends held against the same golden document trees
// (tests/golden/*.txt, documents_test.cpp): each tree's HTML
// (tests/golden/html/) and its PDF layout before drawing
// (tests/golden/pdf-layout/: every drawing operation with its position,
// then the anchors, outline and structure tree). A change to a renderer
// shows here as a diff of what it makes of an unchanged tree. Regenerate
// with UPDATE_GOLDEN=1 after checking the diff.
#include <doctest/doctest.h>

#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "html/render_tree.h"

using namespace cp;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_golden(const std::string& path, const std::string& actual) {
  if (std::getenv("UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << actual;
  CHECK_MESSAGE(read_file(path) == actual, "differs from " << path << " (UPDATE_GOLDEN=1 regenerates)");
}

std::string golden_name(const std::string& id, Language lang) {
  std::string name = id;
  for (auto& ch : name)
    if (ch == '/') ch = '_';
  return name + "." + code(lang);
}

// The document's furniture in its own language, as a build writes it.
PdfMeta meta_for(const GeneratedDocument& doc, Language lang) {
  PdfMeta meta = test::pdf_meta(doc.title.in(lang), "GIG Cymru / NHS Wales");
  if (lang == Language::cy) {
    meta.lang = bcp47_tag(lang);
    meta.header_right = "Clwstwr Prawf";
    meta.page_label = "Tudalen {n} o {total}";
    meta.contents_title = "Cynnwys";
  }
  return meta;
}

}  // namespace

TEST_CASE("golden HTML and layout of every document tree, in both languages") {
  test::DocumentsFixture f;
  const std::string dir = std::string(CLUSTERPACK_SOURCE_DIR) + "/tests/golden/";
  size_t checked = 0;
  for (const auto& doc : f.generated) {
    for (const auto& [lang, tree] : doc.trees) {
      const std::string name = golden_name(doc.id, lang);
      check_golden(dir + "html/" + name + ".html", render_html(tree));
      Diagnostics d;
      auto layout = dump_pdf_layout(meta_for(doc, lang), std::nullopt, false, {PdfSection{"", tree, false}},
                                    PdfTheme{}, test::theme_fonts(), d);
      REQUIRE_MESSAGE(layout, "the fonts did not open");
      check_golden(dir + "pdf-layout/" + name + ".txt", *layout);
      ++checked;
    }
  }
  // Every tree of documents_test.cpp's golden set, in two languages.
  CHECK(checked == 30);
}
