#pragma once
// How PDF documents look: page, type sizes, colours and table style. The
// defaults are a plain, printable house style; a site can override any of
// them in themes/<theme>/pdf.yaml (the default file lists every key).
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

// 0–1 per channel, as PDF wants them; written "#RRGGBB" in the theme file.
struct Rgb {
  double r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

constexpr Rgb rgb_hex(unsigned v) {
  return {((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0};
}

enum class TableStyle { Zebra, Ruled };

struct PdfTheme {
  // A4 portrait: the only paper NHS Wales documents are printed on.
  double page_width_mm = 210;
  double page_height_mm = 297;
  double margin_top_mm = 25;
  double margin_bottom_mm = 22;
  double margin_left_mm = 22;
  double margin_right_mm = 22;

  // Type sizes in points.
  double body_pt = 10.5;
  double small_pt = 8.5;   // running header and footer, labels
  double table_pt = 9.5;   // tables are denser than running text
  double h1_pt = 20;
  double h2_pt = 15;
  double h3_pt = 12.5;
  double h4_pt = 11;       // h4–h6
  double line_height = 1.35;  // multiple of the type size

  Rgb text = rgb_hex(0x1A1A1A);
  Rgb headings = rgb_hex(0x1F3A5F);
  Rgb links = rgb_hex(0x1D4E9A);
  Rgb rules = rgb_hex(0x8C9AAB);
  Rgb table_header_fill = rgb_hex(0xDCE4EE);
  Rgb zebra_fill = rgb_hex(0xF2F5F9);
  Rgb callout_fill = rgb_hex(0xEEF3F8);
  // Risk bands: light tints so that black text on them stays readable in
  // print and for people who cannot tell the colours apart.
  Rgb band_low = rgb_hex(0xB8E0B8);
  Rgb band_moderate = rgb_hex(0xFFE699);
  Rgb band_high = rgb_hex(0xF9C27A);
  Rgb band_extreme = rgb_hex(0xEE9A93);

  TableStyle table_style = TableStyle::Zebra;
  // Heading levels (1–6) that always start a new page.
  std::vector<int> new_page_headings;

  double mm(double v) const { return v * 72.0 / 25.4; }  // millimetres → points
  double heading_pt(int level) const;
};

// "#1A2B3C" → Rgb; false when the text is not that shape.
bool parse_hex_colour(const std::string& text, Rgb& out);

// Reads overrides from `path` (e.g. themes/default/pdf.yaml) into `out`,
// which keeps its values for keys the file leaves out. Every problem is
// reported with file:line:col; unknown keys get "did you mean".
bool load_pdf_theme(const FileSystem& fs, const std::string& path, Diagnostics& diags, SourceRegistry& sources,
                    PdfTheme& out);

}  // namespace cp
