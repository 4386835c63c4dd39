#include "html/escape.h"

#include "doc/markup_escape.h"

namespace cp {

std::string html_escape(std::string_view text) { return markup_escape(text); }

}  // namespace cp
