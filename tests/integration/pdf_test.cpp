// The PDF backend, checked with the tools people and printers use:
// pdftotext (text and Welsh letters come back), pdffonts (every font
// embedded), pdfinfo, qpdf (structure), and a look at the pages.
#include <doctest/doctest.h>

#include "test_support.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "io/file_system.h"
#include "pdf/pdf_document.h"

using namespace cp;

namespace {

using test::run_command;
using test::theme_fonts;

const std::string kWelsh = "Cylch Gorchwyl: ŵ ŷ Ŵ Ŷ â ê î ô û ẁ ẃ ỳ";


// ---- trees -----------------------------------------------------------------

DocNode node(NodeKind kind, std::vector<DocNode> children = {}) {
  DocNode n;
  n.kind = kind;
  n.children = std::move(children);
  return n;
}

DocNode styled(NodeKind kind, const std::string& text) { return node(kind, {make_text(text)}); }

DocNode code(const std::string& text) {
  DocNode n = node(NodeKind::Code);
  n.text = text;
  return n;
}

DocNode para(const std::string& text) { return make_paragraph({make_text(text)}); }

DocNode list(bool ordered, int start, const std::vector<std::string>& items, bool tight = true) {
  DocNode l = node(NodeKind::List);
  l.ordered = ordered;
  l.start = start;
  l.tight = tight;
  for (const auto& text : items) l.children.push_back(node(NodeKind::Item, {para(text)}));
  return l;
}

DocNode cell(const std::string& text, const std::string& style = {}) {
  DocNode c = node(NodeKind::TableCell, {make_text(text)});
  c.style = style;
  return c;
}

DocNode row(std::vector<DocNode> cells, bool header = false, const std::string& style = {}) {
  DocNode r = node(NodeKind::TableRow, std::move(cells));
  r.header = header;
  r.style = style;
  return r;
}

// A risk register: ID, description, owner, score (right aligned), band.
DocNode risk_table(int rows, const std::string& title = {}) {
  DocNode t = node(NodeKind::Table);
  t.title = title;
  t.aligns = {Align::None, Align::None, Align::None, Align::Right, Align::None};
  t.children.push_back(row({cell("Risk ID"), cell("Risk"), cell("Owner"), cell("Score"), cell("Band")}, true));
  static const char* bands[] = {"low", "moderate", "high", "extreme"};
  static const char* names[] = {"Low", "Moderate", "High", "Extreme"};
  for (int i = 1; i <= rows; ++i) {
    std::string band = bands[i % 4];
    std::string text = i % 7 == 0 ? "Loss of the practice's pharmacist post when the current funding ends, leaving "
                                    "medication reviews for care home residents without an owner"
                                  : "Delay to the cluster IMTP submission";
    t.children.push_back(row({cell("R-" + std::to_string(100 + i)), cell(text), cell("Cluster lead"),
                              cell(std::to_string(i % 25 + 1)), cell(names[i % 4], "band-" + band)}));
  }
  t.children.push_back(row({cell("Total"), cell(""), cell(""), cell(std::to_string(rows)), cell("")}, false, "total"));
  return t;
}

DocNode risk_matrix() {
  DocNode m = node(NodeKind::RiskMatrix);
  m.title = "Risk matrix: open risks by likelihood and impact";
  m.numbers = {0, 1, 0, 2, 1, 0, 0, 3, 1, 0, 1, 2, 4, 0, 0, 2, 3, 1, 0, 0, 5, 1, 0, 0, 0};
  RiskMatrixLabels labels;
  labels.likelihood_axis = "Likelihood";
  labels.impact_axis = "Impact";
  labels.likelihood = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
  labels.impact = {"Negligible", "Minor", "Moderate", "Major", "Catastrophic"};
  set_labels(m, labels);
  return m;
}

DocNode signatures() {
  DocNode s = node(NodeKind::SignatureBlock);
  set_labels(s, SignatureLabels{"Signature", "Date", "Name", "Role"});
  s.children.push_back(make_paragraph({make_text("Dr Siân Llywelyn-Ŵen"), make_text("Cluster Lead")}));
  s.children.push_back(make_paragraph({make_text("Gareth Ŷr Evans"), make_text("Head of Primary Care, Hywel Dda UHB")}));
  s.children.push_back(make_paragraph({make_text(""), make_text("")}));
  return s;
}

PdfMeta meta(const std::string& lang = "en-GB") {
  PdfMeta m = test::pdf_meta("Terms of Reference – " + kWelsh, "North Ceredigion Cluster");
  m.lang = lang;
  m.header_left = "Terms of Reference";
  m.header_right = "North Ceredigion Cluster";
  return m;
}

std::string render(const std::vector<PdfSection>& sections, const std::optional<PdfCover>& cover = std::nullopt,
                   bool contents = false, PdfMeta m = meta()) {
  Diagnostics d;
  auto bytes = render_pdf(m, cover, contents, sections, PdfTheme{}, theme_fonts(), d);
  REQUIRE(d.all().empty());
  REQUIRE(bytes);
  return *bytes;
}

// ---- tools -----------------------------------------------------------------

std::string temp_dir() {
  static const std::string dir = [] {
    auto p = std::filesystem::temp_directory_path() / ("clusterpack-pdf-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(p);
    return p.string();
  }();
  return dir;
}

std::string write_temp(const std::string& name, const std::string& bytes) {
  std::string path = temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}


std::string page_text(const std::string& path, int page) {
  return run_command("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + path + "' - 2>&1");
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

int page_count(const std::string& path) {
  std::smatch m;
  std::string info = run_command("pdfinfo '" + path + "'");
  REQUIRE(std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")));
  return std::stoi(m[1]);
}

std::string qdf(const std::string& path) { return run_command("qpdf --qdf --object-streams=disable '" + path + "' - 2>&1"); }

std::vector<PdfSection> welsh_section() {
  PdfSection s;
  s.title = kWelsh;
  s.body = node(NodeKind::Document, {para("Mae’r clwstwr yn cyfarfod bob mis. " + kWelsh)});
  return {s};
}

}  // namespace

TEST_CASE("pdf: Welsh letters come back exactly from pdftotext") {
  std::string path = write_temp("welsh.pdf", render(welsh_section()));
  int status = 0;
  std::string text = run_command("pdftotext -layout '" + path + "' - 2>&1", &status);
  CHECK(status == 0);
  CHECK(text.find(kWelsh) != std::string::npos);
  CHECK(text.find("Mae’r clwstwr yn cyfarfod bob mis.") != std::string::npos);
  // libharu's own ToUnicode CMap makes poppler warn; ours must not.
  CHECK(text.find("Syntax Warning") == std::string::npos);
}

TEST_CASE("pdf: every font is embedded, and only the faces used") {
  PdfSection s;
  s.title = "Fonts";
  s.body = node(NodeKind::Document, {make_paragraph({make_text("Plain, "), styled(NodeKind::Strong, "bold ŵ, "),
                                                     styled(NodeKind::Emph, "italic ŷ, "), code("code ẁ")})});
  std::string path = write_temp("fonts.pdf", render({s}));
  std::string fonts = run_command("pdffonts '" + path + "'");
  std::istringstream lines(fonts);
  std::string line;
  int rows = 0;
  while (std::getline(lines, line)) {
    // A subset's name starts with its tag: six capitals and a plus.
    if (!std::regex_search(line, std::regex("^[A-Z]{6}\\+"))) continue;  // the header lines
    ++rows;
    CHECK_MESSAGE(std::regex_search(line, std::regex("CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes")), line);
  }
  CHECK(rows == 4);  // regular, bold, italic, mono; no bold italic: it is not used
  CHECK(fonts.find("DejaVuSans-BoldOblique") == std::string::npos);
}

// Each embedded font program, as "FontName Length1 sha256" lines, read back
// with qpdf (the bytes as stored, deflated).
std::string font_programs(const std::string& path) {
  const char* script =
      "import base64,hashlib,json,subprocess,sys\n"
      "d=json.loads(subprocess.run(['qpdf','--json=2','--json-stream-data=inline','--decode-level=none',sys.argv[1]],"
      "capture_output=True,text=True).stdout)['qpdf'][1]\n"
      "for v in d.values():\n"
      "  fd=v.get('value') if isinstance(v,dict) else None\n"
      "  if isinstance(fd,dict) and '/FontFile2' in fd:\n"
      "    s=d['obj:'+fd['/FontFile2']]['stream']\n"
      "    print(fd['/FontName'].split('+')[1], s['dict']['/Length1'], hashlib.sha256(base64.b64decode(s['data'])).hexdigest())\n";
  static const std::string program = write_temp("font_programs.py", script);
  return run_command("python3 '" + program + "' '" + path + "' | sort");
}

PdfSection one_paragraph(const std::string& text) {
  PdfSection s;
  s.title = "Cyfarfod";
  s.body = node(NodeKind::Document, {para(text)});
  return s;
}

TEST_CASE("pdf: documents showing the same groups of characters embed the same font programs") {
  // Different words, but ASCII and the curly apostrophe in both: the same
  // glyphs are embedded, so the programs are the same bytes (made once).
  std::string path_a = write_temp("programs-a.pdf", render({one_paragraph("Mae’r clwstwr yn cyfarfod.")}));
  std::string path_b = write_temp("programs-b.pdf", render({one_paragraph("Dyma’r papur, 2026.")}));
  std::string a = font_programs(path_a), b = font_programs(path_b);
  REQUIRE(a.find("DejaVuSans,Book ") != std::string::npos);  // the regular face, from the paragraph
  CHECK(a == b);
  // ... under the same subset names (tag and all), whichever document comes first.
  auto names = [](const std::string& path) {
    std::string out;
    std::istringstream lines(run_command("pdffonts '" + path + "'"));
    for (std::string line; std::getline(lines, line);)
      if (std::regex_search(line, std::regex("^[A-Z]{6}\\+"))) out += line.substr(0, line.find(' ')) + "\n";
    return out;
  };
  CHECK(!names(path_a).empty());
  CHECK(names(path_a) == names(path_b));
  // A tick is in no group: its glyph is embedded as well, in a larger program.
  std::string c = font_programs(write_temp("programs-c.pdf", render({one_paragraph("Mae’r clwstwr yn cyfarfod ✓")})));
  CHECK(c != a);
  auto length1 = [](const std::string& lines, const std::string& font) {
    std::istringstream in(lines);
    std::string name;
    long length = 0;
    std::string hash;
    while (in >> name >> length >> hash)
      if (name == font) return length;
    return 0L;
  };
  CHECK(length1(c, "DejaVuSans,Book") > length1(a, "DejaVuSans,Book"));
  CHECK(length1(c, "DejaVuSans-Bold,Bold") == length1(a, "DejaVuSans-Bold,Bold"));
}

TEST_CASE("pdf: pdfinfo shows the title, the page count and the dates only when given") {
  std::string path = write_temp("info.pdf", render(welsh_section()));
  std::string info = run_command("pdfinfo '" + path + "'");
  CHECK(info.find("Title:           Terms of Reference – " + kWelsh) != std::string::npos);
  CHECK(info.find("Author:          North Ceredigion Cluster") != std::string::npos);
  CHECK(info.find("Producer:        clusterpack") != std::string::npos);
  CHECK(info.find("Pages:           1") != std::string::npos);
  CHECK(info.find("CreationDate") == std::string::npos);

  PdfMeta m = meta();
  m.epoch = 1767225600;  // 2026-01-01 00:00:00 UTC
  std::string dated = write_temp("dated.pdf", render(welsh_section(), std::nullopt, false, m));
  std::string dated_info = run_command("TZ=UTC pdfinfo '" + dated + "'");
  CHECK(dated_info.find("CreationDate:    Thu Jan  1 00:00:00 2026 UTC") != std::string::npos);
  CHECK(dated_info.find("ModDate:         Thu Jan  1 00:00:00 2026 UTC") != std::string::npos);
}

TEST_CASE("pdf: qpdf finds no errors, and the catalog has /Lang and DisplayDocTitle") {
  std::string path = write_temp("catalog.pdf", render(welsh_section(), std::nullopt, false, meta("cy")));
  int status = 0;
  std::string check = run_command("qpdf --check '" + path + "' 2>&1", &status);
  CHECK_MESSAGE(status == 0, check);
  CHECK(check.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(check.find("WARNING") == std::string::npos);
  std::string trailer = run_command("qpdf --show-object=trailer '" + path + "'");
  CHECK(trailer.find("/ID") == std::string::npos);  // nothing random in the file
  std::string all = qdf(path);
  CHECK(all.find("/Lang (cy)") != std::string::npos);
  CHECK(all.find("/DisplayDocTitle true") != std::string::npos);
  CHECK(all.find("%PDF-1.7") == 0);
}

TEST_CASE("pdf: two renders of the same input are byte-identical") {
  std::vector<PdfSection> sections = welsh_section();
  sections[0].body.children.push_back(risk_table(30, "Risks"));
  PdfCover cover{"Terms of Reference", "North Ceredigion Cluster", {{"Health board", "Hywel Dda"}}};
  PdfMeta m = meta();
  m.epoch = 1767225600;
  std::string a = render(sections, cover, true, m);
  std::string b = render(sections, cover, true, m);
  CHECK(a.size() > 1000);
  CHECK(a == b);
}

TEST_CASE("pdf: a 120-row table spans pages and repeats its header row on each") {
  PdfSection s;
  s.title = "Risk register";
  s.body = node(NodeKind::Document, {para("Every open risk, highest first."), risk_table(120, "Open risks")});
  std::string path = write_temp("long-table.pdf", render({s}));
  int pages = page_count(path);
  CHECK(pages >= 3);
  for (int p = 1; p <= pages; ++p) {
    std::string text = page_text(path, p);
    CHECK_MESSAGE(count(text, "Risk ID") == 1, "page " << p);
    CHECK_MESSAGE(text.find("Page " + std::to_string(p) + " of " + std::to_string(pages)) != std::string::npos, p);
  }
  std::string last = page_text(path, pages);
  CHECK(last.find("R-220") != std::string::npos);
  CHECK(std::regex_search(last, std::regex("Total\\s+120")));
  // Every row is whole on one page: each row's ID appears exactly once in the document.
  std::string all = run_command("pdftotext -layout '" + path + "' -");
  for (int i = 1; i <= 120; ++i) CHECK(count(all, "R-" + std::to_string(100 + i)) == 1);
}

TEST_CASE("pdf: the contents lists sections and headings with the pages they are on, as links") {
  std::vector<PdfSection> sections;
  for (int i = 1; i <= 3; ++i) {
    PdfSection s;
    s.title = "Document " + std::to_string(i);
    s.body = node(NodeKind::Document, {make_heading(2, "Membership " + std::to_string(i))});
    for (int k = 0; k < 12 * i; ++k) s.body.children.push_back(para("The cluster meets monthly. " + kWelsh));
    sections.push_back(s);
  }
  PdfCover cover{"Governance pack", "North Ceredigion Cluster", {}};
  std::string path = write_temp("contents.pdf", render(sections, cover, true));
  std::string toc = page_text(path, 2);
  CHECK(toc.find("Contents") != std::string::npos);
  int pages = page_count(path);
  for (int i = 1; i <= 3; ++i) {
    std::string heading = "Membership " + std::to_string(i);
    int found_on = 0;
    for (int p = 3; p <= pages && !found_on; ++p)
      if (page_text(path, p).find(heading) != std::string::npos) found_on = p;
    REQUIRE(found_on > 0);
    CHECK_MESSAGE(std::regex_search(toc, std::regex(heading + "[ .]+" + std::to_string(found_on) + "\\n")), toc);
  }
  std::string all = qdf(path);
  CHECK(count(all, "/Subtype /Link") >= 6);
  CHECK(std::regex_search(all, std::regex("/Border \\[\\s*0\\s+0\\s+0\\s*\\]")));
  CHECK(all.find("/PageMode /UseOutlines") != std::string::npos);
}

TEST_CASE("pdf: the outline mirrors sections and headings, with UTF-8 titles") {
  PdfSection s;
  s.title = kWelsh;
  s.body = node(NodeKind::Document, {make_heading(2, "Aelodaeth ŵ"), para("Testun."), make_heading(3, "Cworwm ŷ"),
                                     para("Testun."), make_heading(2, "Penderfyniadau")});
  std::string path = write_temp("outline.pdf", render({s}));
  // The outline as qpdf reads it, one entry a line, indented by depth.
  std::string tree = run_command("qpdf --json --json-key=outlines '" + path +
                         "' | python3 -c 'import json,sys\n"
                         "def show(items, depth):\n"
                         "    for i in items:\n"
                         "        print(\"  \" * depth + i[\"title\"])\n"
                         "        show(i[\"kids\"], depth + 1)\n"
                         "show(json.load(sys.stdin)[\"outlines\"], 0)'");
  CHECK(tree == kWelsh + "\n  Aelodaeth ŵ\n    Cworwm ŷ\n  Penderfyniadau\n");
}

TEST_CASE("pdf: links are clickable, without a border, and long addresses wrap inside the margins") {
  PdfSection s;
  s.title = "Links";
  std::string url = "https://www.example.nhs.wales/primary-care/clusters/governance/resource-pack/"
                    "terms-of-reference-template-version-2026-final-approved-by-the-board.pdf";
  s.body = node(NodeKind::Document, {make_paragraph({make_text("See "), make_link(url, url), make_text(" for more.")})});
  std::string path = write_temp("links.pdf", render({s}));
  std::string all = qdf(path);
  CHECK(all.find("/URI (" + url + ")") != std::string::npos);
  CHECK(std::regex_search(all, std::regex("/Border \\[\\s*0\\s+0\\s+0\\s*\\]")));
  // No word ends beyond the right margin (A4 width less 22 mm).
  std::string bbox = run_command("pdftotext -bbox '" + path + "' -");
  std::regex word("xMax=\"([0-9.]+)\"");
  double widest = 0;
  for (auto it = std::sregex_iterator(bbox.begin(), bbox.end(), word); it != std::sregex_iterator(); ++it)
    widest = std::max(widest, std::stod((*it)[1]));
  CHECK(widest > 400);
  CHECK(widest <= 595.276 - 22 * 72 / 25.4 + 0.5);
}

TEST_CASE("pdf: a heading is never left alone at the foot of a page") {
  // The same text with the top margin grown a millimetre at a time, so that
  // the heading lands at every position near the foot of the first page
  // (a filler line is 7 mm, finer steps would miss no position).
  int moved = 0, stayed = 0;
  for (double top = 20; top <= 40; top += 1) {
    PdfSection s;
    s.body = node(NodeKind::Document);
    for (int i = 0; i < 32; ++i) s.body.children.push_back(para("Filler line " + std::to_string(i)));
    s.body.children.push_back(make_heading(2, "Keep me with my text"));
    s.body.children.push_back(para("First line after the heading."));
    PdfTheme theme;
    theme.margin_top_mm = top;
    Diagnostics d;
    auto bytes = render_pdf(meta(), std::nullopt, false, {s}, theme, theme_fonts(), d);
    REQUIRE(bytes);
    std::string path = write_temp("keep.pdf", *bytes);
    for (int p = 1; p <= page_count(path); ++p) {
      std::string text = page_text(path, p);
      if (text.find("Keep me with my text") == std::string::npos) continue;
      CHECK_MESSAGE(text.find("First line after the heading.") != std::string::npos, "top margin " << top);
      (p == 1 ? stayed : moved) += 1;
    }
  }
  CHECK(stayed > 0);  // the range really crosses the page's foot
  CHECK(moved > 0);
}

TEST_CASE("pdf: headings at the levels the theme names start a new page, and sections do") {
  PdfSection s;
  s.title = "Pack";
  s.body = node(NodeKind::Document, {make_heading(2, "One"), para("a"), make_heading(2, "Two"), para("b"),
                                     make_heading(3, "Two point one"), para("c")});
  PdfSection next;
  next.title = "Next document";
  next.body = node(NodeKind::Document, {para("d")});
  PdfTheme theme;
  theme.new_page_headings = {2};
  theme.table_style = TableStyle::Ruled;
  Diagnostics d;
  auto bytes = render_pdf(meta(), std::nullopt, false, {s, next}, theme, theme_fonts(), d);
  REQUIRE(bytes);
  std::string path = write_temp("new-pages.pdf", *bytes);
  REQUIRE(page_count(path) == 3);
  // The first h2 follows the section title: a page holding only a heading
  // needs no break before the next one.
  std::string one = page_text(path, 1), two = page_text(path, 2), three = page_text(path, 3);
  CHECK(one.find("Pack") != std::string::npos);
  CHECK(one.find("One") != std::string::npos);
  CHECK(one.find("Two") == std::string::npos);
  CHECK(two.find("Two point one") != std::string::npos);
  CHECK(three.find("Next document") != std::string::npos);
}

TEST_CASE("pdf: a link to a heading of the same document goes to its page") {
  PdfSection s;
  s.title = "Terms";
  DocNode heading = make_heading(2, "Aelodaeth");
  heading.id = "aelodaeth";
  s.body = node(NodeKind::Document, {make_paragraph({make_link("#aelodaeth", "see the membership")})});
  for (int i = 0; i < 60; ++i) s.body.children.push_back(para("Filler."));
  s.body.children.push_back(heading);
  std::string path = write_temp("internal-link.pdf", render({s}));
  std::string all = qdf(path);
  CHECK(all.find("/URI") == std::string::npos);
  CHECK(std::regex_search(all, std::regex("/Border \\[\\s*0\\s+0\\s+0\\s*\\]")));
  std::smatch dest;
  REQUIRE(std::regex_search(all, dest, std::regex("/Dest \\[\\s*(\\d+) 0 R\\s*/FitH")));
  // qpdf --qdf names each page object in a comment: the page the link goes to.
  std::smatch page;
  REQUIRE(std::regex_search(all, page, std::regex("%% Page (\\d+)\\n%% Original object ID: \\d+ 0\\n" + dest[1].str() + " 0 obj")));
  int target = std::stoi(page[1]);
  CHECK(target > 1);
  CHECK(page_text(path, target).find("Aelodaeth") != std::string::npos);
  CHECK(page_text(path, target - 1).find("Aelodaeth") == std::string::npos);
}

TEST_CASE("pdf: a font that cannot be read is an error, not a broken PDF") {
  PdfFonts fonts = theme_fonts();
  fonts.bold = "/no/such/font.ttf";
  Diagnostics d;
  auto bytes = render_pdf(meta(), std::nullopt, false, welsh_section(), PdfTheme{}, fonts, d);
  CHECK_FALSE(bytes);
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].message == "cannot read the font file '/no/such/font.ttf'");
}

TEST_CASE("pdf theme: the default file lists exactly the built-in defaults") {
  DiskFileSystem fs(CLUSTERPACK_SOURCE_DIR);
  Diagnostics d;
  SourceRegistry sources;
  PdfTheme loaded;
  loaded.body_pt = 99;  // proves the file sets it
  loaded.new_page_headings = {4};
  REQUIRE(load_pdf_theme(fs, "themes/default/pdf.yaml", d, sources, loaded));
  CHECK(d.all().empty());
  PdfTheme defaults;
  CHECK(loaded.body_pt == defaults.body_pt);
  CHECK(loaded.small_pt == defaults.small_pt);
  CHECK(loaded.table_pt == defaults.table_pt);
  CHECK(loaded.h1_pt == defaults.h1_pt);
  CHECK(loaded.h4_pt == defaults.h4_pt);
  CHECK(loaded.line_height == defaults.line_height);
  CHECK(loaded.margin_top_mm == defaults.margin_top_mm);
  CHECK(loaded.margin_left_mm == defaults.margin_left_mm);
  CHECK(loaded.text == defaults.text);
  CHECK(loaded.headings == defaults.headings);
  CHECK(loaded.links == defaults.links);
  CHECK(loaded.rules == defaults.rules);
  CHECK(loaded.table_header_fill == defaults.table_header_fill);
  CHECK(loaded.zebra_fill == defaults.zebra_fill);
  CHECK(loaded.callout_fill == defaults.callout_fill);
  CHECK(loaded.band_low == defaults.band_low);
  CHECK(loaded.band_moderate == defaults.band_moderate);
  CHECK(loaded.band_high == defaults.band_high);
  CHECK(loaded.band_extreme == defaults.band_extreme);
  CHECK(loaded.table_style == defaults.table_style);
  CHECK(loaded.new_page_headings == defaults.new_page_headings);
}

TEST_CASE("pdf theme: overrides are read and mistakes are reported with their place") {
  MemoryFileSystem fs;
  fs.add("pdf.yaml",
         "font_sizes_pt:\n  body: 11\ntable_style: ruled\nnew_page_headings: [1, 2]\ncolours:\n  text: \"#000000\"\n");
  Diagnostics d;
  SourceRegistry sources;
  PdfTheme t;
  REQUIRE(load_pdf_theme(fs, "pdf.yaml", d, sources, t));
  CHECK(t.body_pt == 11);
  CHECK(t.table_style == TableStyle::Ruled);
  CHECK(t.new_page_headings == std::vector<int>{1, 2});
  CHECK(t.text == Rgb{0, 0, 0});

  fs.add("bad.yaml", "colours:\n  headngs: \"#123456\"\n  text: #123456\n  rules: \"blue\"\nline_height: 9\n");
  Diagnostics bad;
  PdfTheme unchanged;
  CHECK_FALSE(load_pdf_theme(fs, "bad.yaml", bad, sources, unchanged));
  auto all = bad.sorted();
  REQUIRE(all.size() == 4);
  CHECK(all[0].where.line == 2);
  CHECK(all[0].message == "unknown key 'headngs' in the colours");
  CHECK(all[0].hint == "did you mean 'headings'?");
  CHECK(all[1].where.line == 3);
  CHECK(all[1].message == "the colour 'text' is empty");
  CHECK(all[2].where.line == 4);
  CHECK(all[2].message == "invalid colour 'blue'");
  CHECK(all[3].where.line == 5);
  CHECK(all[3].message == "the number 9 is out of range");
  CHECK(unchanged.text == PdfTheme{}.text);  // nothing applied from a file with errors
}

// A realistic pack to look at: sample.pdf in the test's temporary folder,
// /tmp/clusterpack-pdf-test-<pid>/ (a folder per run, so that runs at the
// same time do not overwrite each other's file), and PNGs of it with
// `pdftoppm -png -r 60 …/sample.pdf /tmp/pdfcheck/p`.
TEST_CASE("pdf: a realistic sample pack renders cleanly") {
  PdfSection tor;
  tor.title = "Terms of Reference";
  DocNode quote = node(NodeKind::BlockQuote, {para("Decisions that commit cluster funding above £25,000 go to the "
                                                   "health board for approval before they take effect.")});
  DocNode nested = list(false, 1, {"Cluster lead (chair)", "One GP from each practice"});
  nested.children[1].children.push_back(list(false, 1, {"a deputy may attend in their place", "deputies vote"}));
  DocNode code_block = node(NodeKind::CodeBlock);
  code_block.text = "quorum = ceil(members / 2) + 1\nvotes:  simple majority of those present";
  DocNode rule = node(NodeKind::ThematicBreak);
  DocNode budget = node(NodeKind::Table);
  budget.title = "Cluster budget 2026–27";
  budget.aligns = {Align::None, Align::Right, Align::Right};
  budget.children = {row({cell("Line"), cell("Budget (£)"), cell("Spent (£)")}, true),
                     row({cell("Pharmacist sessions"), cell("42,000.00"), cell("38,450.00")}),
                     row({cell("Social prescribing link worker"), cell("31,500.00"), cell("31,500.00")}),
                     row({cell("Training and protected learning time"), cell("8,250.00"), cell("6,120.50")}),
                     row({cell("Total"), cell("81,750.00"), cell("76,070.50")}, false, "total")};
  tor.body = node(
      NodeKind::Document,
      {make_heading(2, "1. Purpose"),
       make_paragraph({make_text("The North Ceredigion Cluster brings together the "), styled(NodeKind::Strong, "six GP practices"),
                       make_text(", community pharmacies, dental and optometry services and the third sector to plan "
                                 "care for the population of the cluster. These terms of reference set out how the "
                                 "cluster is governed, who may vote, and how decisions are recorded. See "),
                       make_link("https://www.gov.wales/primary-care-clusters", "the Welsh Government guidance"),
                       make_text(" and the "), styled(NodeKind::Emph, "Good Practice Guide"), make_text(".")}),
       make_heading(2, "2. Membership"), para("The voting members of the cluster are:"), nested,
       make_heading(2, "3. Quorum and voting"),
       list(true, 3, {"The meeting is quorate when half of the voting members plus one are present.",
                      "Each practice has one vote; the chair has a casting vote.",
                      "Votes are recorded in the minutes, with the names of those who abstain."}),
       quote, make_paragraph({make_text("The quorum is worked out as "), code("ceil(members / 2) + 1"), make_text(":")}),
       code_block, rule, make_heading(2, "4. Finance"), budget});
  PdfSection risks;
  risks.title = "Risk register";
  risks.body = node(NodeKind::Document, {para("Risks are scored as likelihood × impact on the NHS 5×5 matrix."),
                                         risk_table(45, "Open risks"), make_heading(2, "Heat map"), risk_matrix()});
  PdfSection welsh;
  welsh.title = kWelsh;
  welsh.body = node(NodeKind::Document,
                    {make_heading(2, "Diben"),
                     para("Mae Clwstwr Gogledd Ceredigion yn dod â’r chwe phractis meddyg teulu, fferyllfeydd "
                          "cymunedol, gwasanaethau deintyddol ac optometreg a’r trydydd sector ynghyd i gynllunio gofal. "
                          "Ŵyr, ŷd, tŵr, dŵr, tŷ, ẁ ẃ ỳ."),
                     list(false, 1, {"Arweinydd y clwstwr (cadeirydd)", "Un meddyg teulu o bob practis"}),
                     make_heading(2, "Llofnodion"), signatures()});
  PdfCover cover{"Terms of Reference and risk register", "North Ceredigion Cluster · Clwstwr Gogledd Ceredigion",
                 {{"Health board", "Hywel Dda University Health Board"},
                  {"Version", "2.1 (approved)"},
                  {"Approved", "14 January 2026"},
                  {"Review due", "January 2027"}}};
  PdfMeta m = meta();
  m.epoch = 1767225600;
  std::string path = write_temp("sample.pdf", render({tor, risks, welsh}, cover, true, m));
  int status = 0;
  run_command("qpdf --check '" + path + "' >/dev/null 2>&1", &status);
  CHECK(status == 0);
  std::string text = run_command("pdftotext -layout '" + path + "' - 2>&1");
  CHECK(text.find("Syntax") == std::string::npos);
  CHECK(text.find(kWelsh) != std::string::npos);
  CHECK(text.find("Almost certain") != std::string::npos);
  CHECK(text.find("Dr Siân Llywelyn-Ŵen") != std::string::npos);
  // Nothing outside the page's text area, except the running header and footer.
  std::string bbox = run_command("pdftotext -bbox '" + path + "' -");
  std::regex word("xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\"");
  double left = 22 * 72 / 25.4, right = 595.276 - left;
  for (auto it = std::sregex_iterator(bbox.begin(), bbox.end(), word); it != std::sregex_iterator(); ++it) {
    CHECK(std::stod((*it)[1]) >= left - 0.5);
    CHECK(std::stod((*it)[3]) <= right + 0.5);
  }
}
