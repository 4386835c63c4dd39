// What PDF/UA-1 asks of annotations (ISO 14289-1, 7.18): the Tab key
// follows the structure on a page that has any (7.18.3); a link is in a
// Link element and says where it goes in /Contents (7.18.5); and that
// text's language is known (7.2).
#include "pdfcheck/checks.h"

namespace cp {

namespace {

// The element /StructParent names for an annotation: -1 when none.
int struct_parent(const TaggedPdf& pdf, QPDFObjectHandle annot) {
  QPDFObjectHandle key = annot.getKey("/StructParent");
  return key.isInteger() ? pdf.element_index(pdf.parent_tree_entry(key.getIntValue())) : -1;
}

void check_tabs(const TaggedPdf& pdf, QPDFObjectHandle page, int number, std::vector<PdfProblem>& out) {
  QPDFObjectHandle tabs = page.getKey("/Tabs");
  if (!tabs.isName())
    out.push_back({"28-008", number, "the page has annotations but no /Tabs: the Tab key may not follow the structure"});
  else if (tabs.getName() != "/S")
    out.push_back({"28-009", number, "the page has annotations and /Tabs " + tabs.getName() + ", not /S"});
}

void check_link(const TaggedPdf& pdf, QPDFObjectHandle annot, int element, int number, std::vector<PdfProblem>& out) {
  bool nested = false;
  if (element >= 0) {
    const StructElement& e = pdf.elements[static_cast<size_t>(element)];
    for (const auto& object : e.objects) nested = nested || object == annot.getObjGen();
    nested = nested && e.role.role == "Link";
  }
  if (!nested)
    out.push_back({"28-011", number, "a link annotation is not an object (OBJR) of a Link element its /StructParent names"});
  if (text_of(annot.getKey("/Contents")).empty())
    out.push_back({"28-012", number, "a link annotation has no /Contents describing where it goes"});
}

}  // namespace

void check_annotations(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  for (size_t i = 0; i < pdf.pages.size(); ++i) {
    int number = static_cast<int>(i + 1);
    QPDFObjectHandle annots = pdf.pages[i].getKey("/Annots");
    if (!annots.isArray() || annots.getArrayNItems() == 0) continue;
    check_tabs(pdf, pdf.pages[i], number, out);
    for (auto& annot : annots.aitems()) {
      if (!annot.isDictionary()) continue;
      int element = struct_parent(pdf, annot);
      if (annot.getKey("/Subtype").isNameAndEquals("/Link")) check_link(pdf, annot, element, number, out);
      bool described = !text_of(annot.getKey("/Contents")).empty();
      bool known = element >= 0 ? pdf.language_known(element) : pdf.catalog_language_known();
      if (described && !known)
        out.push_back({"11-004", number, "the language of an annotation's /Contents is not known"});
    }
  }
}

}  // namespace cp
