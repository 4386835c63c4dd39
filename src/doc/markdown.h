#pragma once
// Markdown (CommonMark + GFM tables, strikethrough, autolinks) → document
// tree, through cmark-gfm. Raw HTML is never passed through: an HTML block
// or inline HTML in content is reported, because a health board's page
// must not carry markup that nobody checked. Images are reported too (the
// theme has no image pipeline yet, and a missing alt text would fail WCAG).
#include <string>

#include "diag/diagnostic.h"
#include "doc/tree.h"

namespace cp {

// `first_line`: the line of `file` where `markdown` starts (after front
// matter), so positions point into the real file.
DocNode markdown_to_tree(const std::string& markdown, const std::string& file, int first_line, Diagnostics& diags);

// Gives every heading a unique, stable anchor id from its text.
void assign_heading_ids(DocNode& document);

// "Key actions" → "key-actions"; Welsh letters lose their accents
// ("Gweledigaeth ŵyr" → "gweledigaeth-wyr").
std::string slugify(const std::string& text);

}  // namespace cp
