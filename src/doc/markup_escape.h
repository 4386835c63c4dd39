#pragma once
// Text escaped for markup: HTML pages and XML (a PDF's XMP metadata) need
// the same four characters replaced, in element content and in
// double-quoted attribute values (clusterpack always quotes with '"').
#include <string>
#include <string_view>

namespace cp {

std::string markup_escape(std::string_view text);

}  // namespace cp
