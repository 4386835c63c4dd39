#pragma once
// Builds table nodes of the document tree for governance blocks.
#include <string>
#include <vector>

#include "doc/tree.h"

namespace cp {

class TableBuilder {
 public:
  explicit TableBuilder(std::string caption = {}) {
    table_.kind = NodeKind::Table;
    table_.title = std::move(caption);
  }
  // A column: its heading and alignment (numbers align right).
  TableBuilder& column(std::string heading, Align align = Align::None);
  // A row of plain-text cells; `style` "total" marks a totals row.
  TableBuilder& row(const std::vector<std::string>& cells, std::string style = {});
  // Gives the last row's cell `index` a style (e.g. "band-high").
  TableBuilder& style_cell(size_t index, std::string style);
  DocNode build();

 private:
  DocNode table_;
  DocNode header_;
  std::vector<DocNode> rows_;
};

}  // namespace cp
