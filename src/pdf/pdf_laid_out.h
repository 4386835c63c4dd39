#pragma once
// A PDF laid out but not yet drawn: its pages as drawing operations, where
// each anchor landed, the structure tree and the outline. render_pdf draws
// it through libharu; dump_pdf_layout writes it as text, so that the tests
// hold the PDF backend's layout against the same golden document trees as
// the HTML backend's markup.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pdf/pdf_document.h"
#include "pdf/pdf_fonts.h"
#include "pdf/pdf_furniture.h"
#include "pdf/pdf_layout.h"
#include "pdf/pdf_tags.h"

namespace cp {

struct LaidOutPdf {
  PageGeometry geometry;
  std::vector<PageOps> pages;
  std::map<std::string, AnchorPosition> anchors;
  TagTree tags;
  std::vector<OutlineEntry> outline;
};

LaidOutPdf lay_out_pdf(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                       const std::vector<PdfSection>& sections, const PdfTheme& theme, const TextMeasure& measure);

// The measuring fonts of this thread (opened once; see pdf_document.cpp).
const HaruMeasure* shared_measure(const PdfFonts& fonts, Diagnostics& diags);

}  // namespace cp
