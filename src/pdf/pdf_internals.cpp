#include "pdf/pdf_internals.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "pdf/pdf_deflate.h"
#include "pdf/pdf_font_subset.h"
#include "pdf/pdf_haru.h"
#include "pdf/pdf_objects.h"

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

HPDF_Dict document_information(HPDF_Doc pdf) {
  if (!pdf->info) {
    HPDF_Dict info = HPDF_Dict_New(pdf->mmgr);
    if (info && HPDF_Xref_Add(pdf->xref, info) == HPDF_OK) pdf->info = info;  // libharu frees it on failure
  }
  return pdf->info;
}

namespace {

// Six capital letters naming the subset (ISO 32000-1, 9.6.4), from what the
// program depends on: the face, its tables (each with its checksum) and
// the glyphs it keeps. The same subset is named the same in every PDF and
// every run; libharu counted "HPDFAA", "HPDFAB", … in each document.
std::string subset_tag(HPDF_FontDef def) {
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a
  auto mix = [&](const void* data, size_t size) {
    for (size_t i = 0; i < size; ++i) hash = (hash ^ static_cast<const unsigned char*>(data)[i]) * 0x100000001b3ULL;
  };
  mix(def->base_font, std::strlen(def->base_font));
  mix(attr->offset_tbl.table, sizeof(HPDF_TTFTable) * attr->offset_tbl.num_tables);
  mix(attr->glyph_tbl.flgs, attr->num_glyphs);
  std::string tag(HPDF_TTF_FONT_TAG_LEN, 'A');
  for (char& c : tag) {
    c = static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  return tag;
}

std::string stream_bytes(HPDF_Stream stream) {
  std::string bytes(HPDF_Stream_Size(stream), '\0');
  HPDF_UINT size = static_cast<HPDF_UINT>(bytes.size());
  if (bytes.empty() || HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
      HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size) != HPDF_OK)
    size = 0;
  bytes.resize(size);
  return bytes;
}

// libharu's own bytes for the program of the glyphs marked so far
// (HPDF_TTFontDef_SaveFontData), deflated.
bool save_program(HPDF_Doc pdf, HPDF_FontDef def, FontSubset& out) {
  HPDF_Stream raw = HPDF_MemStream_New(pdf->mmgr, HPDF_STREAM_BUF_SIZ);
  if (!raw) return false;
  std::string bytes;
  if (HPDF_TTFontDef_SaveFontData(def, raw) == HPDF_OK) bytes = stream_bytes(raw);
  HPDF_Stream_Free(raw);
  if (bytes.empty()) return false;
  out.program = deflate_bytes(bytes, DeflateLevel::once_per_process);
  out.program_length = static_cast<long>(static_cast<HPDF_TTFontDefAttr>(def->attr)->length1);
  return true;
}

void read_metrics(HPDF_FontDef def, FontSubset& out) {
  out.base_font = static_cast<HPDF_TTFontDefAttr>(def->attr)->base_font;  // with the tag
  out.ascent = def->ascent;
  out.descent = def->descent;
  out.flags = static_cast<int>(def->flags);
  out.italic_angle = def->italic_angle;
  out.stem_v = def->stemv;
  out.x_height = def->x_height;
  out.default_width = def->missing_width;
  const HPDF_Box& b = def->font_bbox;
  const HPDF_REAL box[4] = {b.left, b.bottom, b.right, b.top};
  for (int i = 0; i < 4; ++i) out.bbox[i] = static_cast<int>(std::lround(box[i]));
}

}  // namespace

bool read_face_glyphs(const std::string& path, const std::vector<char16_t>& characters, FaceGlyphs& out,
                      std::string& error) {
  HaruDoc doc;  // only to read the file with; never saved
  const char* name = doc.failed() ? nullptr : HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
  HPDF_FontDef def = name && !doc.failed() ? HPDF_GetFontDef(doc.get(), name) : nullptr;
  if (!def) {
    error = doc.error_text();
    return false;
  }
  out.glyph_ids.clear();
  out.subset.widths.clear();
  for (char16_t c : characters) {
    out.glyph_ids.push_back(HPDF_TTFontDef_GetGlyphid(def, c));
    out.subset.widths.emplace_back(c, HPDF_TTFontDef_GetCharWidth(def, c));  // which also marks its glyph kept
  }
  std::string tag = subset_tag(def);
  HPDF_TTFontDef_SetTagName(def, tag.data());
  read_metrics(def, out.subset);
  if (!save_program(doc.get(), def, out.subset) || doc.failed()) {
    error = doc.error_text();
    return false;
  }
  return true;
}

HPDF_FontDef load_face_for_measuring(HPDF_Doc pdf, const std::string& path) {
  const char* name = HPDF_LoadTTFontFromFile(pdf, path.c_str(), HPDF_FALSE);
  return name ? HPDF_GetFontDef(pdf, name) : nullptr;
}

double char_advance(HPDF_FontDef face, char16_t c) { return HPDF_TTFontDef_GetCharWidth(face, c); }

double face_ascent(HPDF_FontDef face) { return face->ascent; }

double face_descent(HPDF_FontDef face) { return face->descent; }

void deflate_streams(HPDF_Doc pdf) {
  HPDF_List entries = pdf->xref->entries;
  for (HPDF_UINT i = 0; i < entries->count; ++i) {
    auto* object = static_cast<HPDF_Dict>(static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i))->obj);
    // A stream of its own that libharu would deflate as it saves it, and
    // that has no writer of its own.
    if (!object || (object->header.obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT || !object->stream ||
        object->filter != HPDF_STREAM_FILTER_FLATE_DECODE || object->write_fn)
      continue;
    std::string bytes = stream_bytes(object->stream);
    if (bytes.empty()) continue;  // libharu writes an empty stream as it is
    std::string deflated = deflate_bytes(bytes, DeflateLevel::each_document);
    HPDF_MemStream_FreeData(object->stream);
    if (HPDF_Stream_Write(object->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                          static_cast<HPDF_UINT>(deflated.size())) != HPDF_OK)
      return;  // the error is set on the document, and the save fails
    PdfObjects::mark_deflated(object);
  }
}

}  // namespace cp
