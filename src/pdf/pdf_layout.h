#pragma once
// Block layout: the document tree becomes a list of slices (see pdf_ops.h)
// for a column of a given width; pagination comes after, separately.
#include <string>
#include <vector>

#include "doc/tree.h"
#include "pdf/pdf_ops.h"
#include "pdf/pdf_tags.h"
#include "pdf/pdf_text.h"
#include "pdf/pdf_theme.h"

namespace cp {

// A heading for the contents page and the PDF outline. Level 0 is a
// section (one document of a pack).
struct OutlineEntry {
  int level = 0;
  std::string title;
  std::string anchor;
};

struct LayoutContext {
  LayoutContext(const PdfTheme& t, const TextMeasure& m, TagTree& structure) : theme(t), measure(m), tags(&structure) {}
  const PdfTheme& theme;
  const TextMeasure& measure;
  // The structure tree that layout adds to; text emitted goes into its
  // current element (TagScope opens one).
  TagTree* tags;
  double body_height = 0;  // the text area of a page: nothing taller may be one slice
  int next_table = 1;
  int next_anchor = 1;
  std::string anchor_scope;  // the section being laid out: heading ids repeat across a pack's documents
  std::vector<OutlineEntry> entries;

  std::string new_anchor() { return "a" + std::to_string(next_anchor++); }
  double line_height(double size) const { return size * theme.line_height; }
  // The baseline's offset from the top of a line box, text centred in it.
  double baseline(Face face, double size, double box) const;
  double paragraph_gap() const { return theme.body_pt * 0.6; }
  TextStyle body_style(double size) const;
};

// The horizontal space blocks are laid out in, and the list nesting there.
struct Frame {
  double x = 0;
  double width = 0;
  int list_depth = 0;
  bool tight = false;  // inside an item of a tight list: paragraphs close together
};

void layout_blocks(const DocNode& parent, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out);
void layout_block(const DocNode& block, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out);

// A heading (level 1–6) from runs, with an anchor recorded as an outline
// entry at `outline_level`, tagged H1–H6 (with /Lang when `lang` is given).
Slice heading_slice(const std::vector<Run>& runs, int level, int outline_level, const Frame& frame,
                    LayoutContext& ctx, const std::string& lang = {});

// Lines of text, one slice each, with widow and orphan control.
void text_slices(const std::vector<Line>& lines, double x, double width, Align align, const TextStyle& style,
                 double space_before, LayoutContext& ctx, std::vector<Slice>& out);

// pdf_table.cpp, pdf_governance.cpp
void layout_table(const DocNode& table, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out);
void layout_risk_matrix(const DocNode& matrix, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out);
void layout_signatures(const DocNode& block, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out);
void layout_logic_model(const DocNode& model, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out);

}  // namespace cp
