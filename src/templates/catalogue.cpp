#include "templates/catalogue.h"

#include <algorithm>
#include <set>

#include "data/load_yaml_file.h"
#include "data/reader.h"

namespace cp {

const std::vector<std::string> kTemplateNeeds = {
    "terms_of_reference", "voting",          "risks",          "decisions",  "sbars",         "business_cases",
    "vision",             "business_plan",   "logic_model",    "cnd",        "self_assessment", "prioritisation",
    "annual_reports",     "meetings",        "interests"};
const std::vector<std::string> kTemplatePer = {"cluster",       "sbar", "business-case", "cnd-year",
                                               "annual-report", "body", "meeting"};

namespace {

// Template prose may use {{{…}}} or {{&…}} only for governance blocks, so
// that no data value can ever skip the Markdown escaping.
void check_unescaped_tags(const CompiledTemplate& body, Diagnostics& diags) {
  for (const auto& tag : mustache_tags(body.text)) {
    if (tag.sigil != '{' && tag.sigil != '&') continue;
    const std::string& name = tag.name;
    if (name.rfind("block.", 0) == 0) continue;
    diags.error(location_of_offset(body.path, body.text, tag.offset),
                "'" + name + "' is placed without escaping",
                "use {{" + name + "}}: only governance blocks ({{{block.name}}}) are placed as they are");
  }
}

bool load_one(const FileSystem& fs, const std::string& id, const std::vector<Language>& languages,
              Diagnostics& diags, SourceRegistry& sources, GovernanceTemplate& t) {
  const std::string dir = "templates/" + id;
  const std::string file = dir + "/template.yaml";
  YamlNode root;
  if (!load_yaml_file(fs, file, diags, sources, root)) return false;
  int before = diags.error_count();
  DataReader r(file, diags);
  Fields f(r, root, "the template settings");
  t.id = id;
  if (auto n = f.required("title"))
    if (auto v = r.bilingual(*n)) t.title = *v;
  if (auto n = f.optional("pack"))
    if (auto v = r.integer(*n, 1, 999)) t.pack = static_cast<int>(*v);
  if (auto n = f.optional("per"))
    if (auto v = r.one_of(*n, kTemplatePer)) t.per = *v;
  if (auto n = f.required("needs"))
    if (auto v = r.one_of(*n, kTemplateNeeds)) t.needs = *v;
  if (auto n = f.optional("signed"))
    if (auto v = r.boolean(*n)) t.signed_document = *v;
  if (auto n = f.optional("order"))
    if (auto v = r.integer(*n, 0, 1000)) t.order = static_cast<int>(*v);
  for (Language lang : languages) {
    std::string path = dir + "/body." + code(lang) + ".md";
    auto text = fs.read(path);
    if (!text) {
      diags.error({path, 0, 0}, "the template has no " + std::string(lang == Language::cy ? "Welsh" : "English") + " body",
                  "every template is written in both languages: body.en.md and body.cy.md");
      continue;
    }
    sources.add(path, *text);
    CompiledTemplate body{path, *text};
    kainjow::mustache::mustache check(body.text);
    if (!check.is_valid()) {
      Diagnostics syntax;
      render_strict(body, TemplateData(), nullptr, syntax);
      diags.append(syntax);
      continue;
    }
    check_unescaped_tags(body, diags);
    t.bodies[lang] = body;
  }
  return diags.error_count() == before;
}

}  // namespace

bool load_templates(const FileSystem& fs, const std::vector<Language>& languages, Diagnostics& diags,
                    SourceRegistry& sources, std::vector<GovernanceTemplate>& out) {
  std::set<std::string> ids;
  for (const auto& path : fs.list_files("templates")) {
    std::string rest = path.substr(std::string("templates/").size());
    size_t slash = rest.find('/');
    if (slash == std::string::npos) {
      diags.error({path, 0, 0}, "unexpected file in templates/", "each template is a folder: templates/<id>/");
      continue;
    }
    std::string id = rest.substr(0, slash);
    std::string name = rest.substr(slash + 1);
    bool known = name == "template.yaml";
    for (Language lang : languages) known = known || name == "body." + code(lang) + ".md";
    if (!known) diags.error({path, 0, 0}, "unexpected file in a template folder", "a template has template.yaml and body.<lang>.md");
    ids.insert(id);
  }
  bool ok = true;
  for (const auto& id : ids) {
    GovernanceTemplate t;
    ok = load_one(fs, id, languages, diags, sources, t) && ok;
    // Kept even when a body is missing, so the translation report lists it;
    // documents are only generated from templates with every body.
    if (!t.id.empty()) out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  return ok;
}

}  // namespace cp
