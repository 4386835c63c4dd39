#pragma once
// The HTML backend's renderer of a document tree: every text and attribute
// is escaped here, so nothing from content or data reaches the page as
// markup. Links must already be resolved and checked (site/links).
#include <string>

#include "doc/tree.h"

namespace cp {

std::string render_html(const DocNode& node);

}  // namespace cp
