// The notice a language shows where a content page has no translation yet:
// it names the page and links it in the language it is written in.
#include "pages/kind_data.h"
#include "pages/page_addresses.h"

namespace cp {

void add_untranslated_data(const PageContext& at, TemplateData& d) {
  const SourcePage& original_source = *at.page.translation_of;
  const Page* original = at.site.plan.find(at.page.key, original_source.lang);
  TemplateData o;
  o.set("title", original_source.front.title);
  o.set("lang", code(original_source.lang));
  o.set("href", original ? cross_language_href(at.site.config, at.page, *original) : "#");
  d.set("original", o);
}

}  // namespace cp
