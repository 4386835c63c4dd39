#pragma once
// The only place laid-out pages meet libharu: pages, text, rules, fills,
// links, and the outline (bookmarks).
#include <map>
#include <string>
#include <vector>

#include "pdf/pdf_fonts.h"
#include "pdf/pdf_furniture.h"
#include "pdf/pdf_layout.h"
#include "pdf/pdf_structure.h"

namespace cp {

// The characters each face shows on the pages: only the faces that show
// some are embedded, each with those characters' widths and glyphs. Always
// includes the space, which libharu writes for characters beyond U+FFFF.
FaceCharacters characters_used(const std::vector<PageOps>& pages);

// Creates one PDF page per entry and draws it, every op inside marked
// content (its mark's, or an artifact's), recording in `placed` where each
// mark and link annotation went. Returns the pages, for the outline and the
// structure tree.
std::vector<HPDF_Page> draw_pages(HaruDoc& doc, const PdfFaces& fonts, const TextMeasure& measure,
                                  const std::vector<PageOps>& pages,
                                  const PageGeometry& geometry, const std::map<std::string, AnchorPosition>& anchors,
                                  MarkPlacement& placed);

// Bookmarks mirroring the sections and their headings, nested by level.
void build_outline(HaruDoc& doc, const std::vector<HPDF_Page>& pages, const std::vector<OutlineEntry>& entries,
                   const std::map<std::string, AnchorPosition>& anchors, const PageGeometry& geometry);

}  // namespace cp
