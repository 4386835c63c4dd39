// Running text: headings, paragraphs, lists, callouts, code, rules.
#include <algorithm>

#include "pdf/pdf_layout.h"

namespace cp {

double LayoutContext::baseline(Face face, double size, double box) const {
  return box / 2 + (measure.ascent(face) - measure.descent(face)) / 2000.0 * size;
}

TextStyle LayoutContext::body_style(double size) const {
  TextStyle s;
  s.size = size;
  s.colour = theme.text;
  s.link_colour = theme.links;
  s.tags = tags;
  return s;
}

void text_slices(const std::vector<Line>& lines, double x, double width, Align align, const TextStyle& style,
                 double space_before, LayoutContext& ctx, std::vector<Slice>& out) {
  double lh = ctx.line_height(style.size);
  size_t first = out.size();
  for (const auto& line : lines) {
    Slice s;
    s.height = lh;
    s.first_baseline = ctx.baseline(Face::Regular, style.size, lh);
    emit_line(s.ops, line, x, s.first_baseline, width, align, style, ctx.measure);
    out.push_back(std::move(s));
  }
  size_t n = lines.size();
  if (n == 0) return;
  out[first].space_before = space_before;
  if (n >= 2) out[first].keep_with_next = true;          // no first line alone at a page's foot
  if (n >= 3) out[first + n - 2].keep_with_next = true;  // no last line alone at a page's head
}

namespace {

std::string runs_text(const std::vector<Run>& runs) {
  std::string s;
  for (const auto& r : runs) s += r.line_break ? " " : r.text;
  return s;
}

bool starts_new_page(const PdfTheme& theme, int level) {
  return std::find(theme.new_page_headings.begin(), theme.new_page_headings.end(), level) !=
         theme.new_page_headings.end();
}

double tight_gap(const LayoutContext& ctx) { return ctx.theme.body_pt * 0.25; }

void paragraph(const DocNode& p, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  TagScope tag(ctx.tags, "P", p.lang);
  double size = ctx.theme.body_pt;
  auto runs = inline_runs(p);
  auto lines = break_lines(runs, size, f.width, ctx.measure);
  text_slices(lines, f.x, f.width, Align::Left, ctx.body_style(size), f.tight ? tight_gap(ctx) : ctx.paragraph_gap(),
              ctx, out);
}

std::string list_marker(const DocNode& list, int number, int depth) {
  if (list.ordered) return std::to_string(number) + ".";
  static const char* bullets[] = {"•", "◦", "▪"};
  return bullets[std::min(depth, 2)];
}

// The list's /ListNumbering, matching the markers list_marker draws.
std::string list_numbering(const DocNode& list, int depth) {
  if (list.ordered) return "Decimal";
  static const char* names[] = {"Disc", "Circle", "Square"};
  return names[std::min(depth, 2)];
}

void list(const DocNode& l, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  double size = ctx.theme.body_pt;
  double marker_width = 0;
  int count = static_cast<int>(l.children.size());
  for (int k = 0; k < count; ++k)
    marker_width = std::max(marker_width, ctx.measure.width(Face::Regular, size, list_marker(l, l.start + k, f.list_depth)));
  double gap = size * 0.55;
  double indent = std::max(size * 1.6, marker_width + gap + size * 0.2);
  Frame inner{f.x + indent, f.width - indent, f.list_depth + 1, l.tight};
  TagScope list_tag(ctx.tags, "L", l.lang);
  list_tag.element().list_numbering = list_numbering(l, f.list_depth);
  for (int k = 0; k < count; ++k) {
    size_t first = out.size();
    // LI: the marker (Lbl) read before the item's body (LBody), though it
    // is drawn after it.
    TagScope item_tag(ctx.tags, "LI", l.children[k].lang);
    TagId label = ctx.tags->add("Lbl", item_tag.id());
    {
      TagScope body(ctx.tags, "LBody");
      layout_blocks(l.children[k], inner, ctx, out);
    }
    if (out.size() == first) {  // an empty item still shows its marker
      Slice empty;
      empty.height = ctx.line_height(size);
      out.push_back(empty);
    }
    Slice& s = out[first];
    bool close = k == 0 ? f.tight : l.tight;
    s.space_before = close ? tight_gap(ctx) : ctx.paragraph_gap();
    double base = s.first_baseline >= 0 ? s.first_baseline : ctx.baseline(Face::Regular, size, ctx.line_height(size));
    std::string marker = list_marker(l, l.start + k, f.list_depth);
    TextOp t;
    t.size = size;
    t.colour = ctx.theme.text;
    // Numbers line up on their right edge, as in a word processor.
    t.x = f.x + indent - gap - ctx.measure.width(Face::Regular, size, marker);
    t.y = base;
    t.text = marker;
    t.mark = ctx.tags->mark(label);
    s.ops.push_back(std::move(t));
  }
}

// A block quote, drawn as a callout: a tinted panel with a bar on the left.
// The spacing between its inner slices is folded into them, so that the
// panel has no gaps wherever a page break falls.
void callout(const DocNode& quote, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  double pad = ctx.theme.body_pt * 0.8, bar = 3;
  Frame inner{f.x + bar + pad, f.width - bar - 2 * pad, f.list_depth, false};
  std::vector<Slice> inside;
  {
    TagScope tag(ctx.tags, "BlockQuote", quote.lang);
    layout_blocks(quote, inner, ctx, inside);
  }
  for (size_t k = 0; k < inside.size(); ++k) {
    Slice& s = inside[k];
    double top = k == 0 ? pad * 0.75 : s.space_before;
    double bottom = k + 1 == inside.size() ? pad * 0.75 : 0;
    Slice panel = s;
    panel.ops.clear();
    panel.height = s.height + top + bottom;
    panel.space_before = k == 0 ? ctx.paragraph_gap() : 0;
    if (s.first_baseline >= 0) panel.first_baseline = s.first_baseline + top;
    for (auto& a : panel.anchors) a.y += top;
    panel.ops.push_back(FillOp{f.x, 0, f.width, panel.height, ctx.theme.callout_fill});
    panel.ops.push_back(FillOp{f.x, 0, bar, panel.height, ctx.theme.headings});
    panel.ops.append(s.ops, top);
    out.push_back(std::move(panel));
  }
}

// Code keeps its spaces, so it is broken by characters, not words.
std::vector<std::string> code_lines(const std::string& text, double size, double width, const TextMeasure& m) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line;
    for (char c : text.substr(start, end - start)) line += c == '\t' ? std::string(4 - line.size() % 4, ' ') : std::string(1, c);
    line = sanitize_text(line);
    std::string piece;
    double w = 0;
    for (size_t i = 0; i < line.size();) {
      std::string one;
      append_utf8(one, next_char(line, i));
      double cw = m.width(Face::Mono, size, one);
      if (w + cw > width && !piece.empty()) {
        out.push_back(piece);
        piece.clear();
        w = 0;
      }
      piece += one;
      w += cw;
    }
    out.push_back(piece);
    start = end + 1;
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

void code_block(const DocNode& code, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  double size = ctx.theme.body_pt * 0.88, lh = size * 1.3, pad = size * 0.6;
  auto lines = code_lines(code.text, size, f.width - 2 * pad, ctx.measure);
  if (lines.empty()) lines.push_back("");
  // Code is an inline element: a block of it is a paragraph of code.
  TagScope paragraph_tag(ctx.tags, "P", code.lang);
  TagScope code_tag(ctx.tags, "Code");
  for (size_t k = 0; k < lines.size(); ++k) {
    double top = k == 0 ? pad : 0, bottom = k + 1 == lines.size() ? pad : 0;
    Slice s;
    s.height = top + lh + bottom;
    s.space_before = k == 0 ? ctx.paragraph_gap() : 0;
    s.first_baseline = top + ctx.baseline(Face::Mono, size, lh);
    s.ops.push_back(FillOp{f.x, 0, f.width, s.height, ctx.theme.zebra_fill});
    TextOp t;
    t.face = Face::Mono;
    t.size = size;
    t.colour = ctx.theme.text;
    t.x = f.x + pad;
    t.y = s.first_baseline;
    t.text = lines[k];
    t.mark = ctx.tags->mark(code_tag.id());
    if (!t.text.empty()) s.ops.push_back(std::move(t));
    out.push_back(std::move(s));
  }
}

void thematic_break(const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  Slice s;
  s.height = ctx.theme.body_pt * 1.2;
  s.space_before = ctx.paragraph_gap();
  s.ops.push_back(RuleOp{f.x, s.height / 2, f.x + f.width, s.height / 2, 0.75, ctx.theme.rules});
  out.push_back(std::move(s));
}

}  // namespace

Slice heading_slice(const std::vector<Run>& runs, int level, int outline_level, const Frame& frame,
                    LayoutContext& ctx, const std::string& lang) {
  level = std::clamp(level, 1, 6);
  TagScope tag(ctx.tags, "H" + std::to_string(level), lang);
  double size = ctx.theme.heading_pt(level), lh = size * 1.2;
  TextStyle style = ctx.body_style(size);
  style.colour = ctx.theme.headings;
  Slice s;
  s.keep_with_next = true;
  s.space_before = size * (level <= 2 ? 0.9 : 0.8);
  s.page_break_before = starts_new_page(ctx.theme, level);
  double y = 0;
  for (const auto& line : break_lines(runs, size, frame.width, ctx.measure)) {
    double base = y + ctx.baseline(Face::Bold, size, lh);
    if (s.first_baseline < 0) s.first_baseline = base;
    emit_line(s.ops, line, frame.x, base, frame.width, Align::Left, style, ctx.measure);
    y += lh;
  }
  if (level == 1) {  // a rule under the top headings, as in a house-style Word document
    y += 3;
    s.ops.push_back(RuleOp{frame.x, y, frame.x + frame.width, y, 0.75, ctx.theme.rules});
  }
  s.height = y + size * 0.35;
  std::string anchor = ctx.new_anchor();
  s.anchors.push_back({anchor, 0});
  ctx.entries.push_back({outline_level, runs_text(runs), anchor});
  return s;
}

void layout_block(const DocNode& n, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  switch (n.kind) {
    case NodeKind::Paragraph: paragraph(n, f, ctx, out); break;
    case NodeKind::Heading: {
      Slice s = heading_slice(inline_runs(n, true), n.level, n.level, f, ctx, n.lang);
      // The Markdown anchor, so that a "#membership" link inside the same
      // document leads here.
      if (!n.id.empty()) s.anchors.push_back({ctx.anchor_scope + "#" + n.id, 0});
      out.push_back(std::move(s));
      break;
    }
    case NodeKind::List: list(n, f, ctx, out); break;
    case NodeKind::BlockQuote: callout(n, f, ctx, out); break;
    case NodeKind::CodeBlock: code_block(n, f, ctx, out); break;
    case NodeKind::ThematicBreak: thematic_break(f, ctx, out); break;
    case NodeKind::Table: layout_table(n, f, ctx, out); break;
    case NodeKind::RiskMatrix: layout_risk_matrix(n, f, ctx, out); break;
    case NodeKind::SignatureBlock: layout_signatures(n, f, ctx, out); break;
    case NodeKind::LogicModel: layout_logic_model(n, f, ctx, out); break;
    default: layout_blocks(n, f, ctx, out); break;  // Document, Item, and rows out of place
  }
}

void layout_blocks(const DocNode& parent, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  // Inline nodes directly in a block container (hand-built trees) read as
  // one paragraph per stretch.
  DocNode loose;
  loose.kind = NodeKind::Paragraph;
  auto flush = [&] {
    if (loose.children.empty()) return;
    paragraph(loose, f, ctx, out);
    loose.children.clear();
  };
  for (const auto& child : parent.children) {
    if (!child.is_block()) {
      loose.children.push_back(child);
      continue;
    }
    flush();
    layout_block(child, f, ctx, out);
  }
  flush();
}

}  // namespace cp
