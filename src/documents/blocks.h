#pragma once
// Governance blocks: the tables, heat map and signature block that a
// template places with {{{block.<name>}}}. They are built as document-tree
// nodes from the data and the computed rules, so both backends draw them
// natively (an HTML table or SVG-free grid in the site, vector drawing in
// the PDF) — never as Markdown text.
#include <optional>
#include <string>
#include <vector>

#include "doc/tree.h"
#include "documents/cluster_view.h"

namespace cp {

struct BlockContext {
  const ViewContext& view;
  const Sbar* sbar = nullptr;
  const BusinessCase* business_case = nullptr;
  const CndYear* cnd = nullptr;            // in a CND document
  const AnnualReport* report = nullptr;    // in an annual report
  const GovernanceBody* body = nullptr;    // in a body's terms of reference
  const Meeting* meeting = nullptr;        // in an agenda or minutes
};

// Every block name (for the template data and for error hints).
const std::vector<std::string>& block_names();
// The block's nodes (a block may be several nodes, e.g. a table and a
// note); nullopt for an unknown name.
std::optional<std::vector<DocNode>> build_block(const std::string& name, const BlockContext& ctx);
// Which blocks need which kind of document (for the error of a misplaced block).
std::string block_requirement_hint();

}  // namespace cp
