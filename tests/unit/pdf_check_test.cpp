// check-pdf (src/pdfcheck/): clusterpack's own PDFs pass every rule, and a
// PDF broken on purpose, one rule at a time, fails exactly that rule. The
// broken files are good ones edited with qpdf (qpdf/pdf_edits.cpp).
#include <doctest/doctest.h>

#include "test_support.h"

#include <regex>
#include <set>

#include "pdfcheck/pdf_check.h"
#include "qpdf/pdf_edits.h"

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
    return render("Pack", {{"Terms of reference", f.tree("terms-of-reference", Language::en), true},
                           {"Risk register", f.tree("risk-register", Language::en), true}},
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

test::GoodPdfs good_pdfs() { return {full_pdf(), plain_pdf(), bare_pdf()}; }

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
  for (const auto& b : test::broken_pdfs(good_pdfs())) {
    PdfCheckReport report = check_pdf_bytes(b.bytes, "broken.pdf");
    CHECK_MESSAGE(report.error.empty(), b.what << ": " << report.error);
    CHECK_MESSAGE(conditions_of(report) == b.fails, b.what << ":" << all_problems(report));
    covered.insert(b.fails.begin(), b.fails.end());
  }
  // Every rule the checker knows is broken by at least one file above.
  for (const auto& c : matterhorn_conditions()) CHECK_MESSAGE(covered.count(c.id), c.id << " is never broken");
}

TEST_CASE("check-pdf: a non-standard type mapped to a standard one passes") {
  PdfCheckReport report = check_pdf_bytes(test::with_paragraph_role_mapped(full_pdf()), "mapped.pdf");
  CHECK_MESSAGE(report.problems.empty(), all_problems(report));
}

TEST_CASE("check-pdf: a report names the file, the page and the rule") {
  PdfCheckReport report = check_pdf_bytes(test::without_metadata_and_figure_alt(full_pdf()), "broken.pdf");
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
