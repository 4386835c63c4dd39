#include "pdf/pdf_internals.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <utility>

namespace cp {

void set_pdf_version_17(HPDF_Doc pdf) { pdf->pdf_version = HPDF_VER_17; }

void set_document_language(HPDF_Doc pdf, const std::string& lang) {
  if (lang.empty()) return;
  // No encoder: the tag is ASCII ("en-GB", "cy") and is written as a plain string.
  HPDF_String value = HPDF_String_New(pdf->mmgr, lang.c_str(), nullptr);
  if (value) HPDF_Dict_Add(pdf->catalog, "Lang", value);
}

void set_display_doc_title(HPDF_Doc pdf) {
  HPDF_Dict prefs = HPDF_Dict_New(pdf->mmgr);
  if (!prefs) return;
  if (HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", prefs) != HPDF_OK) return;
  HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
}

namespace {

// Two-byte codes mapped to the same UTF-16 value. A bfrange may only vary
// its last byte, and a block holds at most 100 entries: 256 ranges in
// blocks of 100, 100 and 56.
std::string identity_to_unicode_cmap() {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char line[40];
  for (int block = 0; block < 256; block += 100) {
    int count = block + 100 <= 256 ? 100 : 256 - block;
    out += std::to_string(count) + " beginbfrange\n";
    for (int hi = block; hi < block + count; ++hi) {
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
      out += line;
    }
    out += "endbfrange\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace

void repair_to_unicode(HPDF_Font font) {
  auto cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(static_cast<HPDF_Dict>(font), "ToUnicode", HPDF_OCLASS_DICT));
  if (!cmap || !cmap->stream) return;
  HPDF_MemStream_FreeData(cmap->stream);  // empties the stream so it can be written again
  static const std::string text = identity_to_unicode_cmap();
  HPDF_Stream_WriteStr(cmap->stream, text.c_str());
  // Keys copied from the encoding CMap describe that CMap, not this one.
  // Looked up with their exact class first: a failed lookup or removal would
  // leave an error set that libharu raises at the next unrelated call.
  const std::pair<const char*, HPDF_UINT16> keys[] = {
      {"CMapName", HPDF_OCLASS_NAME}, {"CIDSystemInfo", HPDF_OCLASS_DICT}, {"WMode", HPDF_OCLASS_NUMBER}};
  for (const auto& [key, cls] : keys)
    if (HPDF_Dict_GetItem(cmap, key, cls)) HPDF_Dict_RemoveElement(cmap, key);
}

}  // namespace cp
