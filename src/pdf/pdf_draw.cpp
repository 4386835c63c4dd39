#include "pdf/pdf_draw.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>

#include "pdf/pdf_objects.h"
#include "pdf/pdf_syntax.h"

namespace cp {

namespace {

// The code a character is written as: its UTF-16 value; beyond U+FFFF, a
// space, as libharu's "UTF-8" encoder writes it.
char16_t code_of(char32_t c) { return c > 0xFFFF ? u' ' : static_cast<char16_t>(c); }

}  // namespace

FaceCharacters characters_used(const std::vector<PageOps>& pages) {
  // One bit per code of the Basic Multilingual Plane, per face.
  std::array<std::vector<uint64_t>, kFaceCount> seen;
  for (const auto& page : pages)
    for (const auto& t : page.ops.texts) {
      if (t.text.empty()) continue;
      auto& bits = seen[static_cast<int>(t.face)];
      if (bits.empty()) {
        bits.resize(0x10000 / 64);
        bits[0] |= uint64_t{1} << ' ';
      }
      for (size_t i = 0; i < t.text.size();) {
        char16_t c = code_of(next_char(t.text, i));
        bits[c / 64] |= uint64_t{1} << (c % 64);
      }
    }
  FaceCharacters used;
  for (int f = 0; f < kFaceCount; ++f)
    for (size_t word = 0; word < seen[f].size(); ++word)
      for (uint64_t w = seen[f][word]; w; w &= w - 1)
        used[f].push_back(static_cast<char16_t>(word * 64 + static_cast<size_t>(std::countr_zero(w))));
  return used;
}

namespace {

// Link addresses are written as bytes: anything beyond printable ASCII is
// percent-encoded so that every reader resolves the same address.
std::string uri_bytes(const std::string& uri) {
  std::string out;
  for (unsigned char c : uri) {
    if (c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// The text as the fonts' codes (code_of): two bytes each, in a literal
// string. A quarter fewer bytes to write and deflate than in hex, and
// smaller once deflated. A byte that would end the string or start an
// escape is escaped, and so are line ends, which a reader would otherwise
// read as a plain line feed.
void append_codes(std::string& out, std::string_view utf8) {
  auto put = [&](unsigned char b) {
    switch (b) {
      case '(': case ')': case '\\': out += '\\'; out += static_cast<char>(b); break;
      case '\r': out += "\\r"; break;
      case '\n': out += "\\n"; break;
      default: out += static_cast<char>(b);
    }
  };
  for (size_t i = 0; i < utf8.size();) {
    char16_t c = code_of(next_char(utf8, i));
    put(static_cast<unsigned char>(c >> 8));
    put(static_cast<unsigned char>(c & 0xFF));
  }
}

class PageDrawer {
 public:
  PageDrawer(HPDF_Page page, int index, double height, const PdfFaces& fonts, const TextMeasure& measure,
             MarkPlacement& placed)
      : page_(page), height_(height), fonts_(fonts), measure_(measure), marked_(page, index, placed) {}

  void fill(const FillOp& f) {
    marked_.enter(f.mark);
    set_fill(f.colour);
    marked_.cover(f.x, height_ - f.y - f.h, f.x + f.w, height_ - f.y);
    HPDF_Page_Rectangle(page_, f.x, height_ - f.y - f.h, f.w, f.h);
    HPDF_Page_Fill(page_);
  }

  void rule(const RuleOp& r) {
    if (!has_stroke_ || !(stroke_ == r.colour)) {
      HPDF_Page_SetRGBStroke(page_, r.colour.r, r.colour.g, r.colour.b);
      stroke_ = r.colour;
      has_stroke_ = true;
    }
    if (line_width_ != r.width) {
      HPDF_Page_SetLineWidth(page_, r.width);
      line_width_ = r.width;
    }
    marked_.enter(r.mark);
    marked_.cover(r.x1, height_ - r.y1, r.x2, height_ - r.y2);
    HPDF_Page_MoveTo(page_, r.x1, height_ - r.y1);
    HPDF_Page_LineTo(page_, r.x2, height_ - r.y2);
    HPDF_Page_Stroke(page_);
  }

  // Every piece of text in the document is drawn here, in its own text
  // object, inside the marked content of its mark (or an artifact).
  void text(const TextOp& t) {
    if (t.text.empty()) return;
    marked_.enter(t.mark, t.artifact);
    const PdfFace& face = fonts_[static_cast<int>(t.face)];
    if (face.font != font_ || t.size != size_) {
      // As libharu's HPDF_Page_SetFontAndSize writes it, the font named as
      // the page's resources name it.
      ops_.assign("/" + PdfObjects::font_name(page_, face.font) + ' ');
      append_number(ops_, t.size);
      ops_ += " Tf\n";
      PdfObjects::write(page_, ops_);
      font_ = face.font;
      size_ = t.size;
    }
    set_fill(t.colour);
    double width = measure_.width(t.face, t.size, t.text);
    double ascent = face.ascent * t.size / 1000, descent = face.descent * t.size / 1000;
    marked_.cover(t.x, height_ - t.y + descent, t.x + width, height_ - t.y + ascent);
    // Written directly, in its own text object: libharu's HPDF_Page_TextOut
    // measured and encoded the text again (a tenth of a build's PDF time).
    ops_.assign("BT\n");
    append_number(ops_, t.x);
    ops_ += ' ';
    append_number(ops_, height_ - t.y);
    ops_ += " Td\n(";
    append_codes(ops_, t.text);
    ops_ += ") Tj\nET\n";
    PdfObjects::write(page_, ops_);
  }

 private:
  void set_fill(const Rgb& c) {
    if (has_fill_ && fill_ == c) return;
    HPDF_Page_SetRGBFill(page_, c.r, c.g, c.b);
    fill_ = c;
    has_fill_ = true;
  }

  HPDF_Page page_;
  double height_;
  const PdfFaces& fonts_;
  const TextMeasure& measure_;
  std::string ops_;  // reused for each text's operators
  HPDF_Dict font_ = nullptr;
  double size_ = 0, line_width_ = 1;  // 1 is PDF's initial line width
  Rgb fill_, stroke_;
  bool has_fill_ = false, has_stroke_ = false;
  MarkedContent marked_;
};

// Fit the width, scrolled to a little above the target.
double fit_top(double top, const PageGeometry& g) { return std::min(g.height, g.height - top + 12); }

HPDF_Destination destination(HPDF_Page page, double top, const PageGeometry& g) {
  HPDF_Destination dst = HPDF_Page_CreateDestination(page);
  if (dst) HPDF_Destination_SetFitH(dst, fit_top(top, g));
  return dst;
}

HPDF_Annotation link(HaruDoc& doc, HPDF_Page page, const LinkOp& l, const std::vector<HPDF_Page>& pages,
                     const std::map<std::string, AnchorPosition>& anchors, const PageGeometry& g) {
  HPDF_Rect rect{static_cast<HPDF_REAL>(l.x), static_cast<HPDF_REAL>(g.height - l.y - l.h),
                 static_cast<HPDF_REAL>(l.x + l.w), static_cast<HPDF_REAL>(g.height - l.y)};
  HPDF_Annotation annot = nullptr;
  PdfObjects objects(doc.get());
  if (!l.uri.empty()) {
    annot = HPDF_Page_CreateURILinkAnnot(page, rect, uri_bytes(l.uri).c_str());
    if (annot) HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);  // no box drawn around links
  } else {
    auto found = anchors.find(l.anchor);
    if (found == anchors.end() || found->second.page >= static_cast<int>(pages.size())) return nullptr;
    annot = objects.internal_link(page, rect, pages[found->second.page], fit_top(found->second.y, g));
  }
  // What a screen reader announces for the link: its text.
  if (annot && !l.description.empty()) objects.put_text(annot, "Contents", l.description);
  return annot;
}

}  // namespace

std::vector<HPDF_Page> draw_pages(HaruDoc& doc, const PdfFaces& fonts, const TextMeasure& measure,
                                  const std::vector<PageOps>& pages,
                                  const PageGeometry& g, const std::map<std::string, AnchorPosition>& anchors,
                                  MarkPlacement& placed) {
  // All pages first: a link may point at a page further on.
  std::vector<HPDF_Page> out;
  for (size_t i = 0; i < pages.size(); ++i) {
    HPDF_Page page = HPDF_AddPage(doc.get());
    if (!page) return out;
    HPDF_Page_SetWidth(page, g.width);
    HPDF_Page_SetHeight(page, g.height);
    out.push_back(page);
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    {
      PageDrawer drawer(out[i], static_cast<int>(i), g.height, fonts, measure, placed);
      const Ops& ops = pages[i].ops;
      for (const auto& f : ops.fills) drawer.fill(f);
      for (const auto& r : ops.rules) drawer.rule(r);
      for (const auto& t : ops.texts) drawer.text(t);
    }  // the page's last marked content closes here
    for (const auto& l : pages[i].ops.links) {
      HPDF_Annotation annot = link(doc, out[i], l, out, anchors, g);
      if (annot && l.mark) placed.annots[static_cast<size_t>(l.mark)] = {static_cast<int>(i), annot};
    }
  }
  return out;
}

void build_outline(HaruDoc& doc, const std::vector<HPDF_Page>& pages, const std::vector<OutlineEntry>& entries,
                   const std::map<std::string, AnchorPosition>& anchors, const PageGeometry& g) {
  std::vector<std::pair<int, HPDF_Outline>> open;  // the path from the root to the last entry
  int top = 6;
  for (const auto& e : entries) top = std::min(top, e.level);
  for (const auto& e : entries) {
    auto found = anchors.find(e.anchor);
    if (e.title.empty() || found == anchors.end() || found->second.page >= static_cast<int>(pages.size())) continue;
    while (!open.empty() && open.back().first >= e.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
    HPDF_Outline item = HPDF_CreateOutline(doc.get(), parent, "", nullptr);
    if (!item) return;
    PdfObjects(doc.get()).put_text(static_cast<HPDF_Dict>(item), "Title", e.title);  // UTF-16 when needed: ŵ survives
    HPDF_Outline_SetOpened(item, e.level == top ? HPDF_TRUE : HPDF_FALSE);
    if (HPDF_Destination dst = destination(pages[found->second.page], found->second.y, g))
      HPDF_Outline_SetDestination(item, dst);
    open.emplace_back(e.level, item);
  }
}

}  // namespace cp
