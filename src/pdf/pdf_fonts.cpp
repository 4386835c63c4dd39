#include "pdf/pdf_fonts.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>

#include "pdf/pdf_font_subset.h"
#include "pdf/pdf_internals.h"
#include "pdf/pdf_objects.h"

namespace cp {

namespace {

const std::string& path_of(const PdfFonts& files, Face face) {
  switch (face) {
    case Face::Bold: return files.bold;
    case Face::Italic: return files.italic;
    case Face::BoldItalic: return files.bold_italic;
    case Face::Mono: return files.mono;
    default: return files.regular;
  }
}

const char* const kFontHint =
    "PDFs need TrueType fonts with the Welsh letters ŵ ŷ ẁ ẃ ỳ, e.g. DejaVu Sans (Debian package fonts-dejavu-core)";

// Groups of characters whose glyphs are embedded together: a document that
// shows one character of a group gets the glyphs of the whole group. Most
// documents then embed the same subset of a face, made once, for a few
// kilobytes of glyphs a document does not show. Characters outside every
// group are embedded alone.
std::vector<std::vector<char16_t>> glyph_groups() {
  auto range = [](char16_t from, char16_t to) {
    std::vector<char16_t> out;
    for (char16_t c = from; c <= to; ++c) out.push_back(c);
    return out;
  };
  return {
      range(0x20, 0x7E),  // ASCII: letters, digits, punctuation
      // Welsh vowels with their accents (â ê î ô û ŵ ŷ, ä ë …, á é …, à è …, ẁ ẃ ẅ ỳ)
      {0xE0, 0xE1, 0xE2, 0xE4, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF, 0xF2, 0xF3, 0xF4, 0xF6, 0xF9,
       0xFA, 0xFB, 0xFC, 0xFD, 0xFF, 0x0175, 0x0177, 0x1E81, 0x1E83, 0x1E85, 0x1EF3},
      // ... and their capitals
      {0xC0, 0xC1, 0xC2, 0xC4, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCD, 0xCE, 0xCF, 0xD2, 0xD3, 0xD4, 0xD6, 0xD9,
       0xDA, 0xDB, 0xDC, 0xDD, 0x0178, 0x0174, 0x0176, 0x1E80, 0x1E82, 0x1E84, 0x1EF2},
      // dashes, curly quotes, the bullet, the ellipsis, the pound and euro signs
      {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0xA3, 0x20AC},
  };
}

// The characters shown, with every group any of them belongs to.
std::vector<char16_t> rounded_up(const std::vector<char16_t>& shown) {
  static const std::vector<std::vector<char16_t>> groups = glyph_groups();
  std::vector<char16_t> out = shown;
  for (const auto& group : groups)
    if (std::any_of(group.begin(), group.end(), [&](char16_t c) { return std::binary_search(shown.begin(), shown.end(), c); }))
      out.insert(out.end(), group.begin(), group.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// /W: runs of consecutive codes, each as its first code and its widths.
HPDF_Array widths_array(PdfObjects& o, const FontSubset& s) {
  HPDF_Array w = o.array();
  HPDF_Array run = nullptr;
  int next = -1;
  for (const auto& [code, width] : s.widths) {
    if (static_cast<int>(code) != next || !run) {
      o.push_int(w, code);
      run = o.array();
      o.push(w, run);
    }
    o.push_int(run, width);
    next = code + 1;
  }
  return w;
}

HPDF_Dict descriptor(PdfObjects& o, const FontSubset& s) {
  HPDF_Dict d = o.indirect_dict("FontDescriptor");
  o.put_name(d, "FontName", s.base_font.c_str());
  o.put_int(d, "Flags", s.flags);
  HPDF_Array box = o.array();
  for (int v : s.bbox) o.push_int(box, v);
  o.put(d, "FontBBox", box);
  o.put_int(d, "ItalicAngle", s.italic_angle);
  o.put_int(d, "Ascent", s.ascent);
  o.put_int(d, "Descent", s.descent);
  o.put_int(d, "StemV", s.stem_v);
  o.put_int(d, "XHeight", s.x_height);
  HPDF_Dict program = o.deflated_stream(s.program);
  o.put_int(program, "Length1", s.program_length);
  o.put(d, "FontFile2", program);
  return d;
}

// The Type 0 font and what it refers to, as ISO 32000-1 9.7 describes a
// TrueType font shown with two-byte codes.
HPDF_Dict write_font(PdfObjects& o, const FontSubset& s) {
  HPDF_Dict font = o.indirect_dict("Font");
  o.put_name(font, "Subtype", "Type0");
  o.put_name(font, "BaseFont", s.base_font.c_str());
  o.put_name(font, "Encoding", "Identity-H");
  o.put(font, "ToUnicode", o.deflated_stream(s.to_unicode));
  HPDF_Dict cid = o.indirect_dict("Font");
  HPDF_Array descendants = o.array();
  o.push(descendants, cid);
  o.put(font, "DescendantFonts", descendants);
  o.put_name(cid, "Subtype", "CIDFontType2");
  o.put_name(cid, "BaseFont", s.base_font.c_str());
  HPDF_Dict system = o.dict();
  o.put_text(system, "Registry", "Adobe");
  o.put_text(system, "Ordering", "Identity");
  o.put_int(system, "Supplement", 0);
  o.put(cid, "CIDSystemInfo", system);
  o.put_int(cid, "DW", s.default_width);
  o.put(cid, "W", widths_array(o, s));
  o.put(cid, "CIDToGIDMap", o.deflated_stream(s.glyph_map));
  o.put(cid, "FontDescriptor", descriptor(o, s));
  return font;
}

}  // namespace

bool embed_fonts(HaruDoc& doc, const PdfFonts& files, const FaceCharacters& used, PdfFaces& out, Diagnostics& diags) {
  out.fill({});
  // Two faces from the same file (a theme may name one file twice) share
  // its font, which gets the characters of both.
  std::map<std::string, std::vector<char16_t>> characters_of;  // path → characters
  for (int i = 0; i < kFaceCount; ++i) {
    if (used[i].empty()) continue;
    auto& characters = characters_of[path_of(files, static_cast<Face>(i))];
    std::vector<char16_t> both;
    std::set_union(characters.begin(), characters.end(), used[i].begin(), used[i].end(), std::back_inserter(both));
    characters = std::move(both);
  }
  PdfObjects objects(doc.get());
  std::map<std::string, PdfFace> written;  // path → its font
  bool ok = true;
  for (const auto& [path, characters] : characters_of) {
    if (path.empty() || !std::ifstream(path, std::ios::binary)) {
      diags.error({path, 0, 0}, "cannot read the font file '" + path + "'", kFontHint);
      ok = false;
      continue;
    }
    std::string error;
    auto subset = font_subset(path, rounded_up(characters), error);
    if (!subset) {
      diags.error({path, 0, 0}, "cannot load the font '" + path + "' (" + error + ")", kFontHint);
      ok = false;
      continue;
    }
    written[path] = {write_font(objects, *subset), static_cast<double>(subset->ascent),
                     static_cast<double>(subset->descent)};
  }
  for (int i = 0; i < kFaceCount; ++i)
    if (!used[i].empty() && written.count(path_of(files, static_cast<Face>(i))))
      out[i] = written[path_of(files, static_cast<Face>(i))];
  return ok && !doc.failed();
}

bool HaruMeasure::open(const PdfFonts& files, Diagnostics& diags) {
  std::map<std::string, HPDF_FontDef> loaded;  // a file is read once
  bool ok = true;
  for (int i = 0; i < kFaceCount; ++i) {
    const std::string& path = path_of(files, static_cast<Face>(i));
    auto found = loaded.find(path);
    if (found == loaded.end()) {
      if (path.empty() || !std::ifstream(path, std::ios::binary)) {
        diags.error({path, 0, 0}, "cannot read the font file '" + path + "'", kFontHint);
        ok = false;
        continue;
      }
      HPDF_FontDef face = load_face_for_measuring(doc_.get(), path);
      if (!face || doc_.failed()) {
        diags.error({path, 0, 0}, "cannot load the font '" + path + "' (" + doc_.error_text() + ")", kFontHint);
        doc_.reset_error();
        ok = false;
        continue;
      }
      found = loaded.emplace(path, face).first;
    }
    faces_[i] = found->second;
  }
  return ok;
}

double HaruMeasure::advance(Face face, char32_t c) const {
  // Beyond U+FFFF, the code drawn is a space (pdf_draw.cpp, code_of).
  char16_t code = c > 0xFFFF ? u' ' : static_cast<char16_t>(c);
  int f = static_cast<int>(face);
  auto& row = advances_[f][code >> 8];
  if (!row) {
    row = std::make_unique<Row>();
    for (int k = 0; k < 256; ++k) (*row)[k] = char_advance(faces_[f], static_cast<char16_t>((code & 0xFF00) | k));
  }
  return (*row)[code & 0xFF];
}

double HaruMeasure::ascent(Face face) const { return face_ascent(faces_[static_cast<int>(face)]); }

double HaruMeasure::descent(Face face) const { return -face_descent(faces_[static_cast<int>(face)]); }

}  // namespace cp
