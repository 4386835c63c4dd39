#pragma once
// The document tree: one per page, document and language. Markdown
// (through cmark-gfm) and governance blocks both become this tree; the
// HTML backend and the PDF backend each render it. Text is stored raw and
// escaped only by the renderers.
#include <array>
#include <memory>
#include <string>
#include <variant>
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
                   // labels: RiskMatrixLabels; title: caption / alternative text
  SignatureBlock,  // children: one Paragraph per signatory whose children are Text nodes:
                   // name, role; labels: SignatureLabels
  LogicModel,      // a logic model drawn left to right (pack 27). title: caption / accessible
                   // name; labels: LogicModelLabels (the goal runs across the top);
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

// The words a governance block draws besides its data, in the page's
// language.
struct RiskMatrixLabels {
  std::string likelihood_axis, impact_axis;  // the axes' titles
  std::array<std::string, 5> likelihood;     // the names of likelihood 1..5
  std::array<std::string, 5> impact;         // the names of impact 1..5
  std::array<std::string, 4> bands;          // low, moderate, high, extreme
};
struct SignatureLabels {
  std::string signature, date, name, role;  // what each line of a signatory is for
};
struct LogicModelLabels {
  std::string goal_label, goal;  // "Goal", and the cluster's goal
};
using BlockLabels = std::variant<RiskMatrixLabels, SignatureLabels, LogicModelLabels>;

struct DocNode {
  NodeKind kind = NodeKind::Document;
  std::string text;   // Text, Code, CodeBlock
  std::string url;    // Link
  std::string title;  // Link title
  std::string id;     // Heading anchor
  std::string lang;   // a passage in another language ("" = the page's)
  std::string style;  // a presentation hint both backends understand (see NodeKind)
  std::vector<int> numbers;         // RiskMatrix counts
  // RiskMatrix, SignatureBlock and LogicModel: their labels (labels_of),
  // shared by the copies of a tree.
  std::shared_ptr<const BlockLabels> labels;
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

// A block's labels of type T, all empty when it has none.
template <class T>
const T& labels_of(const DocNode& node) {
  static const T none{};
  const T* found = node.labels ? std::get_if<T>(node.labels.get()) : nullptr;
  return found ? *found : none;
}
template <class T>
void set_labels(DocNode& node, T labels) {
  node.labels = std::make_shared<const BlockLabels>(std::move(labels));
}

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
