#pragma once
// Structure types: the standard ones of ISO 32000-1 (14.8.4), and what a
// type outside them stands for through the structure tree's /RoleMap.
#include <map>
#include <string>
#include <string_view>

namespace cp {

bool is_standard_structure_type(std::string_view type);

struct RoleResolution {
  enum How { Standard, Mapped, Unmapped, Circular } how = Standard;
  std::string role;  // the standard type reached; empty when none is
};

// A standard type stands for itself, even when the role map remaps it
// (PDF/UA-1 7.1: a reader must ignore such a mapping). Any other type
// follows the map until a standard type, a type the map does not know,
// or a type already passed.
RoleResolution resolve_role(const std::string& type, const std::map<std::string, std::string>& role_map);

}  // namespace cp
