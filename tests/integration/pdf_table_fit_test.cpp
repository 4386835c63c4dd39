// A table whose widest words do not fit the page at the theme's table size
// is set smaller before any word is broken in the middle (a Welsh risk
// register has eight columns of long words).
#include <doctest/doctest.h>

#include "test_support.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "doc/tree.h"
#include "pdf/pdf_document.h"

using namespace cp;

namespace {

DocNode cell(const std::string& text) {
  DocNode c;
  c.kind = NodeKind::TableCell;
  c.children.push_back(make_text(text));
  return c;
}

DocNode row(const std::vector<std::string>& texts, bool header) {
  DocNode r;
  r.kind = NodeKind::TableRow;
  r.header = header;
  for (const auto& t : texts) r.children.push_back(cell(t));
  return r;
}

std::string pdf_text(const DocNode& body, const std::string& name) {
  PdfFonts fonts = test::theme_fonts();
  PdfMeta meta;
  meta.title = name;
  meta.lang = "cy";
  meta.page_label = "Tudalen {n} o {total}";
  Diagnostics d;
  auto bytes = render_pdf(meta, std::nullopt, false, {PdfSection{name, body, false}}, PdfTheme{}, fonts, d);
  REQUIRE(bytes);
  auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(getpid()) + ".pdf");
  std::ofstream(path, std::ios::binary) << *bytes;
  std::string out = test::run_command("pdftotext -raw '" + path.string() + "' - 2>/dev/null");
  std::filesystem::remove(path);
  return out;
}

}  // namespace

TEST_CASE("pdf: a wide table of long words is set smaller, its words kept whole") {
  // Eight columns whose longest words together are wider than the text
  // area at 9.5 pt, but not at 80% of it.
  const std::vector<std::string> words = {"Cyfeirnod",  "Perchennog",   "Tebygolrwydd", "Adolygiad",
                                          "weddilliol", "Uwchgyfeiriwyd", "Cymedrol",   "Statws"};
  DocNode table;
  table.kind = NodeKind::Table;
  table.children.push_back(row(words, true));
  table.children.push_back(row(words, false));
  DocNode body;
  body.children.push_back(table);
  std::string text = pdf_text(body, "wide-table");
  for (const auto& w : words) {
    INFO(w);
    // The header row and the body row: each word twice, never split.
    size_t count = 0;
    for (size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1)) ++count;
    CHECK(count == 2);
  }
}
