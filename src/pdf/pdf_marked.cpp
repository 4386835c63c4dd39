// Marked content on a page: the BDC/EMC brackets that tie drawn text to
// the structure tree, and mark everything else as an artifact.
#include <algorithm>
#include <string>

#include "pdf/pdf_objects.h"
#include "pdf/pdf_structure.h"

namespace cp {

namespace {

// The property list of an artifact: what kind of furniture it is, so that
// a reader can skip it or, for page numbers, announce it differently.
const char* artifact_properties(ArtifactKind kind) {
  switch (kind) {
    case ArtifactKind::Header: return "<</Type /Pagination /Subtype /Header>>";
    case ArtifactKind::Footer: return "<</Type /Pagination /Subtype /Footer>>";
    case ArtifactKind::Pagination: return "<</Type /Pagination>>";
    case ArtifactKind::Layout: break;
  }
  return "<</Type /Layout>>";
}

}  // namespace

MarkedContent::MarkedContent(HPDF_Page page, int page_index, MarkPlacement& placed)
    : page_(page), page_index_(page_index), placed_(placed) {
  if (placed_.page_marks.size() <= static_cast<size_t>(page_index)) placed_.page_marks.resize(page_index + 1);
}

void MarkedContent::enter(int mark, ArtifactKind artifact) {
  if (open_ && mark == mark_ && (mark != 0 || artifact == artifact_)) return;
  close();
  open_ = true;
  mark_ = mark;
  artifact_ = artifact;
  if (mark == 0) {
    PdfObjects::write(page_, std::string("/Artifact ") + artifact_properties(artifact) + " BDC\n");
    return;
  }
  auto& mcids = placed_.page_marks[static_cast<size_t>(page_index_)];
  int mcid = static_cast<int>(mcids.size());
  mcids.push_back(mark);
  placed_.contents[static_cast<size_t>(mark)].push_back({page_index_, mcid});
  // The tag is the element's role, as other producers write it; the MCID
  // is what links the sequence to its element.
  const std::string& role = placed_.tags.element(placed_.tags.owner(mark)).role;
  PdfObjects::write(page_, "/" + role + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
}

void MarkedContent::cover(double x0, double y0, double x1, double y1) {
  if (!open_ || mark_ == 0) return;
  auto& box = placed_.boxes[static_cast<size_t>(mark_)];
  if (box.page < 0) {
    box = {page_index_, std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
  } else if (box.page == page_index_) {
    box.x0 = std::min({box.x0, x0, x1});
    box.y0 = std::min({box.y0, y0, y1});
    box.x1 = std::max({box.x1, x0, x1});
    box.y1 = std::max({box.y1, y0, y1});
  }
}

void MarkedContent::close() {
  if (!open_) return;
  PdfObjects::write(page_, "EMC\n");
  open_ = false;
}

}  // namespace cp
