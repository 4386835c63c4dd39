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

// A block's labels in the order they are listed: each struct's fields in turn.
std::vector<std::string> label_list(const BlockLabels& labels) {
  std::vector<std::string> out;
  if (const auto* m = std::get_if<RiskMatrixLabels>(&labels)) {
    out = {m->likelihood_axis, m->impact_axis};
    out.insert(out.end(), m->likelihood.begin(), m->likelihood.end());
    out.insert(out.end(), m->impact.begin(), m->impact.end());
    out.insert(out.end(), m->bands.begin(), m->bands.end());
  }
  if (const auto* s = std::get_if<SignatureLabels>(&labels)) out = {s->signature, s->date, s->name, s->role};
  if (const auto* g = std::get_if<LogicModelLabels>(&labels)) out = {g->goal_label, g->goal};
  return out;
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
  if (n.labels)
    for (const auto& l : label_list(*n.labels)) out += " [" + l + "]";
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
