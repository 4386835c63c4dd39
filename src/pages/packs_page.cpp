// The resource pack index: every pack by category, whether the site
// generates it, and an example of a generated one made on this site.
#include "pages/kind_data.h"
#include "pages/urls.h"

namespace cp {

namespace {

TemplateData pack_entry(const PageContext& at, const Pack& pk) {
  TemplateData e;
  e.set("has_number", pk.number.has_value());
  e.set("number", pk.number ? std::to_string(*pk.number) : "");
  e.set("title", pk.title.in(at.lang));
  e.set("description", pk.description.in(at.lang));
  bool generated = !pk.template_id.empty() && at.site.template_ids.count(pk.template_id);
  std::string status = pk.awaiting ? "awaiting" : generated ? "generated" : "not_available";
  e.set("status_label", at.t("pack_status_" + status));
  e.set("status", status);
  // What makes a generated entry: the data it is made from, and an
  // example of it on this site.
  const auto& firsts = at.index().first_document;
  auto example = firsts.find({pk.body.empty() ? pk.template_id : pk.template_id + "/" + pk.body, at.lang});
  if (example == firsts.end()) example = firsts.find({pk.template_id, at.lang});
  const Page* made = generated && example != firsts.end() ? example->second : nullptr;
  e.set("has_example", made != nullptr);
  e.set("made_from", made ? made->document->made_from : "");
  e.set("example_href", made ? relative_href(at.page.url, made->url) : "");
  e.set("example_title", made ? made->document->cluster->name.in(at.lang) + ": " + made->title : "");
  return e;
}

}  // namespace

void add_packs_data(const PageContext& at, TemplateData& d) {
  TemplateList categories;
  for (const auto& c : at.site.packs) {
    TemplateData cat;
    cat.set("id", c.id);
    cat.set("title", c.title.in(at.lang));
    TemplateList packs;
    for (const auto& pk : c.packs) packs.push_back(pack_entry(at, pk));
    cat.set("packs", packs);
    categories.push_back(cat);
  }
  d.set("categories", categories);
}

}  // namespace cp
