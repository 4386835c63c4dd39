// The PDFs the check-pdf tests break, edited with qpdf (pdf_edits.h says
// why this file is apart and C++17).
#include "qpdf/pdf_edits.h"

#include <doctest/doctest.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <regex>

namespace cp::test {

namespace {

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
  const std::string GoodPdfs::*base;
  Edit edit;
  std::set<std::string> fails;  // exactly these conditions
};

std::vector<Breakage> breakages() {
  constexpr auto full_pdf = &GoodPdfs::full, plain_pdf = &GoodPdfs::plain, bare_pdf = &GoodPdfs::bare;
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

std::vector<BrokenPdf> broken_pdfs(const GoodPdfs& good) {
  std::vector<BrokenPdf> out;
  for (const auto& b : breakages()) out.push_back({b.what, edited(good.*b.base, b.edit), b.fails});
  return out;
}

std::string with_paragraph_role_mapped(const std::string& full) {
  return edited(full, [](QPDF& p) {
    first_element(p, "P").replaceKey("/S", name("/Para"));
    p.getRoot().getKey("/StructTreeRoot").replaceKey("/RoleMap", QPDFObjectHandle::parse("<< /Para /P >>"));
  });
}

std::string without_metadata_and_figure_alt(const std::string& full) {
  return edited(full, [](QPDF& p) {
    p.getRoot().removeKey("/Metadata");
    first_element(p, "Figure").removeKey("/Alt");
  });
}

MetadataStream metadata_stream_of(const std::string& bytes) {
  QPDF pdf;
  pdf.processMemoryFile("metadata.pdf", bytes.data(), bytes.size());
  QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
  MetadataStream out;
  if (!metadata.isStream()) return out;
  out.is_stream = true;
  QPDFObjectHandle dict = metadata.getDict();
  if (dict.getKey("/Type").isName()) out.type = dict.getKey("/Type").getName();
  if (dict.getKey("/Subtype").isName()) out.subtype = dict.getKey("/Subtype").getName();
  out.filtered = dict.hasKey("/Filter");
  auto raw = metadata.getRawStreamData();
  out.raw.assign(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize());
  return out;
}

}  // namespace cp::test
