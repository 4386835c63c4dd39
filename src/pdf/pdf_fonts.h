#pragma once
// The five TrueType faces, embedded (subset) in every PDF so that Welsh
// letters print and can be copied and searched.
#include <hpdf.h>

#include <array>
#include <memory>
#include <vector>

#include "diag/diagnostic.h"
#include "pdf/pdf_document.h"
#include "pdf/pdf_haru.h"
#include "pdf/pdf_text.h"

namespace cp {

// The characters each face shows in a document (sorted, unique, none beyond
// U+FFFF); a face that shows none is not used.
using FaceCharacters = std::array<std::vector<char16_t>, kFaceCount>;

// A face as a PDF's pages use it: its font dictionary, and its extents for
// the area a text covers.
struct PdfFace {
  HPDF_Dict font = nullptr;  // null when the face shows nothing
  double ascent = 0, descent = 0;  // thousandths of the type size; the descent is negative
};
using PdfFaces = std::array<PdfFace, kFaceCount>;

// Writes the font objects of the faces that show characters (one font for
// a file that two faces share): a Type 0 font over a CIDFontType2, its
// codes the characters' UTF-16 values (Identity-H), with the glyphs of the
// characters it shows rounded up to whole groups (ASCII, Welsh accented
// vowels, their capitals, typographic punctuation), so that most documents
// show the same subset of a face and it is made once per process
// (pdf_font_subset.h). Faces not used stay null. A file that cannot be
// read is an error.
bool embed_fonts(HaruDoc& doc, const PdfFonts& files, const FaceCharacters& used, PdfFaces& out, Diagnostics& diags);

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
  std::array<HPDF_FontDef, kFaceCount> faces_{};
  // Advances by face and code, read a row of 256 codes at a time: layout
  // asks for every character of every line, so this is a lookup.
  using Row = std::array<double, 256>;
  mutable std::array<std::array<std::unique_ptr<Row>, 256>, kFaceCount> advances_;
};

}  // namespace cp
