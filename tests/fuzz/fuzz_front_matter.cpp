// libFuzzer target: a content page (front matter between '---' lines,
// then Markdown) through the page parser, then the diagnostics printer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/source_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cp::Diagnostics diags;
  cp::SourceRegistry sources;
  auto page = cp::parse_source_page("content/guide/01-fuzz.en.md", text, diags, sources);
  if (page && page->body.size() > text.size()) __builtin_trap();  // the body is a part of the file
  (void)cp::format_all(diags, sources);
  return 0;
}
