#pragma once
// The page itself: its geometry, the cover, and the running header and
// footer ("Page 3 of 12"), which are drawn last because they need the
// total page count.
#include <vector>

#include "pdf/pdf_document.h"
#include "pdf/pdf_layout.h"
#include "pdf/pdf_paginate.h"

namespace cp {

struct PageGeometry {
  double width = 0, height = 0;  // points
  double top = 0, bottom = 0, left = 0, right = 0;  // margins in points

  double text_width() const { return width - left - right; }
  PageArea area() const { return {top, height - bottom}; }
  Frame frame() const { return {left, text_width(), 0, false}; }
};

PageGeometry page_geometry(const PdfTheme& theme);

// The cover: title, subtitle and the facts (health board, version, dates).
PageOps cover_page(const PdfCover& cover, const PageGeometry& page, LayoutContext& ctx);

// Header and footer on every page that has furniture; page numbers count
// every page, the cover included, as a printed document's do.
void add_running_furniture(std::vector<PageOps>& pages, const PdfMeta& meta, const PageGeometry& page,
                           LayoutContext& ctx);

}  // namespace cp
