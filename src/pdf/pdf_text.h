#pragma once
// Text: UTF-8 handling, measuring with the fonts' real advance widths,
// inline runs (bold, italic, code, links) and line breaking.
#include <array>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "doc/tree.h"
#include "pdf/pdf_ops.h"
#include "pdf/pdf_tags.h"

namespace cp {

// Glyph metrics of the five faces. The PDF backend implements it over
// libharu (pdf_fonts.cpp); layout only sees this.
class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  // Advance width of one character, in thousandths of the type size.
  virtual double advance(Face face, char32_t c) const = 0;
  // Ascender and descender (positive), in thousandths of the type size.
  virtual double ascent(Face face) const = 0;
  virtual double descent(Face face) const = 0;

  double width(Face face, double size, std::string_view utf8) const;

 private:
  // ASCII advances by face, each read once (NaN until then): layout
  // measures every character of every line, most of them ASCII, and the
  // virtual call and decoding per character were 10 % of a build's
  // instructions. A measure serves one thread (pdf_document.cpp).
  mutable std::array<std::array<double, 128>, kFaceCount> ascii_ = [] {
    std::array<std::array<double, 128>, kFaceCount> a;
    for (auto& face : a) face.fill(std::numeric_limits<double>::quiet_NaN());
    return a;
  }();
};

// Decodes one character at `i` and moves past it; invalid bytes give U+FFFD.
char32_t next_char(std::string_view s, size_t& i);
void append_utf8(std::string& out, char32_t c);
// What libharu can show: characters beyond U+FFFF (it writes them as spaces)
// and invalid bytes become U+FFFD, tabs become a space, other control
// characters are dropped.
std::string sanitize_text(std::string_view s);

// A stretch of inline text in one style.
struct Run {
  Face face = Face::Regular;
  double scale = 1.0;  // of the paragraph's type size (code is set smaller)
  std::string text;
  std::string url;     // a link
  std::string lang;
  bool strike = false;
  bool line_break = false;  // a hard line break; text is empty
};

// The inline children of `parent` as runs; `bold` for headings, header
// cells and totals.
std::vector<Run> inline_runs(const DocNode& parent, bool bold = false);
std::vector<Run> plain_runs(const std::string& text, Face face);

struct Fragment {
  const Run* run = nullptr;  // style, link and language
  std::string text;
  double x = 0;  // from the line's start
  double width = 0;
};

struct Line {
  std::vector<Fragment> fragments;
  double width = 0;
};

// Greedy line breaking at spaces; a word longer than the line (a URL) is
// broken, after a '/', '-', '.' or similar when one is near the end, or
// else between any two characters. The runs must outlive the lines.
std::vector<Line> break_lines(const std::vector<Run>& runs, double size, double max_width, const TextMeasure& m);

// The widest word and the unbroken width: a table column's minimum and
// preferred widths.
struct TextExtent {
  double min_width = 0;
  double max_width = 0;
};
TextExtent measure_runs(const std::vector<Run>& runs, double size, const TextMeasure& m);

// How a line is drawn, and where its text goes in the structure tree: the
// current element of `tags`; none leaves it untagged, as an artifact.
struct TextStyle {
  double size = 10;
  Rgb colour;
  Rgb link_colour;
  TagTree* tags = nullptr;
};

// Appends the line's text (and link areas, underlines, strike lines) with
// its left edge at `x` and its baseline at `baseline`; `align` places it
// within `box_width`. Text is marked in the current element, a link's in a
// Link element (with its annotation), and text in another language in a
// Span with /Lang; the next line of the same run joins the same element.
void emit_line(Ops& ops, const Line& line, double x, double baseline, double box_width, Align align,
               const TextStyle& style, const TextMeasure& m);

// One string in one face, truncated with an ellipsis to fit `max_width`.
std::string fit_text(const std::string& text, Face face, double size, double max_width, const TextMeasure& m);

}  // namespace cp
