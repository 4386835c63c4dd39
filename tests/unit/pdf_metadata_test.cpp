// The XMP metadata every PDF carries (src/pdf/pdf_metadata.cpp), read back
// with the same XMP reader check-pdf uses: well-formed whatever the title
// holds, titled in the document's language, claiming PDF/UA-1 with the
// schema described, and dated only from SOURCE_DATE_EPOCH.
#include <doctest/doctest.h>

#include "test_support.h"

#include "pdf/pdf_metadata.h"
#include "pdfcheck/xmp.h"
#include "qpdf/pdf_edits.h"

using namespace cp;

namespace {

PdfMeta welsh_meta() {
  PdfMeta m;
  m.title = "Cylch Gorchwyl: ŵyn & <defaid> \"y Bont\" 'Fach'";
  m.subject = "Llywodraethu";
  m.author = "Bwrdd Iechyd";
  m.lang = "cy";
  return m;
}

}  // namespace

TEST_CASE("xmp: the packet is well-formed, titled in both x-default and the language, and claims PDF/UA-1") {
  PdfMeta m = welsh_meta();
  XmpFacts xmp = read_xmp(xmp_packet(m));
  REQUIRE_MESSAGE(xmp.well_formed, xmp.error);
  using Title = std::pair<std::string, std::string>;
  CHECK(xmp.titles == std::vector<Title>{{"x-default", m.title}, {"cy", m.title}});
  CHECK(xmp.ua_part == std::optional<std::string>("1"));
  CHECK(xmp.schema_namespaces == std::vector<std::string>{"http://www.aiim.org/pdfua/ns/id/"});
  CHECK(xmp_packet(m) == xmp_packet(welsh_meta()));
}

TEST_CASE("xmp: dates only from SOURCE_DATE_EPOCH") {
  PdfMeta m = welsh_meta();
  std::string undated = xmp_packet(m);
  CHECK(undated.find("Date") == std::string::npos);
  m.epoch = 1790000000;
  std::string dated = xmp_packet(m);
  CHECK(dated.find("<xmp:CreateDate>2026-09-21T14:13:20Z</xmp:CreateDate>") != std::string::npos);
  CHECK(dated.find("<xmp:ModifyDate>2026-09-21T14:13:20Z</xmp:ModifyDate>") != std::string::npos);
}

TEST_CASE("xmp: the reader sees a packet that is broken or lacks the identifier") {
  std::string packet = xmp_packet(welsh_meta());
  CHECK(!read_xmp(packet.substr(0, packet.size() / 2)).well_formed);
  std::string unclaimed = packet;
  unclaimed.replace(unclaimed.find("<pdfuaid:part>1</pdfuaid:part>"), 30, "");
  XmpFacts xmp = read_xmp(unclaimed);
  CHECK(xmp.well_formed);
  CHECK(!xmp.ua_part);
  // Written as an attribute, under another prefix, it is the same property.
  XmpFacts attribute = read_xmp(
      "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
      "<rdf:Description rdf:about='' xmlns:ua='http://www.aiim.org/pdfua/ns/id/' ua:part='1'/></rdf:RDF></x:xmpmeta>");
  CHECK(attribute.ua_part == std::optional<std::string>("1"));
}

TEST_CASE("xmp: the PDF's catalog holds the packet as an uncompressed metadata stream") {
  PdfMeta m = welsh_meta();
  m.page_label = "Tudalen {n} o {total}";
  DocNode body;
  body.children = {make_paragraph({make_text("Croeso.")})};
  Diagnostics d;
  auto bytes = render_pdf(m, std::nullopt, false, {{"Croeso", body, true}}, PdfTheme{}, test::theme_fonts(), d);
  REQUIRE(bytes);
  test::MetadataStream metadata = test::metadata_stream_of(*bytes);
  REQUIRE(metadata.is_stream);
  CHECK(metadata.type == "/Metadata");
  CHECK(metadata.subtype == "/XML");
  CHECK(!metadata.filtered);
  CHECK(metadata.raw == xmp_packet(m));
}
