#include "pdf/pdf_furniture.h"

#include <algorithm>
#include <optional>

namespace cp {

PageGeometry page_geometry(const PdfTheme& t) {
  PageGeometry g;
  g.width = t.mm(t.page_width_mm);
  g.height = t.mm(t.page_height_mm);
  g.top = t.mm(t.margin_top_mm);
  g.bottom = t.mm(t.margin_bottom_mm);
  g.left = t.mm(t.margin_left_mm);
  g.right = t.mm(t.margin_right_mm);
  return g;
}

namespace {

Rgb muted(const PdfTheme& t) { return {t.text.r + (1 - t.text.r) * 0.3, t.text.g + (1 - t.text.g) * 0.3, t.text.b + (1 - t.text.b) * 0.3}; }

// Wrapped text straight onto a page, in a new element of the given role
// under the current one (or, with no role, in the current one); returns the
// height used.
double page_text(PageOps& page, const std::string& text, Face face, double size, const Rgb& colour, double x, double y,
                 double width, const std::string& role, LayoutContext& ctx) {
  std::optional<TagScope> tag;
  if (!role.empty()) tag.emplace(ctx.tags, role);
  auto runs = plain_runs(text, face);
  TextStyle style = ctx.body_style(size);
  style.colour = colour;
  double lh = size * 1.25, used = 0;
  for (const auto& line : break_lines(runs, size, width, ctx.measure)) {
    emit_line(page.ops, line, x, y + used + ctx.baseline(face, size, lh), width, Align::Left, style, ctx.measure);
    used += lh;
  }
  return used;
}

std::string page_label(const std::string& pattern, int n, int total) {
  std::string out = pattern.empty() ? "Page {n} of {total}" : pattern;
  auto replace = [&](const std::string& key, const std::string& value) {
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  };
  replace("{n}", std::to_string(n));
  replace("{total}", std::to_string(total));
  return out;
}

TextOp furniture_text(const std::string& text, double x, double y, ArtifactKind kind, const LayoutContext& ctx) {
  TextOp t;
  t.size = ctx.theme.small_pt;
  t.colour = muted(ctx.theme);
  t.x = x;
  t.y = y;
  t.text = text;
  t.artifact = kind;  // no mark: page furniture, which a screen reader skips
  return t;
}

}  // namespace

PageOps cover_page(const PdfCover& cover, const PageGeometry& g, LayoutContext& ctx) {
  const PdfTheme& th = ctx.theme;
  PageOps page;
  page.furniture = false;
  double x = g.left, w = g.text_width();
  double y = g.height * 0.28;
  page.ops.push_back(FillOp{x, y - 18, 56, 3, th.headings});  // a short bar above the title
  y += page_text(page, cover.title, Face::Bold, 26, th.headings, x, y, w, "H1", ctx);
  if (!cover.subtitle.empty()) y += 8 + page_text(page, cover.subtitle, Face::Regular, 15, th.text, x, y + 8, w, "P", ctx);
  y += 28;
  if (cover.facts.empty()) return page;
  page.ops.push_back(RuleOp{x, y, x + w, y, 0.75, th.rules});
  y += 14;
  double size = th.body_pt, label_w = 0;
  for (const auto& [label, value] : cover.facts)
    label_w = std::max(label_w, ctx.measure.width(Face::Bold, size, label));
  label_w = std::min(label_w + 16, w * 0.4);
  // The facts read as a table with a header cell per row.
  TagScope table(ctx.tags, "Table");
  for (const auto& [label, value] : cover.facts) {
    TagScope row(ctx.tags, "TR");
    TagId header = ctx.tags->add("TH", row.id());
    ctx.tags->element(header).scope = "Row";
    double h1 = 0, h2 = 0;
    {
      TagScope cell(ctx.tags, header);
      h1 = page_text(page, label, Face::Bold, size, muted(th), x, y, label_w - 8, "", ctx);
    }
    {
      TagScope cell(ctx.tags, "TD");
      h2 = page_text(page, value, Face::Regular, size, th.text, x + label_w, y, w - label_w, "", ctx);
    }
    y += std::max(h1, h2) + 5;
  }
  return page;
}

void add_running_furniture(std::vector<PageOps>& pages, const PdfMeta& meta, const PageGeometry& g, LayoutContext& ctx) {
  const PdfTheme& th = ctx.theme;
  double half = g.text_width() / 2 - 8, size = th.small_pt;
  double header_base = g.top * 0.55, footer_base = g.height - g.bottom * 0.5;
  int total = static_cast<int>(pages.size());
  for (int i = 0; i < total; ++i) {
    PageOps& page = pages[i];
    if (!page.furniture) continue;
    if (!meta.header_left.empty() || !meta.header_right.empty()) {
      // The right (the cluster's name) gets at most half the line; the
      // left (the title) has the rest, all of it when the right is empty,
      // so that a long title is cut only when it must be.
      std::string right = fit_text(sanitize_text(meta.header_right), Face::Regular, size, half, ctx.measure);
      double right_w = right.empty() ? 0 : ctx.measure.width(Face::Regular, size, right) + 16;
      std::string left =
          fit_text(sanitize_text(meta.header_left), Face::Regular, size, g.text_width() - right_w, ctx.measure);
      page.ops.push_back(furniture_text(left, g.left, header_base, ArtifactKind::Header, ctx));
      double right_x = g.width - g.right - ctx.measure.width(Face::Regular, size, right);
      page.ops.push_back(furniture_text(right, right_x, header_base, ArtifactKind::Header, ctx));
      page.ops.push_back(RuleOp{g.left, header_base + 5, g.width - g.right, header_base + 5, 0.5, th.rules});
    }
    std::string label = sanitize_text(page_label(meta.page_label, i + 1, total));
    double label_x = g.width - g.right - ctx.measure.width(Face::Regular, size, label);
    page.ops.push_back(furniture_text(label, label_x, footer_base, ArtifactKind::Footer, ctx));
  }
}

}  // namespace cp
