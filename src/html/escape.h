#pragma once
#include <string>
#include <string_view>

namespace cp {

// Escapes text for HTML element content and quoted attribute values.
std::string html_escape(std::string_view text);

}  // namespace cp
