#include "documents/table_builder.h"

namespace cp {

namespace {
DocNode cell(const std::string& text) {
  DocNode c;
  c.kind = NodeKind::TableCell;
  if (!text.empty()) c.children.push_back(make_text(text));
  return c;
}
}  // namespace

TableBuilder& TableBuilder::column(std::string heading, Align align) {
  header_.kind = NodeKind::TableRow;
  header_.header = true;
  header_.children.push_back(cell(heading));
  table_.aligns.push_back(align);
  return *this;
}

TableBuilder& TableBuilder::row(const std::vector<std::string>& cells, std::string style) {
  DocNode r;
  r.kind = NodeKind::TableRow;
  r.style = std::move(style);
  for (const auto& text : cells) r.children.push_back(cell(text));
  rows_.push_back(std::move(r));
  return *this;
}

TableBuilder& TableBuilder::style_cell(size_t index, std::string style) {
  if (!rows_.empty() && index < rows_.back().children.size()) rows_.back().children[index].style = std::move(style);
  return *this;
}

DocNode TableBuilder::build() {
  DocNode out = table_;
  out.children.push_back(header_);
  for (auto& r : rows_) out.children.push_back(std::move(r));
  return out;
}

}  // namespace cp
