#include "doc/tree.h"

namespace cp {

DocNode make_text(std::string text) {
  DocNode n;
  n.kind = NodeKind::Text;
  n.text = std::move(text);
  return n;
}

DocNode make_paragraph(std::vector<DocNode> inlines) {
  DocNode n;
  n.kind = NodeKind::Paragraph;
  n.children = std::move(inlines);
  return n;
}

DocNode make_heading(int level, std::string text) {
  DocNode n;
  n.kind = NodeKind::Heading;
  n.level = level;
  n.children.push_back(make_text(std::move(text)));
  return n;
}

DocNode make_link(std::string url, std::string text) {
  DocNode n;
  n.kind = NodeKind::Link;
  n.url = std::move(url);
  n.children.push_back(make_text(std::move(text)));
  return n;
}

std::string plain_text(const DocNode& node) {
  std::string out;
  walk(node, [&](const DocNode& n) {
    if (n.kind == NodeKind::Text || n.kind == NodeKind::Code) out += n.text;
    if (n.kind == NodeKind::SoftBreak || n.kind == NodeKind::LineBreak) out += ' ';
  });
  return out;
}

std::string logic_model_item_text(const DocNode& item) {
  for (const auto& c : item.children)
    if (c.kind == NodeKind::Paragraph) return plain_text(c);
  return plain_text(item);
}

const DocNode* logic_model_group_list(const DocNode& item) {
  for (const auto& c : item.children)
    if (c.kind == NodeKind::List) return &c;
  return nullptr;
}

}  // namespace cp
