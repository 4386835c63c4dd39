#pragma once
// The PDF backend's one entry point: a document tree (the same tree the
// HTML backend renders) laid out on A4 pages through libharu. src/pdf/ is
// the only code that includes hpdf.h.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "doc/tree.h"
#include "pdf/pdf_theme.h"

namespace cp {

// TrueType files with full Welsh coverage (ŵ ŷ Ŵ Ŷ ẁ ẃ ỳ …), embedded in
// every PDF.
struct PdfFonts {
  std::string regular, bold, italic, bold_italic, mono;  // file paths
};

struct PdfMeta {
  std::string title;    // document information and window title
  std::string subject;
  std::string author;
  std::string lang;     // catalog /Lang: "en-GB" or "cy"
  std::string producer = "clusterpack";
  // Creation/modification date, seconds since 1970 (SOURCE_DATE_EPOCH);
  // none → no dates written, so output stays byte-identical.
  std::optional<int64_t> epoch;
  std::string header_left;   // running header: document name
  std::string header_right;  // running header: cluster name
  std::string page_label;    // footer pattern: "Page {n} of {total}" / "Tudalen {n} o {total}"
  std::string contents_title;  // "Contents" / "Cynnwys"
};

struct PdfCover {
  std::string title;
  std::string subtitle;  // e.g. the cluster's name
  std::vector<std::pair<std::string, std::string>> facts;  // label → value (health board, version, dates)
};

// One document of a pack (or the only one). Its tree's headings feed the
// table of contents and the PDF outline.
struct PdfSection {
  std::string title;  // outline entry for the section; shown as its heading when not empty
  DocNode body;
  bool new_page = true;
};

// Renders the whole PDF and returns its bytes; problems (a font that cannot
// be loaded, a libharu error) are reported to `diags` and give nullopt.
std::optional<std::string> render_pdf(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                                      const std::vector<PdfSection>& sections, const PdfTheme& theme,
                                      const PdfFonts& fonts, Diagnostics& diags);

// The layout render_pdf draws, as text: page by page, every drawing
// operation with its position (points from the top-left, two decimals),
// face, size, colour and structure mark; then where each anchor landed; then
// the structure tree. The golden tests hold it beside each tree's HTML, so
// both backends answer to the same document tree. nullopt when the fonts
// cannot be opened (reported to `diags`).
std::optional<std::string> dump_pdf_layout(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                                           const std::vector<PdfSection>& sections, const PdfTheme& theme,
                                           const PdfFonts& fonts, Diagnostics& diags);

}  // namespace cp
