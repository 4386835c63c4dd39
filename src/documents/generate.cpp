#include "documents/generate.h"

#include <algorithm>
#include <functional>
#include <map>

#include "doc/markdown.h"
#include "documents/blocks.h"
#include "documents/cluster_view.h"
#include "i18n/dates.h"
#include "templates/markdown_escape.h"

namespace cp {

bool cluster_has(const Cluster& c, const std::string& needs) {
  if (needs == "terms_of_reference") return !c.bodies.empty();
  if (needs == "meetings") return !c.meetings.empty();
  if (needs == "interests") return !c.interests.empty();
  if (needs == "voting") return c.voting.present;
  if (needs == "risks") return !c.risks.empty();
  if (needs == "decisions") return !c.decisions.empty();
  if (needs == "sbars") return !c.sbars.empty();
  if (needs == "business_cases") return !c.business_cases.empty();
  if (needs == "vision") return c.vision.present;
  if (needs == "business_plan") return c.business_plan.present;
  if (needs == "logic_model") return c.logic_model.present;
  if (needs == "cnd") return !c.cnd.empty();
  if (needs == "self_assessment") return c.self_assessment.present;
  if (needs == "prioritisation") return c.prioritisation.present;
  if (needs == "annual_reports") return !c.annual_reports.empty();
  return false;
}

namespace {

// Block placeholders render as a marker that data can never produce: YAML
// forbids C0 control characters in content, and libyaml enforces it.
const char kMarker = '\x01';

std::string marker(const std::string& name) { return std::string(1, kMarker) + name + std::string(1, kMarker); }

// Replaces every paragraph that is exactly one block marker by the block.
void place_blocks(DocNode& node, const BlockContext& ctx, const std::string& file, Diagnostics& diags) {
  std::vector<DocNode> out;
  out.reserve(node.children.size());
  for (auto& child : node.children) {
    if (child.kind == NodeKind::Paragraph && child.children.size() == 1 &&
        child.children[0].kind == NodeKind::Text) {
      const std::string& text = child.children[0].text;
      if (text.size() > 2 && text.front() == kMarker && text.back() == kMarker) {
        std::string name = text.substr(1, text.size() - 2);
        if (auto block = build_block(name, ctx)) {
          for (auto& b : *block) out.push_back(std::move(b));
        } else {
          diags.error(child.where, "the block '" + name + "' cannot be used in this template",
                      block_requirement_hint());
        }
        continue;
      }
    }
    bool stray = false;
    walk(child, [&](const DocNode& n) { stray = stray || (n.kind == NodeKind::Text && n.text.find(kMarker) != std::string::npos); });
    if (stray && child.kind != NodeKind::List && child.kind != NodeKind::BlockQuote && child.kind != NodeKind::Item) {
      diags.error(child.where.line ? child.where : Location{file, 0, 0}, "a governance block must stand alone on its own line",
                  "put {{{block.name}}} on a line of its own, with blank lines around it");
      continue;
    }
    place_blocks(child, ctx, file, diags);
    out.push_back(std::move(child));
  }
  node.children = std::move(out);
}

// `view` is the cluster's names in `lang`; `data` adds the document's own.
DocNode render_one(const GovernanceTemplate& t, Language lang, const TemplateData& view, TemplateData data,
                   const BlockContext& ctx, Diagnostics& diags) {
  TemplateData blocks;
  for (const auto& name : block_names()) blocks.set(name, marker(name));
  data.set("block", blocks);
  const CompiledTemplate& body = t.bodies.at(lang);
  auto markdown = render_strict(
      body, data, nullptr, diags, [](const std::string& value) { return markdown_escape(value); }, &view);
  if (!markdown) return {};
  DocNode tree = markdown_to_tree(*markdown, body.path, 1, diags);
  place_blocks(tree, ctx, body.path, diags);
  assign_heading_ids(tree);
  return tree;
}

}  // namespace

std::vector<DocumentPlan> plan_documents(const Cluster& cluster, const std::vector<GovernanceTemplate>& templates,
                                         const std::vector<Language>& languages, const UiStrings& strings) {
  // "<title>: <what>" in each language, `what` given per language.
  auto titled = [&](const Text& title, const std::function<std::string(Language)>& what) {
    Text out = title;
    out.en += ": " + what(Language::en);
    out.cy += ": " + what(Language::cy);
    return out;
  };
  auto body_name = [&](const std::string& body, Language lang) {
    std::string key = "body_" + body;
    std::replace(key.begin(), key.end(), '-', '_');
    return strings.get(lang, key);
  };
  std::vector<DocumentPlan> out;
  for (const auto& t : templates) {
    if (!cluster_has(cluster, t.needs)) continue;
    if (t.bodies.size() != languages.size()) continue;  // reported when the template was loaded
    auto plan = [&](const std::string& id, const Text& title) -> DocumentPlan& {
      DocumentPlan p;
      p.source = &t;
      p.id = id;
      p.title = title;
      out.push_back(std::move(p));
      return out.back();
    };
    // A per-year document is titled "<template title> <year>" and has the
    // year in its id with '-' for '/' ("annual-report/2026-27").
    auto year_title = [&](const std::string& year) {
      Text title = t.title;
      title.en += " " + year;
      title.cy += " " + year;
      return title;
    };
    auto year_id = [](std::string year) {
      for (auto& ch : year)
        if (ch == '/') ch = '-';
      return year;
    };
    if (t.per == "sbar") {
      for (const auto& s : cluster.sbars) plan(t.id + "/" + s.id, s.title).sbar = &s;
    } else if (t.per == "business-case") {
      for (const auto& b : cluster.business_cases) plan(t.id + "/" + b.id, b.title).business_case = &b;
    } else if (t.per == "cnd-year") {
      for (const auto& y : cluster.cnd) plan(t.id + "/" + year_id(y.year), year_title(y.year)).cnd = &y;
    } else if (t.per == "annual-report") {
      for (const auto& r : cluster.annual_reports) plan(t.id + "/" + year_id(r.year), year_title(r.year)).report = &r;
    } else if (t.per == "body") {
      // A file with one terms_of_reference keeps its one document (and its
      // address); a file with bodies has one per body.
      if (!cluster.bodies_declared) {
        if (!cluster.bodies.empty()) plan(t.id, t.title).body = &cluster.bodies.front();
      } else {
        for (const auto& b : cluster.bodies)
          plan(t.id + "/" + b.id, titled(t.title, [&](Language lang) { return body_name(b.id, lang); }))
              .body = &b;
      }
    } else if (t.per == "meeting") {
      for (const auto& m : cluster.meetings)
        plan(t.id + "/" + m.id, titled(t.title, [&](Language lang) {
               return body_name(m.body, lang) + ", " + format_date(m.date, lang);
             })).meeting = &m;
    } else {
      plan(t.id, t.title);
    }
  }
  return out;
}

std::vector<GeneratedDocument> render_documents(const GenerateInputs& in, std::span<const DocumentPlan> plans,
                                                Diagnostics& diags) {
  std::vector<GeneratedDocument> out;
  out.reserve(plans.size());
  // The cluster's names, built once per language rather than once per
  // document: building them was a third of the document stage.
  std::map<Language, TemplateData> views;
  for (Language lang : in.languages)
    views[lang] = cluster_view({in.cluster, in.board, in.strings, lang, in.today, in.guide, in.cnd_sets});
  for (const auto& p : plans) {
    GeneratedDocument doc;
    doc.source = p.source;
    doc.id = p.id;
    doc.title = p.title;
    for (Language lang : in.languages) {
      ViewContext view{in.cluster, in.board, in.strings, lang, in.today, in.guide, in.cnd_sets};
      BlockContext ctx{view, p.sbar, p.business_case, p.cnd, p.report, p.body, p.meeting};
      TemplateData data;
      if (p.sbar) data.set("sbar", sbar_view(view, *p.sbar));
      if (p.business_case) data.set("case", business_case_view(view, *p.business_case));
      if (p.cnd) data.set("cnd", cnd_view(view, *p.cnd));
      if (p.report) data.set("report", report_view(view, *p.report));
      if (p.body) data.set("tor", terms_view(view, *p.body));
      if (p.meeting) data.set("meeting", meeting_view(view, *p.meeting));
      doc.trees[lang] = render_one(*p.source, lang, views.at(lang), std::move(data), ctx, diags);
    }
    out.push_back(std::move(doc));
  }
  return out;
}

std::vector<GeneratedDocument> generate_documents(const GenerateInputs& in, Diagnostics& diags) {
  return render_documents(in, plan_documents(in.cluster, in.templates, in.languages, in.strings), diags);
}

}  // namespace cp
