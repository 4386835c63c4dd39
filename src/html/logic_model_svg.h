#pragma once
// A logic model (NodeKind::LogicModel) as inline SVG: the goal across the
// top, then the columns left to right with arrows between them, every
// word real <text>. The SVG is an image named by the figure's caption; the
// complete text follows as lists, hidden visually but read by screen
// readers. Wide models scroll sideways in their own focusable box.
#include <string>

#include "doc/tree.h"

namespace cp {

void render_logic_model(const DocNode& model, std::string& out);

}  // namespace cp
