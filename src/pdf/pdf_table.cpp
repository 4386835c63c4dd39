// Tables: column widths from their content, wrapped cells, one slice per
// row (so a row is never split unless it is taller than a page), header
// rows that pagination repeats, zebra or ruled styling, totals rows and
// risk-band cells.
#include <algorithm>
#include <cmath>

#include "pdf/pdf_layout.h"

namespace cp {

namespace {

struct Cell {
  std::vector<Run> runs;
  std::string band;  // "low", "moderate", "high", "extreme" or empty
  int bar = -1;      // style "bar-60": a progress bar across 60% of the cell, behind its text
};

struct Row {
  bool header = false;
  bool total = false;
  std::vector<Cell> cells;
};

const Rgb* band_colour(const PdfTheme& t, const std::string& band) {
  if (band == "low") return &t.band_low;
  if (band == "moderate") return &t.band_moderate;
  if (band == "high") return &t.band_high;
  if (band == "extreme") return &t.band_extreme;
  return nullptr;
}

std::vector<Row> read_rows(const DocNode& table) {
  std::vector<Row> rows;
  for (const auto& r : table.children) {
    if (r.kind != NodeKind::TableRow) continue;
    Row row;
    row.header = r.header;
    row.total = r.style == "total";
    for (const auto& c : r.children) {
      Cell cell;
      cell.runs = inline_runs(c, row.header || row.total);
      if (c.style.rfind("band-", 0) == 0) cell.band = c.style.substr(5);
      if (c.style == "achieved") cell.band = "low";    // CND indicators: achieved,
      if (c.style == "overdue") cell.band = "high";    // or not achieved after the due date
      if (c.style.rfind("bar-", 0) == 0 && c.style.size() > 4 && c.style.size() <= 7 &&
          c.style.find_first_not_of("0123456789", 4) == std::string::npos)
        cell.bar = std::clamp(std::stoi(c.style.substr(4)), 0, 100);
      row.cells.push_back(std::move(cell));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// Like a browser's automatic table layout: a column whose whole text fits
// in its share of the width gets exactly that (so "Risk ID" or "Score" is
// never wrapped to make room), and the columns with long text share the
// rest, each getting at least its widest word.
std::vector<double> column_widths(const std::vector<double>& min_w, const std::vector<double>& max_w, double width) {
  size_t n = min_w.size();
  std::vector<double> w(n, 0);
  std::vector<bool> fixed(n, false);
  double room = width;
  for (bool changed = true; changed;) {
    changed = false;
    size_t open = 0;
    for (size_t c = 0; c < n; ++c) open += fixed[c] ? 0 : 1;
    if (open == 0) break;
    double share = room / static_cast<double>(open);
    for (size_t c = 0; c < n; ++c)
      if (!fixed[c] && max_w[c] <= share) {
        fixed[c] = changed = true;
        w[c] = max_w[c];
        room -= max_w[c];
      }
  }
  double sum_min = 0, sum_max = 0;
  for (size_t c = 0; c < n; ++c)
    if (!fixed[c]) {
      sum_min += min_w[c];
      sum_max += max_w[c];
    }
  for (size_t c = 0; c < n; ++c) {
    if (fixed[c]) continue;
    if (sum_min <= room && sum_max > sum_min)
      w[c] = min_w[c] + (max_w[c] - min_w[c]) * (room - sum_min) / (sum_max - sum_min);
    else
      w[c] = min_w[c] * room / sum_min;
  }
  // Every column fitted: the table still spans the text width, the extra
  // spread in proportion, as in a house-style document.
  double used = 0;
  for (double x : w) used += x;
  if (used < width && used > 0)
    for (double& x : w) x *= width / used;
  return w;
}

class TableLayout {
 public:
  TableLayout(const DocNode& table, const Frame& f, LayoutContext& ctx)
      : table_(table), f_(f), ctx_(ctx), th_(ctx.theme), rows_(read_rows(table)) {
    set_size(th_.table_pt);
  }

  void run(std::vector<Slice>& out) {
    size_t columns = 0;
    for (const auto& r : rows_) columns = std::max(columns, r.cells.size());
    if (columns == 0) return;
    TagScope table_tag(ctx_.tags, "Table", table_.lang);
    // A wide table (a risk register in Welsh, with its long words) is set a
    // little smaller rather than break words in the middle, as a careful
    // person would in Word; only past 80% are words broken.
    for (double scale : {1.0, 0.9, 0.8}) {
      set_size(th_.table_pt * scale);
      if (fit_columns(columns)) break;
    }
    id_ = ctx_.next_table++;
    size_t first = out.size();
    caption(out);
    double header_height = 0;
    int body_index = 0;
    for (size_t i = 0; i < rows_.size(); ++i) {
      const Row& r = rows_[i];
      if (r.total && out.size() > first) out.back().keep_with_next = true;  // a total never stands alone
      size_t before = out.size();
      row(r, r.header ? 0 : body_index++, header_height, out);
      if (r.header)
        for (size_t k = before; k < out.size(); ++k) header_height += out[k].height;
    }
    if (out.size() == first) return;
    out[first].space_before = ctx_.paragraph_gap();
    Slice& last = out.back();
    last.ops.push_back(RuleOp{f_.x, last.height, f_.x + f_.width, last.height, 0.75, th_.rules});
  }

 private:
  void set_size(double size) {
    size_ = size;
    lh_ = size_ * std::min(th_.line_height, 1.3);
    pad_x_ = size_ * 0.5;
    pad_y_ = size_ * 0.35;
  }

  // Sets widths_; false when the columns' widest words do not all fit.
  bool fit_columns(size_t columns) {
    std::vector<double> min_w(columns, 2 * pad_x_ + size_), max_w(columns, 2 * pad_x_ + size_);
    for (const auto& r : rows_)
      for (size_t c = 0; c < r.cells.size(); ++c) {
        TextExtent e = measure_runs(r.cells[c].runs, size_, ctx_.measure);
        // A long word (an address) may break rather than take the whole table.
        min_w[c] = std::max(min_w[c], std::min(e.min_width + 2 * pad_x_, f_.width * 0.3));
        max_w[c] = std::max(max_w[c], e.max_width + 2 * pad_x_);
      }
    double sum_min = 0;
    for (size_t c = 0; c < columns; ++c) {
      max_w[c] = std::max(max_w[c], min_w[c]);
      sum_min += min_w[c];
    }
    widths_ = column_widths(min_w, max_w, f_.width);
    return sum_min <= f_.width;
  }

  void caption(std::vector<Slice>& out) {
    if (table_.title.empty()) return;
    double size = size_ + 0.5;
    auto runs = plain_runs(table_.title, Face::Bold);
    TagScope tag(ctx_.tags, "Caption");
    TextStyle style = ctx_.body_style(size);
    style.colour = th_.headings;
    double lh = ctx_.line_height(size), y = 0;
    Slice s;
    for (const auto& line : break_lines(runs, size, f_.width, ctx_.measure)) {
      emit_line(s.ops, line, f_.x, y + ctx_.baseline(Face::Bold, size, lh), f_.width, Align::Left, style, ctx_.measure);
      y += lh;
    }
    s.height = y + 3;
    s.keep_with_next = true;
    out.push_back(std::move(s));
  }

  Align align_of(size_t c) const {
    Align a = c < table_.aligns.size() ? table_.aligns[c] : Align::None;
    return a == Align::None ? Align::Left : a;
  }

  // One row as one slice, or as several when it is taller than a page.
  void row(const Row& r, int body_index, double header_height, std::vector<Slice>& out) {
    std::vector<std::vector<Line>> lines(widths_.size());
    size_t most = 1;
    for (size_t c = 0; c < r.cells.size(); ++c) {
      lines[c] = break_lines(r.cells[c].runs, size_, widths_[c] - 2 * pad_x_, ctx_.measure);
      most = std::max(most, lines[c].size());
    }
    std::vector<TagId> cells = cell_elements(r);
    double room = ctx_.body_height - (r.header ? 0 : header_height) - 2 * pad_y_ - 1;
    // A header taller than the page leaves no room (found by fuzz_pdf_layout):
    // one line per slice then, never a negative count.
    size_t per_slice = static_cast<size_t>(std::clamp(std::floor(room / lh_), 1.0, 1e6));
    for (size_t from = 0; from < most; from += per_slice) {
      size_t to = std::min(most, from + per_slice);
      Slice s;
      s.height = (to - from) * lh_ + 2 * pad_y_;
      s.table = id_;
      s.table_header = r.header;
      s.keep_with_next = r.header;
      s.first_baseline = pad_y_ + ctx_.baseline(Face::Regular, size_, lh_);
      backgrounds(r, body_index, s);
      double x = f_.x;
      for (size_t c = 0; c < widths_.size(); ++c) {
        TagScope cell(ctx_.tags, cells[c]);
        TextStyle style = ctx_.body_style(size_);
        if (r.header) style.colour = th_.headings;
        for (size_t k = from; k < to && k < lines[c].size(); ++k) {
          double base = pad_y_ + (k - from) * lh_ + ctx_.baseline(Face::Regular, size_, lh_);
          emit_line(s.ops, lines[c][k], x + pad_x_, base, widths_[c] - 2 * pad_x_, align_of(c), style, ctx_.measure);
        }
        x += widths_[c];
      }
      rules(r, s, from == 0);
      out.push_back(std::move(s));
    }
  }

  // TR and its cells, made once for the row however many slices it takes.
  // Header cells are column headers; a totals row's first cell heads its row.
  std::vector<TagId> cell_elements(const Row& r) {
    TagId tr = ctx_.tags->add("TR", ctx_.tags->current());
    std::vector<TagId> cells;
    for (size_t c = 0; c < widths_.size(); ++c) {
      bool row_header = r.total && c == 0;
      TagId cell = ctx_.tags->add(r.header || row_header ? "TH" : "TD", tr);
      if (r.header) ctx_.tags->element(cell).scope = "Column";
      if (row_header) ctx_.tags->element(cell).scope = "Row";
      cells.push_back(cell);
    }
    return cells;
  }

  void backgrounds(const Row& r, int body_index, Slice& s) const {
    bool zebra = th_.table_style == TableStyle::Zebra;
    if (r.header && zebra) s.ops.push_back(FillOp{f_.x, 0, f_.width, s.height, th_.table_header_fill});
    if (!r.header && zebra && body_index % 2 == 1) s.ops.push_back(FillOp{f_.x, 0, f_.width, s.height, th_.zebra_fill});
    double x = f_.x;
    for (size_t c = 0; c < widths_.size(); ++c) {
      if (c < r.cells.size())
        if (const Rgb* band = band_colour(th_, r.cells[c].band))
          s.ops.push_back(FillOp{x, 0, widths_[c], s.height, *band});
      if (c < r.cells.size() && r.cells[c].bar > 0) {
        const Rgb& h = th_.headings;  // the bar: the headings' colour, lightened so the text stays readable
        Rgb bar{h.r + (1 - h.r) * 0.7, h.g + (1 - h.g) * 0.7, h.b + (1 - h.b) * 0.7};
        s.ops.push_back(FillOp{x, 1.5, widths_[c] * r.cells[c].bar / 100.0, s.height - 3, bar});
      }
      x += widths_[c];
    }
  }

  void rules(const Row& r, Slice& s, bool first_part) const {
    double right = f_.x + f_.width;
    if (r.header) s.ops.push_back(RuleOp{f_.x, s.height, right, s.height, 1.0, th_.headings});
    else if (th_.table_style == TableStyle::Ruled) s.ops.push_back(RuleOp{f_.x, s.height, right, s.height, 0.4, th_.rules});
    if (r.total && first_part) s.ops.push_back(RuleOp{f_.x, 0, right, 0, 1.0, th_.text});
  }

  const DocNode& table_;
  Frame f_;
  LayoutContext& ctx_;
  const PdfTheme& th_;
  std::vector<Row> rows_;
  std::vector<double> widths_;
  double size_ = 9, lh_ = 12, pad_x_ = 4, pad_y_ = 3;
  int id_ = 0;
};

}  // namespace

void layout_table(const DocNode& table, const Frame& frame, LayoutContext& ctx, std::vector<Slice>& out) {
  TableLayout(table, frame, ctx).run(out);
}

}  // namespace cp
