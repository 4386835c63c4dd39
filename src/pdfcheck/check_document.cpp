// What PDF/UA-1 asks of the file as a whole: its catalog entries and its
// XMP metadata (ISO 14289-1, 5 and 7.1).
#include <algorithm>

#include "pdfcheck/checks.h"
#include "pdfcheck/xmp.h"

namespace cp {

namespace {

const std::string kUaNamespace = "http://www.aiim.org/pdfua/ns/id/";

void check_mark_info(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  QPDFObjectHandle mark_info = pdf.catalog.getKey("/MarkInfo");
  QPDFObjectHandle suspects = mark_info.getKeyIfDict("/Suspects");
  if (suspects.isBool() && suspects.getBoolValue())
    out.push_back({"01-007", 0, "/MarkInfo has /Suspects true: the producer doubts its own tagging"});
}

void check_display_doc_title(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  QPDFObjectHandle display = pdf.catalog.getKey("/ViewerPreferences").getKeyIfDict("/DisplayDocTitle");
  if (!display.isBool())
    out.push_back({"07-001", 0, "the catalog's /ViewerPreferences has no /DisplayDocTitle: a viewer shows the file name, not the title"});
  else if (!display.getBoolValue())
    out.push_back({"07-002", 0, "/ViewerPreferences /DisplayDocTitle is false: a viewer shows the file name, not the title"});
}

// Only the outline's titles have no language of their own: the catalog's
// is theirs.
void check_outline_language(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  if (pdf.catalog.getKey("/Outlines").getKeyIfDict("/First").isDictionary() && !pdf.catalog_language_known())
    out.push_back({"11-003", 0, "the document has an outline but the catalog has no /Lang, so its entries have no language"});
}

// The metadata's language: its titles' xml:lang ("x-default" names none),
// else the catalog's /Lang.
void check_metadata_language(const TaggedPdf& pdf, const XmpFacts& xmp, std::vector<PdfProblem>& out) {
  if (pdf.catalog_language_known() || xmp.titles.empty()) return;
  bool named = std::any_of(xmp.titles.begin(), xmp.titles.end(),
                           [](const auto& t) { return t.first != "x-default" && is_language_tag(t.first); });
  if (!named)
    out.push_back({"11-006", 0, "the metadata's title has no xml:lang other than x-default and the catalog has no /Lang"});
}

void check_metadata(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  QPDFObjectHandle metadata = pdf.catalog.getKey("/Metadata");
  if (!metadata.isStream()) {
    out.push_back({"06-001", 0, "the catalog has no /Metadata stream"});
    return;
  }
  QPDFObjectHandle dict = metadata.getDict();
  if (!dict.getKey("/Type").isNameAndEquals("/Metadata") || !dict.getKey("/Subtype").isNameAndEquals("/XML")) {
    out.push_back({"06-001", 0, "the catalog's /Metadata stream is not /Type /Metadata /Subtype /XML"});
    return;
  }
  auto data = metadata.getStreamData(qpdf_dl_generalized);
  XmpFacts xmp = read_xmp(std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()));
  if (!xmp.well_formed) {
    out.push_back({"06-001", 0, "the /Metadata stream is not well-formed XML: " + xmp.error});
    return;
  }
  if (!xmp.ua_part)
    out.push_back({"06-002", 0, "the XMP metadata has no pdfuaid:part"});
  else if (*xmp.ua_part != "1")
    out.push_back({"06-002", 0, "the XMP metadata has pdfuaid:part " + *xmp.ua_part + ", not 1 (PDF/UA-1)"});
  else if (std::find(xmp.schema_namespaces.begin(), xmp.schema_namespaces.end(), kUaNamespace) == xmp.schema_namespaces.end())
    out.push_back({"06-002", 0, "the XMP metadata has pdfuaid:part but no extension schema describing " + kUaNamespace});
  bool titled = std::any_of(xmp.titles.begin(), xmp.titles.end(), [](const auto& t) { return !t.second.empty(); });
  if (!titled) out.push_back({"06-003", 0, "the XMP metadata has no dc:title"});
  check_metadata_language(pdf, xmp, out);
}

}  // namespace

void check_document(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  check_mark_info(pdf, out);
  check_metadata(pdf, out);
  check_display_doc_title(pdf, out);
  check_outline_language(pdf, out);
}

}  // namespace cp
