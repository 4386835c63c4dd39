// libFuzzer target: Markdown (cmark-gfm) to the document tree, then the
// tree to HTML and to its text dump. The HTML must never hold markup that
// the Markdown did not ask for: raw HTML is refused, so no '<script' can
// appear in the output at all.
#include <cstddef>
#include <cstdint>
#include <string>

#include "doc/dump.h"
#include "doc/markdown.h"
#include "html/render_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cp::Diagnostics diags;
  cp::DocNode tree = cp::markdown_to_tree(text, "content/fuzz.en.md", 4, diags);
  std::string html = cp::render_html(tree);
  (void)cp::dump_tree(tree);
  for (const char* bad : {"<script", "<img", "<iframe", "<svg", "<style", "<object", "<embed"})
    if (html.find(bad) != std::string::npos) __builtin_trap();
  return 0;
}
