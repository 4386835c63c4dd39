#pragma once
// Escaping of data values placed into Markdown template prose, so that a
// value can never change the document's structure: no headings, lists,
// links, emphasis, tables, HTML or code can come from data. Paragraph
// breaks (blank lines) in long text are kept; single newlines and leading
// spaces are folded.
#include <string>
#include <string_view>

namespace cp {

std::string markdown_escape(std::string_view text);

}  // namespace cp
