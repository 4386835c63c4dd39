// libFuzzer target: strict Mustache. The input is split at the first NUL
// byte into a layout and a partial (named "p"; the layout may also include
// the fixed partial "fixed"), loaded as a theme through TemplateSet (which
// refuses partial loops) and rendered against a fixed data set; then the
// layout alone is rendered as a governance template, with Markdown
// escaping. Any input must render or be reported, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/file_system.h"
#include "templates/markdown_escape.h"
#include "templates/strict_mustache.h"

namespace {

cp::TemplateData fixed_data() {
  cp::TemplateData data;
  data.set("title", "A <b>title</b> & \"quotes\"");
  data.set("lang", "cy");
  data.set("yes", true);
  data.set("no", false);
  cp::TemplateData site;
  site.set("title", "{{title}} {{{title}}}");
  data.set("site", site);
  cp::TemplateList items;
  for (int i = 0; i < 3; ++i) {
    cp::TemplateData item;
    item.set("name", "item " + std::to_string(i));
    item.set("first", i == 0);
    items.push_back(item);
  }
  data.set("items", items);
  data.set("empty", cp::TemplateList{});
  return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  size_t nul = input.find('\0');
  std::string layout = input.substr(0, nul);
  std::string partial = nul == std::string::npos ? "" : input.substr(nul + 1);
  static const cp::TemplateData values = fixed_data();

  cp::MemoryFileSystem fs;
  fs.add("themes/default/layouts/page.mustache", layout);
  fs.add("themes/default/partials/p.mustache", partial);
  fs.add("themes/default/partials/fixed.mustache", "<p>{{title}}</p>{{#items}}{{name}}{{/items}}");
  cp::Diagnostics diags;
  cp::SourceRegistry sources;
  cp::TemplateSet set;
  set.load(fs, "themes/default", diags, sources);
  (void)set.render("page", values, diags);

  cp::CompiledTemplate body{"templates/fuzz/body.en.md", layout};
  (void)cp::render_strict(body, values, nullptr, diags,
                          [](const std::string& value) { return cp::markdown_escape(value); });
  (void)cp::format_all(diags, sources);
  return 0;
}
