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
      diags.error({path, 0, 0}, "cannot use the font '" + path + "' for UTF-8 text (" + doc.error_text() + ")");
      doc.reset_error();
      ok = false;
      continue;
    }
    repair_to_unicode(out[i], characters_of[path]);
  }
  return ok;
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
