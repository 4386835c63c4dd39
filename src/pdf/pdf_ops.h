#pragma once
// What the layout produces and the drawing consumes: a list of drawing
// operations per page, with no libharu types, so that layout can be
// measured and paginated before a single PDF page exists (the footer needs
// the total page count, the contents page needs every heading's page).
//
// Coordinates are points from the page's top-left corner, y downwards, as
// people think about pages; only the drawing flips them for PDF.
#include <string>
#include <vector>

#include "pdf/pdf_theme.h"

namespace cp {

enum class Face { Regular, Bold, Italic, BoldItalic, Mono };
constexpr int kFaceCount = 5;

// What an op that is not content is, for a tagged PDF's /Artifact: page
// furniture (the running header and footer, a table header repeated after
// a page break) or layout (rules, shading, dot leaders).
enum class ArtifactKind { Layout, Pagination, Header, Footer };

// Every op has a mark (pdf_tags.h): the piece of marked content that ties
// it to its structure element. Mark 0 makes it an artifact.
struct TextOp {
  Face face = Face::Regular;
  double size = 10;
  Rgb colour;
  double x = 0, y = 0;  // start of the baseline
  std::string text;     // UTF-8, BMP only (see sanitize_text)
  int mark = 0;
  ArtifactKind artifact = ArtifactKind::Layout;
};

struct RuleOp {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Rgb colour;
  int mark = 0;  // a figure's lines are part of it; other rules are artifacts
};

struct FillOp {
  double x = 0, y = 0, w = 0, h = 0;  // y is the top edge
  Rgb colour;
  int mark = 0;
};

// A clickable area: an external address, or an anchor inside the document.
struct LinkOp {
  double x = 0, y = 0, w = 0, h = 0;
  std::string uri;
  std::string anchor;
  int mark = 0;             // the annotation's place in its Link element
  std::string description;  // the annotation's /Contents: the link's text
};

// Drawing operations kept by kind, each in the order added. They are drawn
// fills first, then rules, text and link areas, so a background never
// covers the text or rule laid over it, whatever order layout added them in.
struct Ops {
  std::vector<FillOp> fills;
  std::vector<RuleOp> rules;
  std::vector<TextOp> texts;
  std::vector<LinkOp> links;

  void push_back(FillOp op) { fills.push_back(std::move(op)); }
  void push_back(RuleOp op) { rules.push_back(std::move(op)); }
  void push_back(TextOp op) { texts.push_back(std::move(op)); }
  void push_back(LinkOp op) { links.push_back(std::move(op)); }
  // Adds all of `other`, moved down by `dy`.
  void append(const Ops& other, double dy);
  void clear() { *this = Ops{}; }
};

// A place links and the outline can point at.
struct Anchor {
  std::string id;
  double y = 0;
};

// The unit of pagination: a piece of vertical content that is never split
// (a line of a paragraph, a table row, a heading, a risk matrix). Its ops
// and anchors use y relative to the slice's top.
struct Slice {
  double height = 0;
  double space_before = 0;     // dropped at the top of a page
  bool keep_with_next = false;  // headings, captions, first lines (orphans)
  bool page_break_before = false;
  int table = 0;                // a table's id: its header rows repeat after a break
  bool table_header = false;
  double first_baseline = -1;   // where a list marker goes; -1 when there is no text line
  Ops ops;
  std::vector<Anchor> anchors;
};

struct PageOps {
  Ops ops;
  bool furniture = true;  // running header and footer (not on the cover)
};

// Where an anchor landed.
struct AnchorPosition {
  int page = 0;  // index into the document's pages
  double y = 0;
};

}  // namespace cp
