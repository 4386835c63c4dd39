#pragma once
#include <string>
#include <string_view>

namespace cp {

// Escapes text for HTML element content and double-quoted attribute values
// (clusterpack always quotes attributes with '"').
std::string html_escape(std::string_view text);

}  // namespace cp
