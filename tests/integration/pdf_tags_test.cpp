// Tagged PDF (issue 6), checked with the tools a reviewer would use:
// `pdfinfo -struct-text` (poppler) reads the structure tree and the text of
// every marked-content sequence it points to; qpdf shows the objects.
//
// The main proof: for real governance documents of the fixture cluster, in
// English and in Welsh, the structure tree pdfinfo prints is the document
// tree the PDF was made from: the same blocks, in the same order, with the
// element types the tagging promises and every word of their text.
#include <doctest/doctest.h>

#include "test_support.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
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



std::string write_temp(const std::string& name, const std::string& bytes) {
  auto dir = std::filesystem::temp_directory_path() / ("clusterpack-pdf-tags-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string file = name;
  for (char& c : file)
    if (c == '/') c = '-';
  std::string path = (dir / file).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

PdfMeta meta_for(Language lang, const std::string& title) {
  const bool cy = lang == Language::cy;
  PdfMeta m;
  m.title = title;
  m.lang = bcp47_tag(lang);
  m.header_left = title;
  m.header_right = "Test Cluster";
  m.page_label = cy ? "Tudalen {n} o {total}" : "Page {n} of {total}";
  m.contents_title = cy ? "Cynnwys" : "Contents";
  return m;
}

std::string render(const PdfMeta& meta, const std::vector<PdfSection>& sections,
                   const std::optional<PdfCover>& cover = std::nullopt, bool contents = false) {
  Diagnostics d;
  auto bytes = render_pdf(meta, cover, contents, sections, PdfTheme{}, theme_fonts(), d);
  REQUIRE(d.all().empty());
  REQUIRE(bytes);
  return *bytes;
}

std::string qdf(const std::string& path) { return run_command("qpdf --qdf --object-streams=disable '" + path + "' - 2>&1"); }

std::string without_space(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (!std::isspace(c)) out += static_cast<char>(c);
  return out;
}

// ---- the structure as pdfinfo prints it --------------------------------------

struct Element {
  std::string type;
  std::string text;  // the text of its own marked content, in order
  std::vector<std::string> attributes;
  int objects = 0;  // OBJR kids (link annotations)
  std::vector<Element> kids;
};

// Lines of `pdfinfo -struct-text`: an element's type (then " (block)" or
// " (inline)", and ":" when attribute lines follow), a quoted line of text
// per marked-content sequence, "Object N 0" per object reference; two
// spaces of indent per level.
Element parse_struct_text(const std::string& out) {
  Element root;
  root.type = "(root)";
  std::vector<std::pair<int, Element*>> path = {{-1, &root}};
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    std::string body = line.substr(indent);
    int depth = static_cast<int>(indent / 2);
    while (path.size() > 1 && path.back().first >= depth && body[0] != '/') path.pop_back();
    Element& parent = *path.back().second;
    if (body[0] == '"') {
      parent.text += body.substr(1, body.rfind('"') - 1) + "\n";
    } else if (body[0] == '/') {
      parent.attributes.push_back(body);
    } else if (body.rfind("Object ", 0) == 0) {
      parent.objects++;
    } else {
      Element e;
      e.type = body.substr(0, body.find_first_of(" :"));
      parent.kids.push_back(std::move(e));
      path.emplace_back(depth, &parent.kids.back());
    }
  }
  return root;
}

// Block-level elements carry text; inline ones (Link, Span, Code) and the
// Reference of a contents entry fold into the block around them.
bool is_inline(const std::string& type) {
  return type == "Link" || type == "Span" || type == "Code" || type == "Reference";
}

std::string inline_text(const Element& e) {
  std::string text = e.text;
  for (const auto& k : e.kids)
    if (is_inline(k.type)) text += inline_text(k);
  return text;
}

// One line per block: its path of types, and its text without spaces (lines
// are broken at spaces, so the spaces between them are not in the PDF).
void flatten(const Element& e, const std::string& path, std::vector<std::string>& out) {
  for (const auto& k : e.kids) {
    if (is_inline(k.type)) continue;
    std::string here = path.empty() ? k.type : path + "/" + k.type;
    // A figure's text is the drawing's labels; its alternative text is
    // checked on its own.
    out.push_back(here + ": " + (k.type == "Figure" ? "(figure)" : without_space(inline_text(k))));
    flatten(k, here, out);
  }
}

// ---- the same, expected from the document tree --------------------------------

class Expected {
 public:
  std::vector<std::string> lines;

  void section(const std::string& title, const DocNode& body) {
    lines = {"Document: ", "Document/Sect: "};
    add("Document/Sect", "H1", title);
    blocks(body, "Document/Sect", 0);
  }

 private:
  void add(const std::string& path, const std::string& type, const std::string& text) {
    lines.push_back(path + "/" + type + ": " + without_space(text));
  }

  void blocks(const DocNode& parent, const std::string& path, int depth) {
    DocNode loose;  // inline nodes straight in a container read as one paragraph
    loose.kind = NodeKind::Paragraph;
    for (const auto& n : parent.children) {
      if (!n.is_block()) {
        loose.children.push_back(n);
        continue;
      }
      paragraph(loose, path);
      loose.children.clear();
      block(n, path, depth);
    }
    paragraph(loose, path);
  }

  void paragraph(const DocNode& p, const std::string& path) {
    // An empty paragraph draws nothing, and so is not in the structure.
    if (!without_space(plain_text(p)).empty()) add(path, "P", plain_text(p));
  }

  void block(const DocNode& n, const std::string& path, int depth) {
    switch (n.kind) {
      case NodeKind::Paragraph: paragraph(n, path); break;
      case NodeKind::Heading: add(path, "H" + std::to_string(n.level), plain_text(n)); break;
      case NodeKind::CodeBlock: add(path, "P", n.text); break;  // P > Code, and Code is inline
      case NodeKind::ThematicBreak: break;                       // a rule: an artifact
      case NodeKind::BlockQuote:
        lines.push_back(path + "/BlockQuote: ");
        blocks(n, path + "/BlockQuote", depth);
        break;
      case NodeKind::List: list(n, path, depth); break;
      case NodeKind::Table: table(n, path); break;
      case NodeKind::RiskMatrix:
      case NodeKind::LogicModel:
        if (!n.title.empty()) add(path, "Caption", n.title);
        lines.push_back(path + "/Figure: (figure)");
        break;
      case NodeKind::SignatureBlock: signatures(n, path); break;
      default: blocks(n, path, depth); break;
    }
  }

  void list(const DocNode& l, const std::string& path, int depth) {
    std::string lp = path + "/L";
    lines.push_back(lp + ": ");
    static const char* bullets[] = {"•", "◦", "▪"};
    int number = l.start;
    for (const auto& item : l.children) {
      std::string li = lp + "/LI";
      lines.push_back(li + ": ");
      add(li, "Lbl", l.ordered ? std::to_string(number++) + "." : bullets[std::min(depth, 2)]);
      size_t before = lines.size();
      lines.push_back(li + "/LBody: ");
      blocks(item, li + "/LBody", depth + 1);
      if (lines.size() == before + 1) lines.pop_back();  // an empty item has no body
    }
  }

  void table(const DocNode& t, const std::string& path) {
    std::string tp = path + "/Table";
    lines.push_back(tp + ": ");
    if (!t.title.empty()) add(tp, "Caption", t.title);
    size_t columns = 0;
    for (const auto& r : t.children) columns = std::max(columns, r.children.size());
    for (const auto& r : t.children) {
      if (r.kind != NodeKind::TableRow) continue;
      lines.push_back(tp + "/TR: ");
      for (size_t c = 0; c < columns; ++c) {
        bool header = r.header || (r.style == "total" && c == 0);
        add(tp + "/TR", header ? "TH" : "TD", c < r.children.size() ? plain_text(r.children[c]) : "");
      }
    }
  }

  // Each signatory: name and role with their labels, then the places to
  // sign and to date (labels: Signature, Date, Name, Role).
  void signatures(const DocNode& s, const std::string& path) {
    std::string dp = path + "/Div";
    lines.push_back(dp + ": ");
    const SignatureLabels& labels = labels_of<SignatureLabels>(s);
    for (const auto& person : s.children) {
      std::string name = person.children.size() > 0 ? plain_text(person.children[0]) : "";
      std::string role = person.children.size() > 1 ? plain_text(person.children[1]) : "";
      add(dp, "P", labels.name + name);
      add(dp, "P", labels.role + role);
      add(dp, "P", labels.signature);
      add(dp, "P", labels.date);
    }
  }
};


std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST_CASE("pdf tags: pdfinfo reads back each governance document's tree, in reading order, in both languages") {
  Fixture f;
  for (const char* id : {"terms-of-reference", "risk-register", "sbar/s1", "decision-tracker", "logic-model"}) {
    for (Language lang : all_languages()) {
      const GeneratedDocument& d = f.doc(id);
      std::string title = d.title.in(lang);
      PdfSection section{title, d.trees.at(lang), true};
      std::string bytes = render(meta_for(lang, title), {section});
      CHECK(render(meta_for(lang, title), {section}) == bytes);  // tagging keeps output byte-identical
      std::string path = write_temp(std::string(id) + "." + code(lang) + ".pdf", bytes);
      int status = 0;
      std::string printed = run_command("pdfinfo -struct-text '" + path + "' 2>&1", &status);
      REQUIRE_MESSAGE(status == 0, printed);
      Element tree = parse_struct_text(printed);
      std::vector<std::string> got;
      flatten(tree, "", got);
      Expected want;
      want.section(title, d.trees.at(lang));
      CHECK_MESSAGE(joined(got) == joined(want.lines), id << " (" << code(lang) << ")");
      // Running header and footer are artifacts: not in the structure.
      CHECK(printed.find(lang == Language::cy ? "Tudalen 1 o" : "Page 1 of") == std::string::npos);
      std::string check = run_command("qpdf --check '" + path + "' 2>&1", &status);
      CHECK_MESSAGE(status == 0, check);
      CHECK(check.find("WARNING") == std::string::npos);
    }
  }
}

TEST_CASE("pdf tags: the comparison sees a change of order, type or text") {
  // The proof above is only as good as its comparison: a tree that is not
  // the PDF's must not compare equal.
  DocNode body;
  body.children = {make_heading(2, "Aelodaeth"), make_paragraph({make_text("Mae gan bob practis un bleidlais.")})};
  std::string path = write_temp("order.pdf", render(meta_for(Language::cy, "Trefn"), {PdfSection{"Trefn", body, true}}));
  std::vector<std::string> got;
  flatten(parse_struct_text(run_command("pdfinfo -struct-text '" + path + "'")), "", got);
  Expected same, swapped, retyped, reworded;
  same.section("Trefn", body);
  CHECK(joined(got) == joined(same.lines));
  DocNode b2 = body;
  std::swap(b2.children[0], b2.children[1]);
  swapped.section("Trefn", b2);
  CHECK(joined(got) != joined(swapped.lines));
  DocNode b3 = body;
  b3.children[0].level = 3;
  retyped.section("Trefn", b3);
  CHECK(joined(got) != joined(retyped.lines));
  DocNode b4 = body;
  b4.children[1] = make_paragraph({make_text("Mae gan bob practis ddwy bleidlais.")});
  reworded.section("Trefn", b4);
  CHECK(joined(got) != joined(reworded.lines));
}

TEST_CASE("pdf tags: the catalog, pages and annotations carry what a tagged PDF needs") {
  DocNode body;
  DocNode link = make_link("https://www.gov.wales/primary-care-clusters", "the Welsh Government guidance");
  body.children = {make_paragraph({make_text("See "), link, make_text(".")})};
  std::string path = write_temp("catalog.pdf", render(meta_for(Language::en, "Links"), {PdfSection{"Links", body, true}}));
  std::string all = qdf(path);
  CHECK(std::regex_search(all, std::regex("/MarkInfo <<\\s*/Marked true\\s*>>")));
  CHECK(std::regex_search(all, std::regex("/StructTreeRoot \\d+ 0 R")));
  CHECK(all.find("/Type /StructTreeRoot") != std::string::npos);
  CHECK(std::regex_search(all, std::regex("/ParentTree <<\\s*/Nums \\[")));
  CHECK(std::regex_search(all, std::regex("/ParentTreeNextKey 2")));  // the page, then the link
  CHECK(std::regex_search(all, std::regex("/StructParents 0")));
  CHECK(std::regex_search(all, std::regex("/StructParent 1")));
  CHECK(std::regex_search(all, std::regex("/Tabs /S")));
  CHECK(std::regex_search(all, std::regex("/Lang \\(en-GB\\)")));
  CHECK(std::regex_search(all, std::regex("/DisplayDocTitle true")));
  CHECK(std::regex_search(all, std::regex("/Type /OBJR")));
  CHECK(std::regex_search(all, std::regex("/Contents \\(the Welsh Government guidance\\)")));
  std::string printed = run_command("pdfinfo -struct-text '" + path + "'");
  CHECK(std::regex_search(printed, std::regex("Link \\(inline\\)\\n\\s+\"the Welsh Government guidance\"\\n\\s+Object \\d+ 0")));
}

TEST_CASE("pdf tags: every piece of page content is inside marked content; furniture is an artifact") {
  DocNode body;
  for (int i = 0; i < 70; ++i) body.children.push_back(make_paragraph({make_text("Line " + std::to_string(i))}));
  std::string path = write_temp("marked.pdf", render(meta_for(Language::en, "Marked"), {PdfSection{"Marked", body, true}}));
  std::string all = qdf(path);
  // Walk every content stream: BT (text) and re/l (shapes) only while a
  // BDC is open, and BDC/EMC balanced on every page.
  std::istringstream lines(all);
  std::string line;
  int open = 0, text_objects = 0, outside = 0, pages = 0, artifacts = 0, mcids = 0;
  bool in_stream = false;
  while (std::getline(lines, line)) {
    if (line == "stream") in_stream = true;
    if (line == "endstream") {
      if (in_stream) CHECK(open == 0);
      in_stream = false;
    }
    if (line.rfind("%% Contents for page", 0) == 0) ++pages;
    if (!in_stream) continue;
    if (line.find(" BDC") != std::string::npos) {
      ++open;
      if (line.rfind("/Artifact", 0) == 0) ++artifacts;
      if (line.find("/MCID") != std::string::npos) ++mcids;
    }
    if (line == "EMC") --open;
    if (line == "BT") {
      ++text_objects;
      if (open != 1) ++outside;
    }
    if (line.size() > 2 && (line.substr(line.size() - 2) == " l" || line.substr(line.size() - 3) == " re") && open != 1)
      ++outside;
  }
  CHECK(pages >= 2);
  CHECK(text_objects > 70);
  CHECK(outside == 0);
  CHECK(mcids >= 71);     // the title and every line
  CHECK(artifacts >= 2);  // at least the footers and the header rule
  CHECK(all.find("/Artifact <</Type /Pagination /Subtype /Footer>> BDC") != std::string::npos);
  CHECK(all.find("/Artifact <</Type /Pagination /Subtype /Header>> BDC") != std::string::npos);
}

TEST_CASE("pdf tags: a passage in the other language has its /Lang") {
  DocNode welsh_paragraph = make_paragraph({make_text("Croeso i’r clwstwr.")});
  welsh_paragraph.lang = "cy";
  DocNode english_word = make_text("cluster lead");
  english_word.lang = "en-GB";
  DocNode mixed = make_paragraph({make_text("Mae’r "), english_word, make_text(" yn cadeirio.")});
  mixed.lang = "";
  DocNode body;
  body.children = {make_paragraph({make_text("Welcome to the cluster.")}), welsh_paragraph, mixed};
  std::string path = write_temp("lang.pdf", render(meta_for(Language::en, "Lang"), {PdfSection{"Lang", body, true}}));
  std::string all = qdf(path);
  CHECK(std::regex_search(all, std::regex("/Lang \\(cy\\)\\s*/P \\d+ 0 R\\s*/Pg \\d+ 0 R\\s*/S /P")));
  CHECK(std::regex_search(all, std::regex("/Lang \\(en-GB\\)\\s*/P \\d+ 0 R\\s*/Pg \\d+ 0 R\\s*/S /Span")));
  std::string printed = run_command("pdfinfo -struct-text '" + path + "'");
  CHECK(std::regex_search(printed, std::regex("Span \\(inline\\)\\n\\s+\"cluster lead\"")));
}

TEST_CASE("pdf tags: figures have alternative text; tables have header scopes; lists their numbering") {
  Fixture f;
  const DocNode& risks = f.doc("risk-register").trees.at(Language::cy);
  const DocNode& model = f.doc("logic-model").trees.at(Language::en);
  DocNode body = risks;
  for (const auto& n : model.children) body.children.push_back(n);
  std::string path = write_temp("figures.pdf", render(meta_for(Language::cy, "Ffigurau"), {PdfSection{"Ffigurau", body, true}}));
  std::string all = qdf(path);
  // Alt is UTF-16 when it holds Welsh letters or ×, else plain: decode every /Alt.
  std::vector<std::string> alts;
  std::regex alt("/Alt (<feff([0-9a-f]+)>|\\(([^)]*)\\))");
  for (auto it = std::sregex_iterator(all.begin(), all.end(), alt); it != std::sregex_iterator(); ++it) {
    if ((*it)[3].matched) {
      alts.push_back((*it)[3]);
      continue;
    }
    std::string h = (*it)[2], text;
    for (size_t i = 0; i + 4 <= h.size(); i += 4) {
      std::string one;
      unsigned code = static_cast<unsigned>(std::stoul(h.substr(i, 4), nullptr, 16));
      if (code < 0x80) one = static_cast<char>(code);
      else if (code < 0x800) one = {static_cast<char>(0xC0 | (code >> 6)), static_cast<char>(0x80 | (code & 0x3F))};
      else one = {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)), static_cast<char>(0x80 | (code & 0x3F))};
      text += one;
    }
    alts.push_back(text);
  }
  REQUIRE(alts.size() == 2);
  const DocNode* matrix = nullptr;
  walk(risks, [&](const DocNode& n) {
    if (n.kind == NodeKind::RiskMatrix) matrix = &n;
  });
  REQUIRE(matrix);
  CHECK(alts[0].rfind(matrix->title, 0) == 0);
  CHECK(alts[0].find(labels_of<RiskMatrixLabels>(*matrix).likelihood_axis + " × " +
                         labels_of<RiskMatrixLabels>(*matrix).impact_axis) != std::string::npos);
  CHECK(alts[1].find("Goal: Meet local need.") != std::string::npos);
  CHECK(alts[1].find("Inputs: Staff time") != std::string::npos);
  std::string printed = run_command("pdfinfo -struct-text '" + path + "'");
  CHECK(printed.find("/Scope /Column") != std::string::npos);
  // Each figure's /BBox: four numbers, on the page (A4, 595 × 842).
  std::regex bbox("Figure:\\n\\s+/BBox \\[([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9.]+)\\]");
  int boxes = 0;
  for (auto it = std::sregex_iterator(printed.begin(), printed.end(), bbox); it != std::sregex_iterator(); ++it, ++boxes) {
    CHECK(std::stod((*it)[1]) < std::stod((*it)[3]));
    CHECK(std::stod((*it)[2]) < std::stod((*it)[4]));
    CHECK(std::stod((*it)[3]) <= 595.3);
    CHECK(std::stod((*it)[4]) <= 841.9);
  }
  CHECK(boxes == 2);
  CHECK(printed.find("/ListNumbering /Disc") != std::string::npos);  // "Using the model" is a bulleted list
}
