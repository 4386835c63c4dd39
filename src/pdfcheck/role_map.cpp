#include "pdfcheck/role_map.h"

#include <array>
#include <set>

namespace cp {

bool is_standard_structure_type(std::string_view type) {
  // ISO 32000-1, Tables 333 to 340: grouping, block-level, inline-level and
  // illustration elements.
  static constexpr std::array<std::string_view, 47> standard = {
      "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
      "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6",
      "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
      "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby",
      "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure"};
  for (auto s : standard)
    if (s == type) return true;
  return type == "Formula" || type == "Form";
}

RoleResolution resolve_role(const std::string& type, const std::map<std::string, std::string>& role_map) {
  if (is_standard_structure_type(type)) return {RoleResolution::Standard, type};
  std::set<std::string> passed = {type};
  std::string current = type;
  for (;;) {
    auto next = role_map.find(current);
    if (next == role_map.end()) return {RoleResolution::Unmapped, {}};
    current = next->second;
    if (is_standard_structure_type(current)) return {RoleResolution::Mapped, current};
    if (!passed.insert(current).second) return {RoleResolution::Circular, {}};
  }
}

}  // namespace cp
