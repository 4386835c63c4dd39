#pragma once
// The document tree: one per page, document and language. Markdown
// (through cmark-gfm) and governance blocks both become this tree; the
// HTML backend and the PDF backend each render it. Text is stored raw and
// escaped only by the renderers.
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace cp {

enum class NodeKind {
  // blocks
  Document,
  Heading,    // level 1–6, id
  Paragraph,
  List,       // ordered, start, tight
  Item,
  BlockQuote,
  CodeBlock,  // text
  ThematicBreak,
  Table,      // aligns; title = caption (may be empty)
  TableRow,   // header; style "total" for a totals row
  TableCell,  // style e.g. "band-extreme" for a coloured risk band
  // governance blocks, drawn natively by each backend
  RiskMatrix,      // numbers: 25 counts, row-major, likelihood 5→1 down, impact 1→5 across;
                   // labels: [likelihood axis title, impact axis title, 5 likelihood
                   // names (1..5), 5 impact names (1..5), 4 band names (low, moderate,
                   // high, extreme)]; title: caption / alternative text
  SignatureBlock,  // children: one Paragraph per signatory whose children are Text nodes:
                   // name, role; labels: ["Signature", "Date", "Name", "Role"] in the page's language
  LogicModel,      // a logic model drawn left to right (pack 27). title: caption / accessible
                   // name; labels: [goal label, goal text] (the goal runs across the top);
                   // children: one List per column, left to right (inputs, activities,
                   // outputs, outcomes, measures), its title the column heading; each Item
                   // holds a Paragraph, or (Item style "group") a Paragraph naming the group
                   // followed by a List of the group's items
  // inlines
  Text,       // text
  Emph,
  Strong,
  Strikethrough,
  Code,       // text
  Link,       // url, title
  SoftBreak,
  LineBreak,
};

enum class Align { None, Left, Center, Right };

struct DocNode {
  NodeKind kind = NodeKind::Document;
  std::string text;   // Text, Code, CodeBlock
  std::string url;    // Link
  std::string title;  // Link title
  std::string id;     // Heading anchor
  std::string lang;   // a passage in another language ("" = the page's)
  std::string style;  // a presentation hint both backends understand (see NodeKind)
  std::vector<int> numbers;         // RiskMatrix counts
  std::vector<std::string> labels;  // RiskMatrix, SignatureBlock and LogicModel labels
  int level = 0;      // Heading level
  int start = 1;      // ordered List start
  bool ordered = false;
  bool tight = true;
  bool header = false;         // TableRow of the header
  std::vector<Align> aligns;   // Table
  Location where;              // source position, for link diagnostics
  std::vector<DocNode> children;

  bool is_block() const { return kind <= NodeKind::LogicModel; }
};

// Convenience builders for code that assembles trees (generated pages).
DocNode make_text(std::string text);
DocNode make_paragraph(std::vector<DocNode> inlines);
DocNode make_heading(int level, std::string text);
DocNode make_link(std::string url, std::string text);

// The plain text of a subtree (headings' anchors, titles, search).
std::string plain_text(const DocNode& node);

// An Item of a LogicModel column, as both backends draw it: its text (the
// paragraph; a group's name), and a group's own list (null otherwise).
std::string logic_model_item_text(const DocNode& item);
const DocNode* logic_model_group_list(const DocNode& item);

// Walks every node, parents before children.
template <class F>
void walk(DocNode& node, F&& visit) {
  visit(node);
  for (auto& child : node.children) walk(child, visit);
}
template <class F>
void walk(const DocNode& node, F&& visit) {
  visit(node);
  for (const auto& child : node.children) walk(child, visit);
}

}  // namespace cp
