#include "pdf/pdf_objects.h"

#include <hpdf_annotation.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include <cstring>


#include "pdf/pdf_syntax.h"

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

namespace {

// A raw dictionary's entries, kept in the document's memory (freed with it)
// and pointed to by the dictionary's attr, which plain dictionaries leave unused.
struct RawBody {
  HPDF_UINT size;
  HPDF_BYTE bytes[1];
};

HPDF_STATUS write_body(HPDF_Dict dict, HPDF_Stream stream) {
  auto* body = static_cast<const RawBody*>(dict->attr);
  return body ? HPDF_Stream_Write(stream, body->bytes, body->size) : HPDF_OK;
}

void free_body(HPDF_Dict dict) {
  if (dict->attr) HPDF_FreeMem(dict->mmgr, dict->attr);
  dict->attr = nullptr;
}

}  // namespace

HPDF_Dict PdfObjects::raw_dict() {
  HPDF_Dict d = indirect_dict();
  if (!d) return nullptr;
  d->write_fn = write_body;
  d->free_fn = free_body;
  return d;
}

void PdfObjects::set_body(HPDF_Dict raw, std::string_view entries) {
  if (!raw) return;
  free_body(raw);
  auto* body = static_cast<RawBody*>(HPDF_GetMem(pdf_->mmgr, static_cast<HPDF_UINT>(sizeof(RawBody) + entries.size())));
  if (!body) return;  // the error is set on the document
  body->size = static_cast<HPDF_UINT>(entries.size());
  std::memcpy(body->bytes, entries.data(), entries.size());
  raw->attr = body;
}

std::string PdfObjects::ref(const void* object) {
  const auto* header = static_cast<const HPDF_Obj_Header*>(object);
  return std::to_string(header->obj_id & 0x00FFFFFF) + ' ' + std::to_string(header->gen_no) + " R";
}

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
  if (is_plain_ascii(utf8)) {
    std::string text(utf8);
    put(dict, key, HPDF_String_New(pdf_->mmgr, text.c_str(), nullptr));
    return;
  }
  // UTF-16BE, written by hand as a hex string: libharu's encoder path would
  // depend on the current encoder.
  std::string bytes = utf16be(utf8);
  put(dict, key, HPDF_Binary_New(pdf_->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size())));
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
