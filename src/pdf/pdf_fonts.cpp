#include "pdf/pdf_fonts.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

#include "pdf/pdf_internals.h"

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

}  // namespace

bool load_fonts(HaruDoc& doc, const PdfFonts& files, const FaceCharacters& used, HaruFonts& out, Diagnostics& diags) {
  out.fill(nullptr);
  // libharu makes one font per file: two faces from the same file (a theme
  // may name one file twice) share it, so it gets the characters of both.
  std::map<std::string, std::vector<char16_t>> characters_of;  // path → characters
  for (int i = 0; i < kFaceCount; ++i) {
    if (used[i].empty()) continue;
    auto& characters = characters_of[path_of(files, static_cast<Face>(i))];
    std::vector<char16_t> both;
    std::set_union(characters.begin(), characters.end(), used[i].begin(), used[i].end(), std::back_inserter(both));
    characters = std::move(both);
  }
  std::map<std::string, std::string> loaded;  // path → libharu font name (a file is loaded once)
  bool ok = true;
  for (int i = 0; i < kFaceCount; ++i) {
    if (used[i].empty()) continue;
    const std::string& path = path_of(files, static_cast<Face>(i));
    auto found = loaded.find(path);
    if (found == loaded.end()) {
      const char* hint = "PDFs need TrueType fonts with the Welsh letters ŵ ŷ ẁ ẃ ỳ, e.g. DejaVu Sans "
                         "(Debian package fonts-dejavu-core)";
      if (path.empty() || !std::ifstream(path, std::ios::binary)) {
        diags.error({path, 0, 0}, "cannot read the font file '" + path + "'", hint);
        ok = false;
        continue;
      }
      const char* name = HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
      if (!name || doc.failed()) {
        diags.error({path, 0, 0}, "cannot load the font '" + path + "' (" + doc.error_text() + ")", hint);
        doc.reset_error();
        ok = false;
        continue;
      }
      found = loaded.emplace(path, name).first;
    }
    out[i] = get_utf8_font_for(doc.get(), found->second.c_str(), characters_of[path]);
    if (!out[i]) {
      diags.error({path, 0, 0}, "cannot use the font '" + path + "' for UTF-8 text (" + doc.error_text() + ")",
                  "use a TrueType (.ttf) font with Unicode character maps, such as DejaVu Sans or Noto Sans");
      doc.reset_error();
      ok = false;
      continue;
    }
    repair_to_unicode(out[i], characters_of[path]);
  }
  return ok;
}

namespace {

// Groups of characters whose glyphs are embedded together: a document that
// shows one character of a group gets the glyphs of the whole group. Most
// documents then embed the same glyphs of a face, whose program is made
// once (embed_font_program), for a few kilobytes of glyphs a document does
// not show. Characters outside every group are embedded alone.
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

}  // namespace

bool embed_fonts(HaruDoc& doc, const HaruFonts& fonts, const FaceCharacters& used, Diagnostics& diags) {
  static const std::vector<std::vector<char16_t>> groups = glyph_groups();
  for (int i = 0; i < kFaceCount; ++i) {
    if (!fonts[i]) continue;
    mark_glyphs_used(fonts[i], used[i]);  // the text is written without libharu's text calls
    for (const auto& group : groups) {
      bool shown = std::any_of(group.begin(), group.end(),
                               [&](char16_t c) { return std::binary_search(used[i].begin(), used[i].end(), c); });
      if (shown) mark_glyphs_used(fonts[i], group);
    }
  }
  for (HPDF_Font font : fonts) {
    if (font && !embed_font_program(doc.get(), font)) {
      diags.error({}, "cannot embed a font in the PDF (" + doc.error_text() + ")",
                  "use a TrueType (.ttf) font whose licence allows embedding, such as DejaVu Sans or Noto Sans");
      return false;
    }
  }
  return true;
}

bool HaruMeasure::open(const PdfFonts& files, Diagnostics& diags) {
  // Measuring reads the advance widths from the font files themselves; this
  // document is never written, so its fonts need no characters but one.
  FaceCharacters all;
  all.fill({u' '});
  return load_fonts(doc_, files, all, fonts_, diags);
}

double HaruMeasure::advance(Face face, char32_t c) const {
  uint32_t key = (static_cast<uint32_t>(face) << 24) | static_cast<uint32_t>(c);
  auto found = cache_.find(key);
  if (found != cache_.end()) return found->second;
  std::string one;
  append_utf8(one, c);
  HPDF_TextWidth tw =
      HPDF_Font_TextWidth(fonts_[static_cast<int>(face)], reinterpret_cast<const HPDF_BYTE*>(one.data()),
                          static_cast<HPDF_UINT>(one.size()));
  double w = static_cast<double>(tw.width);
  cache_.emplace(key, w);
  return w;
}

double HaruMeasure::ascent(Face face) const { return HPDF_Font_GetAscent(fonts_[static_cast<int>(face)]); }

double HaruMeasure::descent(Face face) const { return -HPDF_Font_GetDescent(fonts_[static_cast<int>(face)]); }

}  // namespace cp
