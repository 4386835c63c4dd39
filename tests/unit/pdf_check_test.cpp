// check-pdf (src/pdfcheck/): clusterpack's own PDFs pass every rule, and a
// PDF broken on purpose, one rule at a time, fails exactly that rule. The
// broken files are good ones edited with qpdf, as a careless producer (or
// a later change to src/pdf/) would leave them.
#include <doctest/doctest.h>

#include "test_support.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <regex>
#include <set>

#include "pdfcheck/pdf_check.h"

using namespace cp;

namespace {

using Fixture = test::DocumentsFixture;
using test::theme_fonts;

std::string render(const std::string& title, const std::vector<PdfSection>& sections,
                   const std::optional<PdfCover>& cover = std::nullopt, bool contents = false) {
  Diagnostics d;
  auto bytes = render_pdf(test::pdf_meta(title, "NHS Wales"), cover, contents, sections, PdfTheme{}, theme_fonts(), d);
  REQUIRE(d.all().empty());
  REQUIRE(bytes);
  return *bytes;
}

// A pack as a build makes one: a cover, a contents page (TOC, links, an
// outline), a list, and the risk register (tables with header cells, the
// heat map as a Figure).
std::string full_pdf() {
  static const std::string bytes = [] {
    Fixture f;
    PdfCover cover{"Governance pack", "Test Cluster", {{"Health board", "Powys"}}};
    return render("Pack", {{"Terms of reference", f.tree("terms-of-reference", "en"), true},
                           {"Risk register", f.tree("risk-register", "en"), true}},
                  cover, true);
  }();
  return bytes;
}

// A paragraph with a link and no heading: a PDF without an outline.
std::string plain_pdf() {
  static const std::string bytes = [] {
    DocNode body;
    body.children = {make_paragraph({make_text("See "), make_link("https://www.gov.wales/", "the guidance"), make_text(".")})};
    return render("Plain", {{"", body, true}});
  }();
  return bytes;
}

// One paragraph: no link, no outline.
std::string bare_pdf() {
  static const std::string bytes = [] {
    DocNode body;
    body.children = {make_paragraph({make_text("Every practice has one vote.")})};
    return render("Bare", {{"", body, true}});
  }();
  return bytes;
}

std::set<std::string> conditions_of(const PdfCheckReport& report) {
  std::set<std::string> out;
  for (const auto& p : report.problems) out.insert(p.checkpoint);
  return out;
}

std::string all_problems(const PdfCheckReport& report) {
  std::string out = report.error;
  for (const auto& p : report.problems) out += "\n" + format_problem("test.pdf", p);
  return out;
}

// ---- editing a PDF with qpdf ---------------------------------------------------

using Edit = std::function<void(QPDF&)>;

std::string edited(const std::string& bytes, const Edit& edit) {
  QPDF pdf;
  pdf.processMemoryFile("good.pdf", bytes.data(), bytes.size());
  edit(pdf);
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

// The first structure element of type `type`, in document order.
QPDFObjectHandle first_element(QPDF& pdf, const std::string& type) {
  std::vector<QPDFObjectHandle> todo = {pdf.getRoot().getKey("/StructTreeRoot")};
  while (!todo.empty()) {
    QPDFObjectHandle e = todo.front();
    todo.erase(todo.begin());
    if (e.getKey("/S").isNameAndEquals("/" + type)) return e;
    QPDFObjectHandle k = e.getKey("/K");
    std::vector<QPDFObjectHandle> kids = k.isArray() ? k.getArrayAsVector() : std::vector{k};
    std::vector<QPDFObjectHandle> elements;
    for (auto& kid : kids)
      if (kid.isDictionary() && kid.hasKey("/S")) elements.push_back(kid);
    todo.insert(todo.begin(), elements.begin(), elements.end());
  }
  FAIL("no " << type << " element");
  return {};
}

QPDFObjectHandle page(QPDF& pdf, size_t index) { return QPDFPageDocumentHelper(pdf).getAllPages().at(index).getObjectHandle(); }

// Rewrites a page's content stream (libharu writes one stream per page).
void edit_content(QPDF& pdf, size_t index, const std::function<std::string(std::string)>& change) {
  QPDFObjectHandle contents = page(pdf, index).getKey("/Contents");
  REQUIRE(contents.isStream());
  auto data = contents.getStreamData(qpdf_dl_generalized);
  std::string text(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  std::string changed = change(text);
  REQUIRE(changed != text);  // an edit that misses leaves the test proving nothing
  contents.replaceStreamData(changed, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

void edit_all_content(QPDF& pdf, const std::string& from, const std::string& to) {
  size_t pages = QPDFPageDocumentHelper(pdf).getAllPages().size(), changed = 0;
  for (size_t i = 0; i < pages; ++i) {
    QPDFObjectHandle contents = page(pdf, i).getKey("/Contents");
    auto data = contents.getStreamData(qpdf_dl_generalized);
    std::string text(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    std::string out = std::regex_replace(text, std::regex(from), to);
    if (out == text) continue;
    contents.replaceStreamData(out, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    ++changed;
  }
  REQUIRE(changed > 0);
}

void edit_xmp(QPDF& pdf, const std::string& pattern, const std::string& replacement) {
  QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
  auto data = metadata.getStreamData(qpdf_dl_generalized);
  std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  std::string changed = std::regex_replace(xmp, std::regex(pattern), replacement);
  REQUIRE(changed != xmp);
  metadata.replaceStreamData(changed, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

QPDFObjectHandle name(const std::string& n) { return QPDFObjectHandle::newName(n); }
QPDFObjectHandle text(const std::string& s) { return QPDFObjectHandle::newUnicodeString(s); }

// A page that has link annotations.
QPDFObjectHandle page_with_links(QPDF& pdf) {
  for (auto& p : QPDFPageDocumentHelper(pdf).getAllPages())
    if (p.getObjectHandle().getKey("/Annots").isArray()) return p.getObjectHandle();
  FAIL("no page has annotations");
  return {};
}

struct Breakage {
  std::string what;
  std::string (*base)();
  Edit edit;
  std::set<std::string> fails;  // exactly these conditions
};

std::vector<Breakage> breakages() {
  return {
      {"the metadata stream removed", full_pdf, [](QPDF& p) { p.getRoot().removeKey("/Metadata"); }, {"06-001"}},
      {"the metadata not well-formed XML", full_pdf, [](QPDF& p) { edit_xmp(p, "</x:xmpmeta>", ""); }, {"06-001"}},
      {"pdfuaid:part removed", full_pdf, [](QPDF& p) { edit_xmp(p, "<pdfuaid:part>1</pdfuaid:part>", ""); }, {"06-002"}},
      {"pdfuaid:part 2", full_pdf, [](QPDF& p) { edit_xmp(p, "<pdfuaid:part>1<", "<pdfuaid:part>2<"); }, {"06-002"}},
      {"the pdfuaid extension schema removed", full_pdf,
       [](QPDF& p) { edit_xmp(p, "<pdfaExtension:schemas>[\\s\\S]*</pdfaExtension:schemas>", ""); }, {"06-002"}},
      {"dc:title removed", full_pdf, [](QPDF& p) { edit_xmp(p, "<dc:title>[\\s\\S]*</dc:title>", ""); }, {"06-003"}},
      {"DisplayDocTitle removed", full_pdf,
       [](QPDF& p) { p.getRoot().getKey("/ViewerPreferences").removeKey("/DisplayDocTitle"); }, {"07-001"}},
      {"DisplayDocTitle false", full_pdf,
       [](QPDF& p) { p.getRoot().getKey("/ViewerPreferences").replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(false)); },
       {"07-002"}},
      {"Suspects true", full_pdf,
       [](QPDF& p) { p.getRoot().getKey("/MarkInfo").replaceKey("/Suspects", QPDFObjectHandle::newBool(true)); }, {"01-007"}},
      {"a line drawn outside marked content", full_pdf,
       [](QPDF& p) { edit_content(p, 1, [](std::string s) { return s + "0 0 m 10 10 l S\n"; }); }, {"01-005"}},
      {"tagged content the structure tree does not know", full_pdf,
       [](QPDF& p) { edit_content(p, 1, [](std::string s) { return s + "/P <</MCID 999>> BDC\n0 0 m 1 1 l S\nEMC\n"; }); },
       {"01-005"}},
      {"an artifact inside tagged content", full_pdf,
       [](QPDF& p) {
         edit_content(p, 0, [](std::string s) { return std::regex_replace(s, std::regex("<</MCID 0>> BDC\n"), "$&/Artifact BMC\nEMC\n"); });
       },
       {"01-003"}},
      {"tagged content inside an artifact", full_pdf,
       [](QPDF& p) {
         edit_content(p, 0, [](std::string s) {
           return std::regex_replace(s, std::regex("/Artifact <<[^>]*>> BDC\n"), "$&/P <</MCID 0>> BDC\nEMC\n",
                                     std::regex_constants::format_first_only);
         });
       },
       {"01-004"}},
      {"the structure tree removed", bare_pdf, [](QPDF& p) { p.getRoot().removeKey("/StructTreeRoot"); }, {"01-005"}},
      {"MarkInfo removed", bare_pdf, [](QPDF& p) { p.getRoot().removeKey("/MarkInfo"); }, {"01-005"}},
      {"a non-standard type without a role map", full_pdf,
       [](QPDF& p) { first_element(p, "P").replaceKey("/S", name("/Para")); }, {"02-001"}},
      {"a circular role map", full_pdf,
       [](QPDF& p) {
         first_element(p, "P").replaceKey("/S", name("/Para"));
         p.getRoot().getKey("/StructTreeRoot").replaceKey("/RoleMap", QPDFObjectHandle::parse("<< /Para /Paragraph /Paragraph /Para >>"));
       },
       {"02-003"}},
      {"a standard type remapped", full_pdf,
       [](QPDF& p) { p.getRoot().getKey("/StructTreeRoot").replaceKey("/RoleMap", QPDFObjectHandle::parse("<< /P /Span >>")); },
       {"02-004"}},
      {"a table row that is not a TR", full_pdf, [](QPDF& p) { first_element(p, "TR").replaceKey("/S", name("/Div")); }, {"09-004"}},
      {"a list item that is not an LI", full_pdf, [](QPDF& p) { first_element(p, "LI").replaceKey("/S", name("/Div")); }, {"09-005"}},
      {"a contents entry that is not a TOCI", full_pdf,
       [](QPDF& p) { first_element(p, "TOCI").replaceKey("/S", name("/Div")); }, {"09-006"}},
      {"the catalog's language removed, the outline left without one", full_pdf,
       [](QPDF& p) {
         p.getRoot().removeKey("/Lang");
         first_element(p, "Document").replaceKey("/Lang", text("en-GB"));
       },
       {"11-003"}},
      {"a paragraph in an unknown language", full_pdf, [](QPDF& p) { first_element(p, "P").replaceKey("/Lang", text("")); }, {"11-001"}},
      {"a figure's alternative text in an unknown language", full_pdf,
       [](QPDF& p) {
         first_element(p, "Figure").replaceKey("/Lang", text(""));
         edit_all_content(p, "/Figure <<", "/Figure <</Lang (en-GB) ");  // its drawn labels keep a language
       },
       {"11-002"}},
      {"a link's /Contents in an unknown language", plain_pdf,
       [](QPDF& p) {
         first_element(p, "Link").replaceKey("/Lang", text(""));
         edit_all_content(p, "/Link <<", "/Link <</Lang (en-GB) ");
       },
       {"11-004"}},
      {"the metadata's title with no language but x-default", plain_pdf,
       [](QPDF& p) {
         p.getRoot().removeKey("/Lang");
         first_element(p, "Document").replaceKey("/Lang", text("en-GB"));
         edit_xmp(p, "<rdf:li xml:lang=\"en-GB\">[^<]*</rdf:li>", "");
       },
       {"11-006"}},
      {"a figure without /Alt", full_pdf, [](QPDF& p) { first_element(p, "Figure").removeKey("/Alt"); }, {"13-004"}},
      {"a header cell without /Scope", full_pdf, [](QPDF& p) { first_element(p, "TH").removeKey("/A"); }, {"15-003"}},
      {"/Tabs removed", full_pdf, [](QPDF& p) { page_with_links(p).removeKey("/Tabs"); }, {"28-008"}},
      {"/Tabs /R", full_pdf, [](QPDF& p) { page_with_links(p).replaceKey("/Tabs", name("/R")); }, {"28-009"}},
      {"a link annotation in a Span", full_pdf, [](QPDF& p) { first_element(p, "Link").replaceKey("/S", name("/Span")); }, {"28-011"}},
      {"a link annotation without /Contents", full_pdf,
       [](QPDF& p) { page_with_links(p).getKey("/Annots").getArrayItem(0).removeKey("/Contents"); }, {"28-012"}},
  };
}

}  // namespace

TEST_CASE("check-pdf: clusterpack's PDFs pass every rule") {
  for (auto base : {full_pdf, plain_pdf, bare_pdf}) {
    PdfCheckReport report = check_pdf_bytes(base(), "good.pdf");
    CHECK_MESSAGE(report.error.empty(), report.error);
    CHECK_MESSAGE(report.problems.empty(), all_problems(report));
  }
}

TEST_CASE("check-pdf: each broken PDF fails exactly its rule") {
  std::set<std::string> covered;
  for (const auto& b : breakages()) {
    PdfCheckReport report = check_pdf_bytes(edited(b.base(), b.edit), "broken.pdf");
    CHECK_MESSAGE(report.error.empty(), b.what << ": " << report.error);
    CHECK_MESSAGE(conditions_of(report) == b.fails, b.what << ":" << all_problems(report));
    covered.insert(b.fails.begin(), b.fails.end());
  }
  // Every rule the checker knows is broken by at least one file above.
  for (const auto& c : matterhorn_conditions()) CHECK_MESSAGE(covered.count(c.id), c.id << " is never broken");
}

TEST_CASE("check-pdf: a non-standard type mapped to a standard one passes") {
  std::string mapped = edited(full_pdf(), [](QPDF& p) {
    first_element(p, "P").replaceKey("/S", name("/Para"));
    p.getRoot().getKey("/StructTreeRoot").replaceKey("/RoleMap", QPDFObjectHandle::parse("<< /Para /P >>"));
  });
  PdfCheckReport report = check_pdf_bytes(mapped, "mapped.pdf");
  CHECK_MESSAGE(report.problems.empty(), all_problems(report));
}

TEST_CASE("check-pdf: a report names the file, the page and the rule") {
  PdfCheckReport report = check_pdf_bytes(edited(full_pdf(), [](QPDF& p) {
    p.getRoot().removeKey("/Metadata");
    first_element(p, "Figure").removeKey("/Alt");
  }), "broken.pdf");
  REQUIRE(report.problems.size() == 2);
  CHECK(format_problem("pack.pdf", report.problems[0]) == "pack.pdf: document: Matterhorn 06-001: the catalog has no /Metadata stream");
  CHECK(std::regex_match(format_problem("pack.pdf", report.problems[1]),
                         std::regex("pack\\.pdf: page [3-9]: Matterhorn 13-004: a Figure has neither /Alt nor /ActualText")));
}

TEST_CASE("check-pdf: what is not a PDF is an error, not a pass") {
  PdfCheckReport report = check_pdf_bytes("%PDF-1.7\nthis is not a PDF\n", "junk.pdf");
  CHECK(!report.error.empty());
  CHECK(report.problems.empty());
  CHECK(!check_pdf_file("/no/such/file.pdf").error.empty());
}
