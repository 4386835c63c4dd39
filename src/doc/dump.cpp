#include "doc/dump.h"

namespace cp {

namespace {

const char* kind_name(NodeKind k) {
  switch (k) {
    case NodeKind::Document: return "document";
    case NodeKind::Heading: return "heading";
    case NodeKind::Paragraph: return "paragraph";
    case NodeKind::List: return "list";
    case NodeKind::Item: return "item";
    case NodeKind::BlockQuote: return "quote";
    case NodeKind::CodeBlock: return "code-block";
    case NodeKind::ThematicBreak: return "rule";
    case NodeKind::Table: return "table";
    case NodeKind::TableRow: return "row";
    case NodeKind::TableCell: return "cell";
    case NodeKind::RiskMatrix: return "risk-matrix";
    case NodeKind::SignatureBlock: return "signatures";
    case NodeKind::LogicModel: return "logic-model";
    case NodeKind::Text: return "text";
    case NodeKind::Emph: return "emph";
    case NodeKind::Strong: return "strong";
    case NodeKind::Strikethrough: return "strike";
    case NodeKind::Code: return "code";
    case NodeKind::Link: return "link";
    case NodeKind::SoftBreak: return "softbreak";
    case NodeKind::LineBreak: return "linebreak";
  }
  return "?";
}

void dump(const DocNode& n, int depth, std::string& out) {
  out += std::string(static_cast<size_t>(depth) * 2, ' ') + kind_name(n.kind);
  if (n.kind == NodeKind::Heading) out += " h" + std::to_string(n.level) + " #" + n.id;
  if (n.kind == NodeKind::List) out += n.ordered ? " ordered" : " bullet";
  if (n.kind == NodeKind::TableRow && n.header) out += " header";
  if (!n.style.empty()) out += " ." + n.style;
  if (!n.url.empty()) out += " <" + n.url + ">";
  if (!n.title.empty()) out += " title=\"" + n.title + "\"";
  if (!n.lang.empty()) out += " lang=" + n.lang;
  if (!n.numbers.empty()) {
    out += " numbers=";
    for (size_t i = 0; i < n.numbers.size(); ++i) out += (i ? "," : "") + std::to_string(n.numbers[i]);
  }
  for (const auto& l : n.labels) out += " [" + l + "]";
  if (!n.text.empty()) out += " \"" + n.text + "\"";
  out += "\n";
  // Runs of inline nodes inside a paragraph read better as one line.
  for (const auto& c : n.children) dump(c, depth + 1, out);
}

}  // namespace

std::string dump_tree(const DocNode& node) {
  std::string out;
  dump(node, 0, out);
  return out;
}

}  // namespace cp
