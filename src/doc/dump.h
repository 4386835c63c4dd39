#pragma once
// A readable text form of a document tree, one node per line, indented by
// depth: what golden tests compare, so a change in any template or block
// shows as a reviewable diff.
#include <string>

#include "doc/tree.h"

namespace cp {

std::string dump_tree(const DocNode& node);

}  // namespace cp
