// Governance blocks drawn natively: the 5×5 risk heat map and the
// signature block of a document that is printed and signed.
#include <algorithm>

#include "pdf/pdf_layout.h"

namespace cp {

namespace {

Rgb mix_with_white(const Rgb& c, double amount) {
  return {c.r + (1 - c.r) * amount, c.g + (1 - c.g) * amount, c.b + (1 - c.b) * amount};
}

// Wrapped text in a box, in the current structure element; returns the
// height used.
double text_box(Slice& s, const std::string& text, Face face, double size, const Rgb& colour, double x, double y,
                double width, Align align, LayoutContext& ctx) {
  auto runs = plain_runs(text, face);
  TextStyle style = ctx.body_style(size);
  style.colour = colour;
  double lh = size * 1.25, used = 0;
  for (const auto& line : break_lines(runs, size, width, ctx.measure)) {
    emit_line(s.ops, line, x, y + used + ctx.baseline(face, size, lh), width, align, style, ctx.measure);
    used += lh;
  }
  return used;
}

double text_height(const std::string& text, Face face, double size, double width, LayoutContext& ctx) {
  auto runs = plain_runs(text, face);
  return static_cast<double>(break_lines(runs, size, width, ctx.measure).size()) * size * 1.25;
}

// A figure's shapes belong to it, as one more piece of its content: the
// fills and rules of `s` not otherwise marked.
void mark_graphics(Slice& s, TagTree& tags, TagId figure) {
  int mark = tags.mark(figure);
  for (auto& f : s.ops.fills)
    if (!f.mark) f.mark = mark;
  for (auto& r : s.ops.rules)
    if (!r.mark) r.mark = mark;
}

// A caption above a figure, in its own Caption element (read before the
// figure, whose alternative text replaces its content).
double caption_box(Slice& s, const std::string& title, const Frame& f, LayoutContext& ctx) {
  if (title.empty()) return 0;
  TagScope tag(ctx.tags, "Caption");
  return text_box(s, title, Face::Bold, ctx.theme.table_pt + 0.5, ctx.theme.headings, f.x, 0, f.width, Align::Left,
                  ctx) +
         4;
}

// The heat map's alternative text: every cell that holds risks, by its
// likelihood and impact names (the words the page shows, in its language).
std::string risk_matrix_alt(const DocNode& m) {
  const RiskMatrixLabels& labels = labels_of<RiskMatrixLabels>(m);
  std::string alt = m.title.empty() ? std::string() : m.title + ". ";
  alt += labels.likelihood_axis + " × " + labels.impact_axis + ":";
  bool any = false;
  for (int row = 0; row < 5; ++row)
    for (int col = 0; col < 5; ++col) {
      size_t index = static_cast<size_t>(row * 5 + col);
      int count = index < m.numbers.size() ? m.numbers[index] : 0;
      if (!count) continue;
      alt += std::string(any ? ";" : "") + " " + labels.likelihood[static_cast<size_t>(4 - row)] + " × " +
             labels.impact[static_cast<size_t>(col)] + ": " + std::to_string(count);
      any = true;
    }
  return alt + (any ? "." : " –.");
}

// The band of a score: the same rule as governance/risk (1–3 low, 4–6
// moderate, 8–12 high, 15–25 extreme), which this layer may not include.
const Rgb& band_for_score(const PdfTheme& t, int score) {
  return score <= 3 ? t.band_low : score <= 6 ? t.band_moderate : score <= 12 ? t.band_high : t.band_extreme;
}

}  // namespace

void layout_risk_matrix(const DocNode& m, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  const RiskMatrixLabels& labels = labels_of<RiskMatrixLabels>(m);
  const PdfTheme& th = ctx.theme;
  double small = th.small_pt, gap = 6;
  Rgb muted = mix_with_white(th.text, 0.35);
  // Left: the likelihood names; right: the grid, with impact names below.
  double names_width = 0;
  for (int level = 1; level <= 5; ++level)
    names_width = std::max(names_width, ctx.measure.width(Face::Regular, small,
                                                          std::to_string(level) + " " + labels.likelihood[level - 1]));
  double label_w = std::clamp(names_width + gap, f.width * 0.18, f.width * 0.32);
  double cell_w = std::min((f.width - label_w) / 5, 66.0), cell_h = 32;
  double grid_x = f.x + label_w;

  Slice s;
  s.space_before = ctx.paragraph_gap();
  double y = caption_box(s, m.title, f, ctx);
  TagScope figure(ctx.tags, "Figure");
  figure.element().alt = risk_matrix_alt(m);
  y += text_box(s, labels.likelihood_axis, Face::Bold, small, th.headings, f.x, y, label_w - gap, Align::Right, ctx);
  y += 2;
  for (int row = 0; row < 5; ++row) {
    int likelihood = 5 - row;
    double top = y + row * cell_h;
    std::string name = std::to_string(likelihood) + " " + labels.likelihood[likelihood - 1];
    double h = text_height(name, Face::Regular, small, label_w - gap, ctx);
    text_box(s, name, Face::Regular, small, th.text, f.x, top + (cell_h - h) / 2, label_w - gap, Align::Right, ctx);
    for (int col = 0; col < 5; ++col) {
      int score = likelihood * (col + 1);
      size_t index = static_cast<size_t>(row * 5 + col);
      int count = index < m.numbers.size() ? m.numbers[index] : 0;
      double x = grid_x + col * cell_w;
      // A white gap between cells: the grid reads as a grid in greyscale too.
      s.ops.push_back(FillOp{x + 0.75, top + 0.75, cell_w - 1.5, cell_h - 1.5, band_for_score(th, score)});
      // The score in the corner, the count in the middle: the colour is never
      // the only way to read a cell.
      TextOp t;
      t.size = 6.5;
      t.colour = muted;
      t.x = x + 3.5;
      t.y = top + 9;
      t.text = std::to_string(score);
      t.mark = ctx.tags->mark(figure.id());
      s.ops.push_back(t);
      TextOp c;
      c.face = Face::Bold;
      c.size = 12;
      c.colour = count ? th.text : muted;
      c.text = count ? std::to_string(count) : "–";
      c.x = x + (cell_w - ctx.measure.width(c.face, c.size, c.text)) / 2;
      c.y = top + ctx.baseline(c.face, c.size, cell_h);
      c.mark = ctx.tags->mark(figure.id());
      s.ops.push_back(c);
    }
  }
  y += 5 * cell_h + 3;
  double names_h = 0;
  for (int impact = 1; impact <= 5; ++impact) {
    std::string name = std::to_string(impact) + " " + labels.impact[impact - 1];
    double h = text_box(s, name, Face::Regular, small, th.text, grid_x + (impact - 1) * cell_w + 2, y, cell_w - 4,
                        Align::Center, ctx);
    names_h = std::max(names_h, h);
  }
  y += names_h + 2;
  y += text_box(s, labels.impact_axis, Face::Bold, small, th.headings, grid_x, y, 5 * cell_w, Align::Center, ctx);
  s.height = y + 2;
  mark_graphics(s, *ctx.tags, figure.id());
  out.push_back(std::move(s));
}

void layout_signatures(const DocNode& block, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  const SignatureLabels& labels = labels_of<SignatureLabels>(block);
  const PdfTheme& th = ctx.theme;
  double small = th.small_pt, body = th.body_pt;
  Rgb muted = mix_with_white(th.text, 0.3);
  double col_gap = 18;
  double left_w = (f.width - col_gap) * 0.62, right_x = f.x + left_w + col_gap, right_w = f.width - left_w - col_gap;
  bool first = true;
  TagScope block_tag(ctx.tags, "Div");
  for (const auto& person : block.children) {
    // Read as: name label and name, role label and role, then the places
    // to sign and date; drawn in two columns.
    TagId name_p = ctx.tags->add("P", block_tag.id()), role_p = ctx.tags->add("P", block_tag.id());
    TagId sign_p = ctx.tags->add("P", block_tag.id()), date_p = ctx.tags->add("P", block_tag.id());
    std::string name = person.children.size() > 0 ? plain_text(person.children[0]) : "";
    std::string role = person.children.size() > 1 ? plain_text(person.children[1]) : "";
    Slice s;
    s.space_before = first ? ctx.paragraph_gap() : body * 1.6;
    first = false;
    double y = 0;
    double lh = ctx.line_height(body);
    // Name and role above, with their labels: a blank one gets a line to write on.
    double name_h = lh, role_h = lh;
    {
      TagScope tag(ctx.tags, name_p);
      text_box(s, labels.name, Face::Regular, small, muted, f.x, y, left_w, Align::Left, ctx);
      if (!name.empty()) name_h = text_box(s, name, Face::Bold, body, th.text, f.x, y + small * 1.3, left_w, Align::Left, ctx);
    }
    {
      TagScope tag(ctx.tags, role_p);
      text_box(s, labels.role, Face::Regular, small, muted, right_x, y, right_w, Align::Left, ctx);
      if (!role.empty())
        role_h = text_box(s, role, Face::Regular, body, th.text, right_x, y + small * 1.3, right_w, Align::Left, ctx);
    }
    y += small * 1.3;
    if (name.empty()) s.ops.push_back(RuleOp{f.x, y + lh, f.x + left_w, y + lh, 0.5, th.rules});
    if (role.empty()) s.ops.push_back(RuleOp{right_x, y + lh, right_x + right_w, y + lh, 0.5, th.rules});
    y += std::max(name_h, role_h);
    y += 36;  // room to sign
    s.ops.push_back(RuleOp{f.x, y, f.x + left_w, y, 0.6, th.text});
    s.ops.push_back(RuleOp{right_x, y, right_x + right_w, y, 0.6, th.text});
    y += 2;
    {
      TagScope tag(ctx.tags, sign_p);
      text_box(s, labels.signature, Face::Regular, small, muted, f.x, y, left_w, Align::Left, ctx);
    }
    {
      TagScope tag(ctx.tags, date_p);
      text_box(s, labels.date, Face::Regular, small, muted, right_x, y, right_w, Align::Left, ctx);
    }
    y += small * 1.3;
    s.height = y;
    out.push_back(std::move(s));
  }
}

namespace {

void box_outline(Slice& s, double x, double y, double w, double h, const Rgb& fill, const Rgb& line) {
  s.ops.push_back(FillOp{x, y, w, h, fill});
  s.ops.push_back(RuleOp{x, y, x + w, y, 0.4, line});
  s.ops.push_back(RuleOp{x, y + h, x + w, y + h, 0.4, line});
  s.ops.push_back(RuleOp{x, y, x, y + h, 0.4, line});
  s.ops.push_back(RuleOp{x + w, y, x + w, y + h, 0.4, line});
}

// The model's alternative text: the goal, then each column in reading
// order, left to right, with a group's items after its name.
std::string logic_model_alt(const DocNode& m, const std::vector<const DocNode*>& columns) {
  std::string alt = m.title.empty() ? std::string() : m.title + ". ";
  alt += labels_of<LogicModelLabels>(m).goal_label + ": " + labels_of<LogicModelLabels>(m).goal + ".";
  for (const DocNode* c : columns) {
    alt += " " + c->title + ":";
    bool first = true;
    for (const auto& item : c->children) {
      alt += std::string(first ? " " : "; ") + logic_model_item_text(item);
      first = false;
      if (const DocNode* list = item.style == "group" ? logic_model_group_list(item) : nullptr) {
        std::string subs;
        for (const auto& sub : list->children) subs += (subs.empty() ? "" : ", ") + logic_model_item_text(sub);
        if (!subs.empty()) alt += " (" + subs + ")";
      }
    }
    alt += ".";
  }
  return alt;
}

}  // namespace

// The logic model, left to right: the goal across the top, a heading per
// column with an arrow to the next, then the columns' boxes side by side in
// rows. Each row is a slice, so a long model carries on over a page break
// with every box whole; the goal and the headings stay with the first row.
void layout_logic_model(const DocNode& m, const Frame& f, LayoutContext& ctx, std::vector<Slice>& out) {
  const PdfTheme& th = ctx.theme;
  std::vector<const DocNode*> columns;
  for (const auto& c : m.children)
    if (c.kind == NodeKind::List) columns.push_back(&c);
  if (columns.empty()) return;
  const double size = std::min(th.small_pt, 8.0), pad = 3.5, gap = 12, bullet = 7;
  const size_t n = columns.size();
  const double col_w = (f.width - gap * static_cast<double>(n - 1)) / static_cast<double>(n);
  const double inner = col_w - 2 * pad;
  auto col_x = [&](size_t i) { return f.x + static_cast<double>(i) * (col_w + gap); };
  Rgb panel = mix_with_white(th.headings, 0.92);
  Rgb goal_fill = mix_with_white(th.band_moderate, 0.55);
  Rgb white{1, 1, 1};

  Slice head;
  head.space_before = ctx.paragraph_gap();
  head.keep_with_next = true;
  double y = caption_box(head, m.title, f, ctx);
  TagScope figure(ctx.tags, "Figure");
  figure.element().alt = logic_model_alt(m, columns);
  std::string goal = labels_of<LogicModelLabels>(m).goal_label + ": " + labels_of<LogicModelLabels>(m).goal;
  double goal_h = text_height(goal, Face::Bold, th.table_pt, f.width - 2 * pad, ctx) + 2 * pad;
  box_outline(head, f.x, y, f.width, goal_h, goal_fill, th.headings);
  text_box(head, goal, Face::Bold, th.table_pt, th.text, f.x + pad, y + pad, f.width - 2 * pad, Align::Left, ctx);
  y += goal_h + 8;
  // Column headings are one or two words; a long Welsh one
  // ("Gweithgareddau") is set smaller rather than broken mid-word.
  double head_size = size + 0.5;
  for (const DocNode* c : columns) {
    auto runs = plain_runs(c->title, Face::Bold);
    while (head_size > 6 && measure_runs(runs, head_size, ctx.measure).min_width > inner) head_size -= 0.25;
  }
  double head_h = 0;
  for (const DocNode* c : columns) head_h = std::max(head_h, text_height(c->title, Face::Bold, head_size, inner, ctx));
  head_h += 2 * pad;
  for (size_t i = 0; i < n; ++i) {
    head.ops.push_back(FillOp{col_x(i), y, col_w, head_h, th.headings});
    double h = text_height(columns[i]->title, Face::Bold, head_size, inner, ctx);
    text_box(head, columns[i]->title, Face::Bold, head_size, white, col_x(i) + pad, y + (head_h - h) / 2, inner,
             Align::Center, ctx);
    if (i + 1 < n) {  // an arrow to the next column
      double x1 = col_x(i) + col_w + 2, x2 = col_x(i + 1) - 2, ay = y + head_h / 2;
      head.ops.push_back(RuleOp{x1, ay, x2, ay, 1.2, th.rules});
      head.ops.push_back(RuleOp{x2 - 4, ay - 3, x2, ay, 1.2, th.rules});
      head.ops.push_back(RuleOp{x2 - 4, ay + 3, x2, ay, 1.2, th.rules});
    }
  }
  y += head_h + 5;
  head.height = y;
  mark_graphics(head, *ctx.tags, figure.id());
  out.push_back(std::move(head));

  size_t rows = 0;
  for (const DocNode* c : columns) rows = std::max(rows, c->children.size());
  for (size_t r = 0; r < rows; ++r) {
    Slice row;
    double tallest = 0;
    for (size_t i = 0; i < n; ++i) {
      if (r >= columns[i]->children.size()) continue;
      const DocNode& item = columns[i]->children[r];
      double x = col_x(i), used = pad;
      Slice text;
      bool group = item.style == "group";
      used += text_box(text, logic_model_item_text(item), group ? Face::Bold : Face::Regular, size, th.text, x + pad,
                       used, inner, Align::Left, ctx);
      if (const DocNode* list = group ? logic_model_group_list(item) : nullptr) {
        for (const auto& sub : list->children) {
          used += 1.5;
          text_box(text, "•", Face::Bold, size, th.headings, x + pad, used, bullet, Align::Left, ctx);
          used += text_box(text, logic_model_item_text(sub), Face::Regular, size, th.text, x + pad + bullet, used,
                           inner - bullet, Align::Left, ctx);
        }
      }
      used += pad;
      box_outline(row, x, 0, col_w, used, panel, th.rules);
      row.ops.append(text.ops, 0);
      tallest = std::max(tallest, used);
    }
    row.height = tallest + 5;
    mark_graphics(row, *ctx.tags, figure.id());
    out.push_back(std::move(row));
  }
}

}  // namespace cp

