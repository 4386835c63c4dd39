#pragma once
// The PDF/UA-1 rules `clusterpack check-pdf` checks, named by their failure
// condition in the Matterhorn Protocol (the PDF Association's list of the
// ways a file can fail ISO 14289-1), so that a report can be looked up
// there and compared with other checkers. docs/pdf-accessibility.md has the
// table of what each one checks here.
#include <string>
#include <string_view>
#include <vector>

namespace cp {

struct MatterhornCondition {
  const char* id;    // "06-001"
  const char* what;  // the failure condition, as the protocol words it
};

// Every condition the checker knows, in the protocol's order.
const std::vector<MatterhornCondition>& matterhorn_conditions();

// One failure found in a file. `page` is 1-based; 0 when the condition is
// about the file as a whole (its catalog, its metadata, its role map).
struct PdfProblem {
  std::string checkpoint;  // a MatterhornCondition id
  int page = 0;
  std::string message;
};

// "FILE: page 3: Matterhorn 13-004: …" or "FILE: document: Matterhorn 06-001: …".
std::string format_problem(std::string_view file, const PdfProblem& problem);

}  // namespace cp
