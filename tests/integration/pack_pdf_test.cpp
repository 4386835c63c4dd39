// The plan and report documents in the PDF backend: the logic model drawn
// as boxes and arrows (text read back with pdftotext), a model too long for
// one page carried over whole rows, and the self-assessment's progress bars.
#include <doctest/doctest.h>

#include "test_support.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "doc/tree.h"
#include "documents/generate.h"
#include "io/embedded_files.h"
#include "pdf/pdf_document.h"
#include "site/site_documents.h"

using namespace cp;

namespace {

using Fixture = test::DocumentsFixture;
using test::run_command;
using test::theme_fonts;


std::string pdf_of(const DocNode& body, const std::string& name) {
  PdfMeta meta;
  meta.title = name;
  meta.lang = "en-GB";
  meta.page_label = "Page {n} of {total}";
  meta.contents_title = "Contents";
  PdfSection section{name, body, true};
  Diagnostics d;
  auto bytes = render_pdf(meta, std::nullopt, false, {section}, PdfTheme{}, theme_fonts(), d);
  REQUIRE(d.all().empty());
  REQUIRE(bytes);
  auto dir = std::filesystem::temp_directory_path() / ("clusterpack-pack-pdf-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / (name + ".pdf")).string();
  std::ofstream(path, std::ios::binary) << *bytes;
  return path;
}


std::string text_of(const std::string& path) { return run_command("pdftotext -layout '" + path + "' - 2>/dev/null"); }

int pages_of(const std::string& path) {
  std::string info = run_command("pdfinfo '" + path + "' 2>/dev/null");
  auto at = info.find("Pages:");
  return at == std::string::npos ? 0 : std::stoi(info.substr(at + 6));
}


DocNode item(const std::string& text) {
  DocNode i;
  i.kind = NodeKind::Item;
  i.children.push_back(make_paragraph({make_text(text)}));
  return i;
}

}  // namespace

TEST_CASE("pdf: the logic model is drawn with every word of it as text") {
  Fixture f;
  std::string text = text_of(pdf_of(f.tree("logic-model", Language::en), "logic-model"));
  for (const char* word : {"Goal: Meet local need", "Inputs", "Activities", "Outputs", "Outcomes", "Measuring success",
                           "Staff time", "Planning", "Review plans", "Involve patients", "Better access", "Waiting times"})
    CHECK_MESSAGE(text.find(word) != std::string::npos, word);
  // Left to right: on the headings' line, Inputs comes before Outcomes.
  auto line_start = text.rfind('\n', text.find("Inputs"));
  auto line_end = text.find('\n', text.find("Inputs"));
  std::string headings = text.substr(line_start + 1, line_end - line_start - 1);
  CHECK(headings.find("Inputs") < headings.find("Outcomes"));
  std::string cy = text_of(pdf_of(f.tree("logic-model", Language::cy), "model-rhesymeg"));
  CHECK(cy.find("Mewnbynnau") != std::string::npos);
  CHECK(cy.find("Nod: Diwallu angen lleol") != std::string::npos);
  // The longest Welsh heading is set smaller, never broken mid-word.
  CHECK(cy.find("Gweithgareddau") != std::string::npos);
}

TEST_CASE("pdf: a logic model longer than a page carries on over the break, row by row") {
  DocNode model;
  model.kind = NodeKind::LogicModel;
  model.title = "A long model";
  set_labels(model, LogicModelLabels{"Goal", "Everything"});
  for (const char* title : {"Inputs", "Activities", "Outputs", "Outcomes"}) {
    DocNode column;
    column.kind = NodeKind::List;
    column.title = title;
    for (int i = 1; i <= 40; ++i) column.children.push_back(item(std::string(title) + " item " + std::to_string(i)));
    model.children.push_back(column);
  }
  DocNode doc;
  doc.children.push_back(model);
  std::string path = pdf_of(doc, "long-model");
  CHECK(pages_of(path) >= 2);
  std::string text = text_of(path);
  CHECK(text.find("Outcomes item 40") != std::string::npos);
  CHECK(text.find("Inputs item 1") < text.find("Inputs item 40"));
}

TEST_CASE("pdf: self-assessment progress is a table with its percentages") {
  Fixture f;
  std::string text = text_of(pdf_of(f.tree("self-assessment", Language::en), "self-assessment"));
  for (const char* word : {"75%", "33%", "25%", "43%", "10–11. Employment; Recruitment"})
    CHECK_MESSAGE(text.find(word) != std::string::npos, word);
}
