#pragma once
// Pagination: slices placed on pages top to bottom. A page break never
// strands a heading or a table caption (keep-with-next), never leaves one
// line of a paragraph alone, and repeats a table's header rows on the page a
// table continues on.
#include <map>
#include <string>
#include <vector>

#include "pdf/pdf_ops.h"

namespace cp {

struct PageArea {
  double top = 0;     // y of the text area's top edge
  double bottom = 0;  // y of its bottom edge
};

// Appends the pages `slices` fill (always at least one) to `pages`; anchors
// get the index in `pages` they landed on.
void paginate(const std::vector<Slice>& slices, const PageArea& area, std::vector<PageOps>& pages,
              std::map<std::string, AnchorPosition>& anchors);

}  // namespace cp
