#pragma once
// The five TrueType faces, embedded (subset) in every PDF so that Welsh
// letters print and can be copied and searched.
#include <hpdf.h>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "pdf/pdf_document.h"
#include "pdf/pdf_haru.h"
#include "pdf/pdf_text.h"

namespace cp {

// The characters each face shows in a document (sorted, unique, none beyond
// U+FFFF); a face that shows none is not used.
using FaceCharacters = std::array<std::vector<char16_t>, kFaceCount>;
using HaruFonts = std::array<HPDF_Font, kFaceCount>;

// Loads the faces that show characters into `doc` for UTF-8 text, each with
// a width table and glyph map for its characters only; faces not used stay
// null, so that a PDF only carries the fonts it shows.
bool load_fonts(HaruDoc& doc, const PdfFonts& files, const FaceCharacters& used, HaruFonts& out, Diagnostics& diags);

// Embeds the fonts' programs, once everything is drawn: each with the glyphs
// of the characters `used` shows with it, rounded up to whole groups of
// characters (ASCII, Welsh accented vowels, typographic punctuation) so that
// most documents embed the same glyphs of a face and its deflated program is
// made once per process, not once per PDF (embed_font_program). Reports a
// failure as an error.
bool embed_fonts(HaruDoc& doc, const HaruFonts& fonts, const FaceCharacters& used, Diagnostics& diags);

// Measuring for layout, with its own libharu document that is never saved:
// every face must be measurable before we know which ones a PDF will use.
class HaruMeasure : public TextMeasure {
 public:
  bool open(const PdfFonts& files, Diagnostics& diags);
  double advance(Face face, char32_t c) const override;
  double ascent(Face face) const override;
  double descent(Face face) const override;

 private:
  HaruDoc doc_;
  HaruFonts fonts_{};
  mutable std::unordered_map<uint32_t, double> cache_;  // (face, character) → advance
};

}  // namespace cp
