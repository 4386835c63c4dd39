#include "pdf/pdf_objects.h"

#include <hpdf_annotation.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <vector>

#include "pdf/pdf_text.h"

namespace cp {

HPDF_Dict PdfObjects::catalog() const { return pdf_->catalog; }

HPDF_Dict PdfObjects::indirect_dict(const char* type) {
  HPDF_Dict d = dict(type);
  // On failure libharu frees the object and reports the error.
  if (d && HPDF_Xref_Add(pdf_->xref, d) != HPDF_OK) return nullptr;
  return d;
}

namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

void PdfObjects::mark_deflated(HPDF_Dict stream) {
  stream->filter = HPDF_STREAM_FILTER_NONE;
  stream->write_fn = write_flate_filter;
}

HPDF_Dict PdfObjects::deflated_stream(std::string_view deflated) {
  HPDF_Dict d = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);
  if (!d) return nullptr;
  mark_deflated(d);
  HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                    static_cast<HPDF_UINT>(deflated.size()));
  return d;
}

std::string PdfObjects::font_name(HPDF_Page page, HPDF_Dict font) {
  const char* name = HPDF_Page_GetLocalFontName(page, font);
  return name ? name : "";
}

HPDF_Dict PdfObjects::dict(const char* type) {
  HPDF_Dict d = HPDF_Dict_New(pdf_->mmgr);
  if (d && type) HPDF_Dict_AddName(d, "Type", type);
  return d;
}

HPDF_Array PdfObjects::array() { return HPDF_Array_New(pdf_->mmgr); }

HPDF_Dict PdfObjects::plain_stream(const char* type, const char* subtype, std::string_view bytes) {
  HPDF_Dict d = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);  // indirect; freed with the document on failure
  if (!d) return nullptr;
  d->filter = HPDF_STREAM_FILTER_NONE;
  put_name(d, "Type", type);
  put_name(d, "Subtype", subtype);
  HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size()));
  return d;
}

// libharu's own rule, which these rely on: an indirect object added to a
// container is written as a reference; a direct one becomes part of it.
void PdfObjects::put(HPDF_Dict dict, const char* key, void* object) {
  if (dict && object) HPDF_Dict_Add(dict, key, object);
}

void PdfObjects::put_name(HPDF_Dict dict, const char* key, const char* name) {
  if (dict) HPDF_Dict_AddName(dict, key, name);
}

void PdfObjects::put_int(HPDF_Dict dict, const char* key, long value) {
  if (dict) HPDF_Dict_AddNumber(dict, key, static_cast<HPDF_INT32>(value));
}

void PdfObjects::put_bool(HPDF_Dict dict, const char* key, bool value) {
  if (dict) HPDF_Dict_AddBoolean(dict, key, value ? HPDF_TRUE : HPDF_FALSE);
}

void PdfObjects::put_text(HPDF_Dict dict, const char* key, std::string_view utf8) {
  if (!dict) return;
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) {
    std::string text(utf8);
    put(dict, key, HPDF_String_New(pdf_->mmgr, text.c_str(), nullptr));
    return;
  }
  // UTF-16BE with its byte order mark, written by hand as a hex string:
  // libharu's encoder path would depend on the current encoder.
  std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF};
  std::string clean = sanitize_text(utf8);
  for (size_t i = 0; i < clean.size();) {
    char32_t c = next_char(clean, i);  // BMP only, after sanitize_text
    bytes.push_back(static_cast<HPDF_BYTE>(c >> 8));
    bytes.push_back(static_cast<HPDF_BYTE>(c & 0xFF));
  }
  put(dict, key, HPDF_Binary_New(pdf_->mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size())));
}

void PdfObjects::push(HPDF_Array array, void* object) {
  if (array && object) HPDF_Array_Add(array, object);
}

void PdfObjects::push_int(HPDF_Array array, long value) {
  if (array) HPDF_Array_AddNumber(array, static_cast<HPDF_INT32>(value));
}

void PdfObjects::push_real(HPDF_Array array, double value) {
  if (array) HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(value));
}

void PdfObjects::push_name(HPDF_Array array, const char* name) {
  if (array) HPDF_Array_AddName(array, name);
}

HPDF_Annotation PdfObjects::internal_link(HPDF_Page page, const HPDF_Rect& rect, HPDF_Page target, double top) {
  HPDF_Annotation annot = HPDF_Annotation_New(pdf_->mmgr, pdf_->xref, HPDF_ANNOT_LINK, rect);
  if (!annot) return nullptr;
  // As libharu adds its own annotations: to the page's /Annots, with /P.
  auto annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (!annots) {
    annots = array();
    put(page, "Annots", annots);
  }
  push(annots, annot);
  put(annot, "P", page);
  HPDF_Array dest = array();
  push(dest, target);
  push_name(dest, "FitH");
  push_real(dest, top);
  put(annot, "Dest", dest);
  HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
  return annot;
}

void PdfObjects::write(HPDF_Page page, std::string_view operators) {
  auto attr = static_cast<HPDF_PageAttr>(static_cast<HPDF_Dict>(page)->attr);
  HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
}

}  // namespace cp
