#pragma once
// The tagged PDF's structure: marked content on the pages (BDC … EMC with
// an MCID around every piece of text, /Artifact around everything else),
// then the structure tree that gives those pieces their roles and reading
// order, with the ParentTree that maps them back, and /MarkInfo.
#include <hpdf.h>

#include <vector>

#include "pdf/pdf_ops.h"
#include "pdf/pdf_tags.h"

namespace cp {

// Where the marks of the layout were drawn; filled in page by page.
struct MarkPlacement {
  struct Mcr {
    int page = 0;
    int mcid = 0;
  };
  struct Annot {
    int page = -1;
    HPDF_Annotation annot = nullptr;
  };
  // The area a mark's content covers on the page it was first drawn on, in
  // PDF units: a Figure's /BBox.
  struct Box {
    int page = -1;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  };
  explicit MarkPlacement(const TagTree& t)
      : tags(t), contents(t.mark_count()), annots(t.mark_count()), boxes(t.mark_count()) {}

  const TagTree& tags;
  std::vector<std::vector<Mcr>> contents;  // by mark: each marked-content sequence drawn for it
  std::vector<Annot> annots;               // by mark, for link annotations
  std::vector<Box> boxes;                  // by mark
  std::vector<std::vector<int>> page_marks;  // by page, by MCID: the mark drawn
};

// Opens and closes marked-content sequences on one page as ops are drawn:
// consecutive ops with the same mark (or artifacts of the same kind) share
// one sequence. Every op on the page is inside one.
class MarkedContent {
 public:
  MarkedContent(HPDF_Page page, int page_index, MarkPlacement& placed);
  ~MarkedContent() { close(); }
  MarkedContent(const MarkedContent&) = delete;
  MarkedContent& operator=(const MarkedContent&) = delete;

  // Before drawing an op: its mark, or for mark 0 the artifact it is.
  void enter(int mark, ArtifactKind artifact = ArtifactKind::Layout);
  // The area (PDF units) the op just entered covers.
  void cover(double x0, double y0, double x1, double y1);
  void close();

 private:
  HPDF_Page page_;
  int page_index_;
  MarkPlacement& placed_;
  bool open_ = false;
  int mark_ = 0;
  ArtifactKind artifact_ = ArtifactKind::Layout;
};

// The structure tree, the ParentTree, /StructParents on pages, /StructParent
// on link annotations, /Tabs /S on pages with links, and /MarkInfo.
void write_structure(HPDF_Doc pdf, const MarkPlacement& placed, const std::vector<HPDF_Page>& pages);

}  // namespace cp
