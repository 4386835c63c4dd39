// libFuzzer target: document tree → PDF (layout, pagination, contents page,
// outline, running header and footer, libharu drawing), the backend every
// governance PDF goes through.
//
// The first byte picks options; the rest is Markdown, turned into the tree
// the way content is (cmark-gfm), so the fuzzer reaches every block kind a
// document can hold. Lines of that text also fill the governance blocks
// drawn natively (risk matrix, signatures, logic model), with counts taken
// from its bytes. Any input must give a PDF (starting %PDF-, ending %%EOF)
// or diagnostics, never a crash, a hang or a sanitizer report.
//
// Fonts: the default theme's (themes/default/fonts/), which the site's PDFs
// embed.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "doc/markdown.h"
#include "pdf/pdf_document.h"

namespace {

using cp::DocNode;
using cp::NodeKind;

enum Option : uint8_t {
  kRuled = 1,
  kNewPageH1 = 2,
  kContents = 4,
  kCover = 8,
  kRiskMatrix = 16,
  kSignatures = 32,
  kLogicModel = 64,
  kSecondSection = 128,
};

cp::PdfFonts theme_fonts() {
  const std::string dir = std::string(CLUSTERPACK_SOURCE_DIR) + "/themes/default/fonts/";
  return {dir + "regular.ttf", dir + "bold.ttf", dir + "italic.ttf", dir + "bold-italic.ttf", dir + "mono.ttf"};
}

// The input's lines, used round-robin; never empty.
struct Lines {
  std::vector<std::string> all;
  size_t next = 0;
  explicit Lines(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line) && all.size() < 200) all.push_back(line.substr(0, 300));
    if (all.empty()) all.push_back("");
  }
  const std::string& take() { return all[next++ % all.size()]; }
};

DocNode block(NodeKind kind) {
  DocNode n;
  n.kind = kind;
  return n;
}

DocNode risk_matrix(const std::string& text, Lines& lines) {
  DocNode m = block(NodeKind::RiskMatrix);
  for (size_t i = 0; i < 25; ++i) m.numbers.push_back(i < text.size() ? static_cast<uint8_t>(text[i]) % 40 : 0);
  cp::RiskMatrixLabels labels;
  labels.likelihood_axis = lines.take();
  labels.impact_axis = lines.take();
  for (auto& name : labels.likelihood) name = lines.take();
  for (auto& name : labels.impact) name = lines.take();
  for (auto& name : labels.bands) name = lines.take();
  cp::set_labels(m, std::move(labels));
  m.title = lines.take();
  return m;
}

DocNode signatures(Lines& lines, size_t count) {
  DocNode s = block(NodeKind::SignatureBlock);
  // Braced: the lines are taken in order.
  cp::set_labels(s, cp::SignatureLabels{lines.take(), lines.take(), lines.take(), lines.take()});
  for (size_t i = 0; i < count % 9; ++i)
    s.children.push_back(cp::make_paragraph({cp::make_text(lines.take()), cp::make_text(lines.take())}));
  return s;
}

DocNode logic_model(Lines& lines, size_t shape) {
  DocNode m = block(NodeKind::LogicModel);
  m.title = lines.take();
  cp::set_labels(m, cp::LogicModelLabels{lines.take(), lines.take()});
  for (int column = 0; column < 5; ++column) {
    DocNode list = block(NodeKind::List);
    list.title = lines.take();
    size_t items = (shape >> column) % 5;
    for (size_t i = 0; i < items; ++i) {
      DocNode item = block(NodeKind::Item);
      item.children.push_back(cp::make_paragraph({cp::make_text(lines.take())}));
      if ((shape + i) % 3 == 0) {  // a group: its name, then its own items
        item.style = "group";
        DocNode inner = block(NodeKind::List);
        for (size_t j = 0; j < 1 + i % 3; ++j) {
          DocNode sub = block(NodeKind::Item);
          sub.children.push_back(cp::make_paragraph({cp::make_text(lines.take())}));
          inner.children.push_back(sub);
        }
        item.children.push_back(inner);
      }
      list.children.push_back(item);
    }
    m.children.push_back(list);
  }
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t options = data[0];
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  static const cp::PdfFonts fonts = theme_fonts();

  cp::Diagnostics diags;
  DocNode body = cp::markdown_to_tree(text, "templates/fuzz/body.en.md", 1, diags);
  Lines lines(text);
  if (options & kRiskMatrix) body.children.push_back(risk_matrix(text, lines));
  if (options & kSignatures) body.children.push_back(signatures(lines, text.size()));
  if (options & kLogicModel) body.children.push_back(logic_model(lines, text.size() * 2654435761u));

  cp::PdfTheme theme;
  if (options & kRuled) theme.table_style = cp::TableStyle::Ruled;
  if (options & kNewPageH1) theme.new_page_headings = {1, 2};

  cp::PdfMeta meta;
  meta.title = lines.take();
  meta.lang = (options & kCover) ? "cy" : "en-GB";
  meta.header_left = lines.take();
  meta.header_right = lines.take();
  meta.page_label = (options & kCover) ? "Tudalen {n} o {total}" : "Page {n} of {total}";
  meta.contents_title = "Contents";

  std::optional<cp::PdfCover> cover;
  if (options & kCover) cover = cp::PdfCover{lines.take(), lines.take(), {{lines.take(), lines.take()}}};

  std::vector<cp::PdfSection> sections;
  sections.push_back({(options & kSecondSection) ? lines.take() : "", body, true});
  if (options & kSecondSection)
    sections.push_back({lines.take(), cp::markdown_to_tree(lines.take(), "templates/fuzz/b.en.md", 1, diags),
                        (options & kRuled) != 0});

  auto pdf = cp::render_pdf(meta, cover, (options & kContents) != 0, sections, theme, fonts, diags);
  if (pdf && (pdf->rfind("%PDF-", 0) != 0 || pdf->find("%%EOF") == std::string::npos)) __builtin_trap();
  if (!pdf && diags.error_count() == 0) __builtin_trap();  // a failure is always reported
  return 0;
}
