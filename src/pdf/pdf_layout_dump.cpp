// dump_pdf_layout (pdf_document.h): a laid-out PDF as stable text. Numbers
// are rounded to hundredths of a point, finer than anything a reader sees
// and coarse enough not to show floating-point noise.
#include <cstdio>

#include "pdf/pdf_document.h"
#include "pdf/pdf_laid_out.h"

namespace cp {

namespace {

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  std::string s = buffer;
  return s == "-0.00" ? "0.00" : s;
}

std::string colour(const Rgb& c) {
  char buffer[8];
  auto byte = [](double v) { return static_cast<unsigned>(v * 255 + 0.5); };
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
  return buffer;
}

const char* face_name(Face face) {
  switch (face) {
    case Face::Regular: return "regular";
    case Face::Bold: return "bold";
    case Face::Italic: return "italic";
    case Face::BoldItalic: return "bold-italic";
    case Face::Mono: return "mono";
  }
  return "?";
}

const char* artifact_name(ArtifactKind kind) {
  switch (kind) {
    case ArtifactKind::Layout: return "layout";
    case ArtifactKind::Pagination: return "pagination";
    case ArtifactKind::Header: return "header";
    case ArtifactKind::Footer: return "footer";
  }
  return "?";
}

// "m12" for marked content, "artifact" (with its kind for text) otherwise.
std::string mark(int m) { return m ? "m" + std::to_string(m) : std::string("artifact"); }

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

void dump_ops(const Ops& ops, std::string& out) {
  for (const auto& f : ops.fills)
    out += "  fill " + num(f.x) + ' ' + num(f.y) + ' ' + num(f.w) + ' ' + num(f.h) + ' ' + colour(f.colour) + ' ' +
           mark(f.mark) + '\n';
  for (const auto& r : ops.rules)
    out += "  rule " + num(r.x1) + ' ' + num(r.y1) + ' ' + num(r.x2) + ' ' + num(r.y2) + " w" + num(r.width) + ' ' +
           colour(r.colour) + ' ' + mark(r.mark) + '\n';
  for (const auto& t : ops.texts)
    out += "  text " + num(t.x) + ' ' + num(t.y) + ' ' + face_name(t.face) + ' ' + num(t.size) + ' ' +
           colour(t.colour) + ' ' + (t.mark ? mark(t.mark) : std::string("artifact:") + artifact_name(t.artifact)) +
           ' ' + quoted(t.text) + '\n';
  for (const auto& l : ops.links)
    out += "  link " + num(l.x) + ' ' + num(l.y) + ' ' + num(l.w) + ' ' + num(l.h) + ' ' + mark(l.mark) + " -> " +
           (l.uri.empty() ? "#" + l.anchor : l.uri) + ' ' + quoted(l.description) + '\n';
}

void dump_element(const TagTree& tags, TagId id, int depth, std::string& out) {
  const TagElement& e = tags.element(id);
  out += std::string(static_cast<size_t>(depth) * 2, ' ') + e.role;
  if (!e.lang.empty()) out += " lang=" + e.lang;
  if (!e.scope.empty()) out += " scope=" + e.scope;
  if (!e.list_numbering.empty()) out += " numbering=" + e.list_numbering;
  if (!e.alt.empty()) out += " alt=" + quoted(e.alt);
  std::string marks;
  for (const auto& kid : e.kids)
    if (kid.kind == TagKid::Content) marks += " m" + std::to_string(kid.id);
    else if (kid.kind == TagKid::Annotation) marks += " annotation" + std::to_string(kid.id);
  out += marks + '\n';
  for (const auto& kid : e.kids)
    if (kid.kind == TagKid::Element) dump_element(tags, kid.id, depth + 1, out);
}

}  // namespace

std::optional<std::string> dump_pdf_layout(const PdfMeta& meta, const std::optional<PdfCover>& cover, bool with_contents,
                                           const std::vector<PdfSection>& sections, const PdfTheme& theme,
                                           const PdfFonts& fonts, Diagnostics& diags) {
  const HaruMeasure* measure = shared_measure(fonts, diags);
  if (!measure) return std::nullopt;
  LaidOutPdf laid = lay_out_pdf(meta, cover, with_contents, sections, theme, *measure);
  std::string out = "page size " + num(laid.geometry.width) + " x " + num(laid.geometry.height) + '\n';
  for (size_t i = 0; i < laid.pages.size(); ++i) {
    out += "page " + std::to_string(i + 1) + (laid.pages[i].furniture ? "\n" : " (no furniture)\n");
    dump_ops(laid.pages[i].ops, out);
  }
  out += "anchors\n";
  for (const auto& [id, at] : laid.anchors)
    out += "  " + id + " page " + std::to_string(at.page + 1) + " y " + num(at.y) + '\n';
  out += "outline\n";
  for (const auto& entry : laid.outline)
    out += std::string(static_cast<size_t>(entry.level + 1) * 2, ' ') + quoted(entry.title) + " #" + entry.anchor + '\n';
  out += "structure\n";
  dump_element(laid.tags, laid.tags.root(), 1, out);
  return out;
}

}  // namespace cp
