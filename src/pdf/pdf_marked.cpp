// Marked content on a page: the BDC/EMC brackets that tie drawn text to
// the structure tree, and mark everything else as an artifact.
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

void MarkedContent::close() {
  if (!open_) return;
  PdfObjects::write(page_, "EMC\n");
  open_ = false;
}

}  // namespace cp
