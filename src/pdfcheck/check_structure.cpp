// What PDF/UA-1 asks of the structure tree: types a reader knows (7.1),
// tables, lists and contents built as ISO 32000-1 builds them (7.2),
// figures with alternative text (7.3), header cells with a scope (7.5),
// and a language for alternative text (7.2).
#include <map>
#include <set>

#include "pdfcheck/checks.h"

namespace cp {

namespace {

// One problem per type: a producer that maps a type wrongly does so for
// every element of it.
void check_role_map(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  for (const auto& [from, to] : pdf.role_map)
    if (is_standard_structure_type(from))
      out.push_back({"02-004", 0, "the /RoleMap remaps the standard type /" + from + " to /" + to});
  std::set<std::string> reported;
  for (const auto& e : pdf.elements) {
    if (e.role.how == RoleResolution::Standard || e.role.how == RoleResolution::Mapped) continue;
    if (!reported.insert(e.type).second) continue;
    if (e.role.how == RoleResolution::Circular)
      out.push_back({"02-003", 0, "the /RoleMap maps /" + e.type + " round in a circle, never to a standard type"});
    else
      out.push_back({"02-001", 0, "/" + e.type + " is not a standard structure type and the /RoleMap maps it to none"});
  }
}

const std::string& role(const TaggedPdf& pdf, int index) { return pdf.elements[static_cast<size_t>(index)].role.role; }

// The standard type an element stands for, or its own when it has none.
std::string shown_type(const TaggedPdf& pdf, int index) {
  const StructElement& e = pdf.elements[static_cast<size_t>(index)];
  return e.role.role.empty() ? "/" + e.type : e.role.role;
}

std::string parent_shown(const TaggedPdf& pdf, const StructElement& e) {
  return e.parent < 0 ? std::string("the structure tree's root") : shown_type(pdf, e.parent);
}

// The parents and kids ISO 32000-1 allows an element of a table, a list or
// a table of contents (Tables 333, 336 and 337).
struct NestingRule {
  const char* condition;
  const char* type;
  std::set<std::string> parents;  // empty: any
  std::set<std::string> kids;     // empty: any
};

const std::vector<NestingRule>& nesting_rules() {
  static const std::vector<NestingRule> rules = {
      {"09-004", "Table", {}, {"TR", "THead", "TBody", "TFoot", "Caption"}},
      {"09-004", "THead", {"Table"}, {"TR"}},
      {"09-004", "TBody", {"Table"}, {"TR"}},
      {"09-004", "TFoot", {"Table"}, {"TR"}},
      {"09-004", "TR", {"Table", "THead", "TBody", "TFoot"}, {"TH", "TD"}},
      {"09-004", "TH", {"TR"}, {}},
      {"09-004", "TD", {"TR"}, {}},
      {"09-005", "L", {}, {"LI", "L", "Caption"}},
      {"09-005", "LI", {"L"}, {"Lbl", "LBody"}},
      {"09-005", "LBody", {"LI"}, {}},
      {"09-006", "TOC", {}, {"TOC", "TOCI", "Caption"}},
      {"09-006", "TOCI", {"TOC"}, {"Lbl", "Reference", "NonStruct", "P", "TOC"}},
  };
  return rules;
}

std::string listed(const std::set<std::string>& types) {
  std::string out;
  for (const auto& t : types) out += (out.empty() ? "" : ", ") + t;
  return out;
}

void check_nesting(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  for (const auto& e : pdf.elements) {
    for (const auto& rule : nesting_rules()) {
      if (e.role.role != rule.type) continue;
      if (!rule.parents.empty() && !rule.parents.count(e.parent < 0 ? std::string() : role(pdf, e.parent)))
        out.push_back({rule.condition, e.page, std::string(rule.type) + " inside " + parent_shown(pdf, e) +
                                                   "; it belongs in " + listed(rule.parents)});
      for (int kid : e.kids)
        if (!rule.kids.empty() && !rule.kids.count(role(pdf, kid)))
          out.push_back({rule.condition, e.page, shown_type(pdf, kid) + " inside " + rule.type + ", which holds only " +
                                                     listed(rule.kids)});
    }
  }
}

void check_figures(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  for (const auto& e : pdf.elements)
    if (e.role.role == "Figure" && !e.alt && !e.actual_text)
      out.push_back({"13-004", e.page, "a Figure has neither /Alt nor /ActualText"});
}

// The table a cell belongs to, and whether any of its cells names its
// headers (/Headers): such a table needs no /Scope.
int table_of(const TaggedPdf& pdf, int index) {
  for (int i = pdf.elements[static_cast<size_t>(index)].parent; i >= 0; i = pdf.elements[static_cast<size_t>(i)].parent)
    if (role(pdf, i) == "Table") return i;
  return -1;
}

bool uses_headers(const TaggedPdf& pdf, int table) {
  std::vector<int> todo = {table};
  while (!todo.empty()) {
    const StructElement& e = pdf.elements[static_cast<size_t>(todo.back())];
    todo.pop_back();
    if ((e.role.role == "TD" || e.role.role == "TH") && pdf.has_attribute(e, "/Headers")) return true;
    todo.insert(todo.end(), e.kids.begin(), e.kids.end());
  }
  return false;
}

void check_header_scope(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  std::map<int, bool> headers_used;  // by table
  for (size_t i = 0; i < pdf.elements.size(); ++i) {
    const StructElement& e = pdf.elements[i];
    if (e.role.role != "TH" || pdf.has_attribute(e, "/Scope")) continue;
    int table = table_of(pdf, static_cast<int>(i));
    if (table >= 0) {
      auto [known, fresh] = headers_used.try_emplace(table, false);
      if (fresh) known->second = uses_headers(pdf, table);
      if (known->second) continue;
    }
    out.push_back({"15-003", e.page, "a TH has no /Scope, and its table does not use /Headers"});
  }
}

void check_alternative_language(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  for (size_t i = 0; i < pdf.elements.size(); ++i) {
    const StructElement& e = pdf.elements[i];
    if ((e.alt || e.actual_text || e.expansion) && !pdf.language_known(static_cast<int>(i)))
      out.push_back({"11-002", e.page, "the language of the " + e.type + "'s /Alt, /ActualText or /E is not known"});
  }
}

}  // namespace

void check_structure(const TaggedPdf& pdf, std::vector<PdfProblem>& out) {
  check_role_map(pdf, out);
  check_nesting(pdf, out);
  check_figures(pdf, out);
  check_header_scope(pdf, out);
  check_alternative_language(pdf, out);
}

}  // namespace cp
