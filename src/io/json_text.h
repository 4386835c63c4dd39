#pragma once
// JSON text for what clusterpack prints for other programs (the schema,
// the translation report as JSON).
#include <string>
#include <string_view>

namespace cp {

// `s` as a JSON string literal, quotes included: '"', '\' and control
// characters escaped. Other UTF-8 ('£', '×', Welsh letters) is valid JSON
// as it is, so it is kept readable.
std::string json_string(std::string_view s);

}  // namespace cp
