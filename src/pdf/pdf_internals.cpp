#include "pdf/pdf_internals.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include "pdf/pdf_deflate.h"

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

// Two-byte codes mapped to the same UTF-16 value, for the rows of 256 codes
// that hold `characters`. A bfrange may only vary its last byte, and a block
// holds at most 100 entries.
std::string identity_to_unicode_cmap(const std::vector<char16_t>& characters) {
  std::vector<int> rows;
  for (char16_t c : characters)
    if (rows.empty() || rows.back() != c >> 8) rows.push_back(c >> 8);
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char line[40];
  for (size_t block = 0; block < rows.size(); block += 100) {
    size_t count = std::min<size_t>(100, rows.size() - block);
    out += std::to_string(count) + " beginbfrange\n";
    for (size_t k = block; k < block + count; ++k) {
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", rows[k], rows[k], rows[k]);
      out += line;
    }
    out += "endbfrange\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace

void repair_to_unicode(HPDF_Font font, const std::vector<char16_t>& characters) {
  auto cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(static_cast<HPDF_Dict>(font), "ToUnicode", HPDF_OCLASS_DICT));
  if (!cmap || !cmap->stream) return;
  HPDF_MemStream_FreeData(cmap->stream);  // empties the stream so it can be written again
  HPDF_Stream_WriteStr(cmap->stream, identity_to_unicode_cmap(characters).c_str());
  // Keys copied from the encoding CMap describe that CMap, not this one.
  // Looked up with their exact class first: a failed lookup or removal would
  // leave an error set that libharu raises at the next unrelated call.
  const std::pair<const char*, HPDF_UINT16> keys[] = {
      {"CMapName", HPDF_OCLASS_NAME}, {"CIDSystemInfo", HPDF_OCLASS_DICT}, {"WMode", HPDF_OCLASS_NUMBER}};
  for (const auto& [key, cls] : keys)
    if (HPDF_Dict_GetItem(cmap, key, cls)) HPDF_Dict_RemoveElement(cmap, key);
}

HPDF_Font get_utf8_font_for(HPDF_Doc pdf, const char* font_name, const std::vector<char16_t>& characters) {
  HPDF_Encoder encoder = HPDF_GetEncoder(pdf, "UTF-8");
  if (!encoder || characters.empty()) return nullptr;
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
  // The "UTF-8" encoder leaves its code table empty (all zero) and keeps its
  // decoding state in the table's first bytes; that state is put back after.
  unsigned char state[16];
  std::memcpy(state, attr->cid_map[0], sizeof state);
  std::memset(attr->cid_map[0], 0, sizeof state);
  // libharu's loops stop one short of the highest code (`i < max`): one
  // code above the last character keeps the last one in the width table and
  // the glyph map.
  std::vector<char16_t> codes = characters;
  if (codes.back() < 0xFFFF) codes.push_back(static_cast<char16_t>(codes.back() + 1));
  std::vector<HPDF_UNICODE> unicode_before;
  unicode_before.reserve(codes.size());
  for (char16_t c : codes) {
    // Indexed low byte first, as libharu's own CMap encoders fill the table.
    unicode_before.push_back(attr->unicode_map[c & 0xFF][c >> 8]);
    attr->cid_map[c & 0xFF][c >> 8] = c;  // the code is the character (and the CID) ...
    attr->unicode_map[c & 0xFF][c >> 8] = c;  // ... whose glyph it shows
  }
  // With libharu's table-driven conversion in place, building the font reads
  // the table (hpdf_font_cid.c, CIDFontType2_New); the encoder's own UTF-8
  // conversion is put back before any text is written.
  HPDF_Encoder_ToUnicode_Func utf8_to_unicode = encoder->to_unicode_fn;
  encoder->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  HPDF_Font font = HPDF_GetFont(pdf, font_name, "UTF-8");
  encoder->to_unicode_fn = utf8_to_unicode;
  for (size_t k = 0; k < codes.size(); ++k) {
    char16_t c = codes[k];
    attr->cid_map[c & 0xFF][c >> 8] = 0;
    attr->unicode_map[c & 0xFF][c >> 8] = unicode_before[k];
  }
  std::memcpy(attr->cid_map[0], state, sizeof state);
  return font;
}

void mark_glyphs_used(HPDF_Font font, const std::vector<char16_t>& characters) {
  HPDF_FontDef def = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
  for (char16_t c : characters) HPDF_TTFontDef_GetCharWidth(def, c);  // marks the glyph, as drawing does
}

namespace {

struct FontProgram {
  std::string deflated;  // the font file libharu would embed, deflated
  HPDF_UINT length1 = 0;  // its length before deflating (/Length1)
};

// What libharu's font program depends on: the font file (its table
// directory, with every table's checksum), the subset tag it puts into the
// font's names, and which glyphs are marked.
std::string program_key(HPDF_FontDef def) {
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  std::string key(attr->base_font);
  key += '\0';
  key += attr->tag_name;
  key += '\0';
  for (HPDF_UINT16 i = 0; i < attr->offset_tbl.num_tables; ++i)
    key.append(reinterpret_cast<const char*>(&attr->offset_tbl.table[i]), sizeof(HPDF_TTFTable));
  key.append(reinterpret_cast<const char*>(attr->glyph_tbl.flgs), attr->num_glyphs);
  return key;
}

// libharu's own bytes for the program (HPDF_TTFontDef_SaveFontData), deflated.
std::shared_ptr<const FontProgram> make_program(HPDF_Doc pdf, HPDF_FontDef def) {
  HPDF_Stream raw = HPDF_MemStream_New(pdf->mmgr, HPDF_STREAM_BUF_SIZ);
  if (!raw) return nullptr;
  std::string bytes;
  if (HPDF_TTFontDef_SaveFontData(def, raw) == HPDF_OK && HPDF_Stream_Seek(raw, 0, HPDF_SEEK_SET) == HPDF_OK) {
    bytes.resize(raw->size);
    HPDF_UINT size = static_cast<HPDF_UINT>(bytes.size());
    if (HPDF_Stream_Read(raw, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size) != HPDF_OK) size = 0;
    bytes.resize(size);
  }
  HPDF_Stream_Free(raw);
  if (bytes.empty()) return nullptr;
  auto program = std::make_shared<FontProgram>();
  program->length1 = static_cast<HPDF_TTFontDefAttr>(def->attr)->length1;
  program->deflated = deflate_bytes(bytes);
  return program;
}

std::shared_ptr<const FontProgram> cached_program(HPDF_Doc pdf, HPDF_FontDef def) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const FontProgram>> programs;
  std::string key = program_key(def);
  {
    std::lock_guard lock(mutex);
    auto found = programs.find(key);
    if (found != programs.end()) return found->second;
  }
  auto program = make_program(pdf, def);
  if (!program) return nullptr;
  std::lock_guard lock(mutex);
  if (programs.size() >= 512) programs.clear();  // a long `serve` session: bounded
  return programs.emplace(std::move(key), program).first->second;
}

// The stream's bytes are already deflated: libharu writes them as they are
// (no filter of its own) and this names the filter in the stream's dictionary.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

bool embed_font_program(HPDF_Doc pdf, HPDF_Font font) {
  auto* font_attr = static_cast<HPDF_FontAttr>(font->attr);
  HPDF_FontDef def = font_attr->fontdef;
  auto* def_attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  if (def->descriptor || !def_attr->embedding) return true;  // done already (one file, two faces), or not embedded
  auto program = cached_program(pdf, def);
  if (!program) return false;
  // As CIDFontType2_BeforeWrite_Func (hpdf_font_cid.c) makes them.
  HPDF_Dict data = HPDF_DictStream_New(pdf->mmgr, font_attr->xref);
  HPDF_Dict descriptor = HPDF_Dict_New(pdf->mmgr);
  if (!data || !descriptor) return false;
  data->filter = HPDF_STREAM_FILTER_NONE;
  data->write_fn = write_flate_filter;
  HPDF_STATUS ret = HPDF_Stream_Write(data->stream, reinterpret_cast<const HPDF_BYTE*>(program->deflated.data()),
                                     static_cast<HPDF_UINT>(program->deflated.size()));
  ret += HPDF_Dict_AddNumber(data, "Length1", static_cast<HPDF_INT32>(program->length1));
  ret += HPDF_Dict_AddNumber(data, "Length2", 0);
  ret += HPDF_Dict_AddNumber(data, "Length3", 0);
  ret += HPDF_Xref_Add(font_attr->xref, descriptor);
  ret += HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  ret += HPDF_Dict_AddNumber(descriptor, "Ascent", def->ascent);
  ret += HPDF_Dict_AddNumber(descriptor, "Descent", def->descent);
  ret += HPDF_Dict_AddNumber(descriptor, "Flags", def->flags);
  ret += HPDF_Dict_Add(descriptor, "FontBBox", HPDF_Box_Array_New(pdf->mmgr, def->font_bbox));
  ret += HPDF_Dict_AddName(descriptor, "FontName", def_attr->base_font);
  ret += HPDF_Dict_AddNumber(descriptor, "ItalicAngle", def->italic_angle);
  ret += HPDF_Dict_AddNumber(descriptor, "StemV", def->stemv);
  ret += HPDF_Dict_AddNumber(descriptor, "XHeight", def->x_height);
  ret += HPDF_Dict_Add(descriptor, "FontFile2", data);
  if (ret != HPDF_OK) return false;
  def->descriptor = descriptor;
  return true;
}

namespace {

std::string stream_bytes(HPDF_Stream stream) {
  std::string bytes(HPDF_Stream_Size(stream), '\0');
  HPDF_UINT size = static_cast<HPDF_UINT>(bytes.size());
  if (bytes.empty() || HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
      HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size) != HPDF_OK)
    size = 0;
  bytes.resize(size);
  return bytes;
}

// Deflated streams other than page contents, by their bytes: the fonts'
// glyph maps and ToUnicode CMaps, which are the same in most documents.
std::shared_ptr<const std::string> cached_deflate(std::string bytes) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const std::string>> deflated;
  {
    std::lock_guard lock(mutex);
    auto found = deflated.find(bytes);
    if (found != deflated.end()) return found->second;
  }
  auto made = std::make_shared<const std::string>(deflate_bytes(bytes));
  std::lock_guard lock(mutex);
  if (deflated.size() >= 512) deflated.clear();  // a long `serve` session: bounded
  return deflated.emplace(std::move(bytes), made).first->second;
}

}  // namespace

namespace {

// Puts the stream's bytes, deflated, in place of its bytes, for libharu to
// write as they are under /Filter /FlateDecode. False when libharu fails
// (its error is set on the document, and the save then fails).
bool put_deflated(HPDF_Dict object, bool cache) {
  std::string bytes = stream_bytes(object->stream);
  if (bytes.empty()) return true;  // libharu writes an empty stream as it is
  std::string fresh;
  std::shared_ptr<const std::string> shared;
  if (cache) shared = cached_deflate(std::move(bytes));
  else fresh = deflate_bytes(bytes);
  const std::string& deflated = shared ? *shared : fresh;
  HPDF_MemStream_FreeData(object->stream);
  if (HPDF_Stream_Write(object->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                        static_cast<HPDF_UINT>(deflated.size())) != HPDF_OK)
    return false;
  object->filter = HPDF_STREAM_FILTER_NONE;
  object->write_fn = write_flate_filter;
  return true;
}

// A stream of its own that libharu would deflate as it saves it, and that
// has no writer of its own.
bool deflated_by_libharu(HPDF_Dict object) {
  return (object->header.obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT && object->stream &&
         object->filter == HPDF_STREAM_FILTER_FLATE_DECODE && !object->write_fn;
}

}  // namespace

void deflate_streams(HPDF_Doc pdf) {
  HPDF_List entries = pdf->xref->entries;
  auto object_at = [&](HPDF_UINT i) {
    return static_cast<HPDF_Dict>(static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i))->obj);
  };
  for (HPDF_UINT i = 0; i < entries->count; ++i) {
    HPDF_Dict object = object_at(i);
    if (!object || object->header.obj_class != (HPDF_OCLASS_DICT | HPDF_OSUBCLASS_FONT)) continue;
    // A font's glyph map and CMap get their filter from the font as it is
    // saved (CIDFontType2_BeforeWrite_Func): deflated here, the font says
    // none.
    auto* attr = static_cast<HPDF_FontAttr>(object->attr);
    if (!attr || !(object->filter & HPDF_STREAM_FILTER_FLATE_DECODE)) continue;
    for (HPDF_Dict stream : {attr->map_stream, attr->cmap_stream})
      if (stream && stream->stream && !stream->write_fn && !put_deflated(stream, true)) return;
    object->filter = HPDF_STREAM_FILTER_NONE;
  }
  for (HPDF_UINT i = 0; i < entries->count; ++i) {
    HPDF_Dict object = object_at(i);
    if (object && deflated_by_libharu(object) && !put_deflated(object, false)) return;
  }
}

}  // namespace cp
