#include "pdf/pdf_contents.h"

#include <algorithm>

namespace cp {

namespace {

bool listed(const OutlineEntry& e) { return e.level <= 2; }

Slice title_slice(const std::string& title, const Frame& f, LayoutContext& ctx) {
  double size = ctx.theme.h1_pt, lh = size * 1.2;
  TagScope tag(ctx.tags, "H1");
  TextStyle style = ctx.body_style(size);
  style.colour = ctx.theme.headings;
  auto runs = plain_runs(title, Face::Bold);
  Slice s;
  double y = 0;
  for (const auto& line : break_lines(runs, size, f.width, ctx.measure)) {
    emit_line(s.ops, line, f.x, y + ctx.baseline(Face::Bold, size, lh), f.width, Align::Left, style, ctx.measure);
    y += lh;
  }
  y += 3;
  s.ops.push_back(RuleOp{f.x, y, f.x + f.width, y, 0.75, ctx.theme.rules});
  s.height = y + size * 0.6;
  return s;
}

Slice entry_slice(const OutlineEntry& e, int top_level, const std::string& number, const Frame& f, LayoutContext& ctx) {
  const PdfTheme& th = ctx.theme;
  double size = th.body_pt, lh = ctx.line_height(size);
  bool major = e.level == top_level;
  Face face = major ? Face::Bold : Face::Regular;
  double indent = (e.level - top_level) * size * 1.4;
  double number_w = size * 3;  // room for the page number, whatever its width
  double text_w = f.width - indent - number_w;
  auto runs = plain_runs(e.title, face);
  auto lines = break_lines(runs, size, text_w, ctx.measure);
  if (lines.empty()) lines.emplace_back();
  // TOCI > Reference > Link: the entry's words and page number are the
  // link's text, and its annotation is the link's object.
  TagScope item(ctx.tags, "TOCI");
  TagScope reference(ctx.tags, "Reference");
  TagScope link(ctx.tags, "Link");
  TextStyle style = ctx.body_style(size);
  Slice s;
  s.space_before = major ? size * 0.6 : size * 0.15;
  s.keep_with_next = major;  // a section's line stays with its first heading
  double y = 0, base = 0;
  for (const auto& line : lines) {
    base = y + ctx.baseline(face, size, lh);
    emit_line(s.ops, line, f.x + indent, base, text_w, Align::Left, style, ctx.measure);
    y += lh;
  }
  // Dot leaders from the end of the last line to the page number.
  double number_x = f.x + f.width - ctx.measure.width(face, size, number);
  double from = f.x + indent + lines.back().width + size * 0.5, to = number_x - size * 0.5;
  double dot_w = ctx.measure.width(Face::Regular, size, ". ");
  int dots = dot_w > 0 ? static_cast<int>((to - from) / dot_w) : 0;
  if (dots > 1) {
    std::string leader;
    for (int i = 0; i < dots; ++i) leader += ". ";
    leader.pop_back();
    TextOp t;
    t.size = size;
    t.colour = th.rules;
    t.x = to - ctx.measure.width(Face::Regular, size, leader);
    t.y = base;
    t.text = leader;  // no mark: decoration, which a screen reader should not read out
    s.ops.push_back(t);
  }
  TextOp n;
  n.face = face;
  n.size = size;
  n.colour = th.text;
  n.x = number_x;
  n.y = base;
  n.text = number;
  n.mark = ctx.tags->mark(link.id());
  s.ops.push_back(n);
  s.ops.push_back(LinkOp{f.x + indent, 0, f.width - indent, y, {}, e.anchor, ctx.tags->annotation(link.id()), e.title});
  s.height = y;
  return s;
}

}  // namespace

std::vector<Slice> contents_slices(const std::string& title, const std::vector<OutlineEntry>& entries,
                                   const std::function<std::string(const std::string& anchor)>& page_number,
                                   const Frame& frame, LayoutContext& ctx) {
  std::vector<Slice> out;
  out.push_back(title_slice(title.empty() ? "Contents" : title, frame, ctx));
  int top_level = 6;
  for (const auto& e : entries)
    if (listed(e)) top_level = std::min(top_level, e.level);
  TagScope toc(ctx.tags, "TOC");
  for (const auto& e : entries)
    if (listed(e)) out.push_back(entry_slice(e, top_level, page_number(e.anchor), frame, ctx));
  return out;
}

}  // namespace cp
