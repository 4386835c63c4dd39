#include "site/translation_report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "io/json_writer.h"
#include "model/text_fields.h"

namespace cp {

int TranslationReport::lacking() const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [](const auto& i) { return !i.complete(); }));
}

TranslationReport translation_report(const SiteInputs& in) {
  TranslationReport r;
  std::map<std::string, TranslationItem> pages;
  for (const auto& p : in.content.pages) {
    TranslationItem& item = pages[p.key];
    item.area = "pages";
    item.name = p.key;
    if (item.where.file.empty() || p.lang == Language::en) item.where = {p.path, 0, 0};
    (p.lang == Language::en ? item.has_en : item.has_cy) = true;
  }
  for (auto& [key, item] : pages) r.items.push_back(item);
  for (const auto& t : in.templates)
    r.items.push_back({"templates", t.id, {"templates/" + t.id, 0, 0}, t.bodies.count(Language::en) > 0,
                       t.bodies.count(Language::cy) > 0});
  for (const auto& key : in.strings.keys())
    r.items.push_back({"ui-strings", key, {in.theme_dir + "/i18n", 0, 0}, in.strings.has(Language::en, key),
                       in.strings.has(Language::cy, key)});
  auto data = [&](const std::string& file) {
    return [&r, file](const std::string& field, const Text& text) {
      if (text.en.empty() && text.cy.empty()) return;  // an optional field left out
      r.items.push_back({"data", file + "#" + field, text.where, !text.en.empty(), !text.cy.empty()});
    };
  };
  for (const auto& c : in.clusters) for_each_text(c, data(c.file));
  for_each_text(in.boards, data("content/health-boards.yaml"));
  for_each_text(in.packs, data("content/resource-pack/packs.yaml"));
  for (const auto& set : in.cnd_sets) for_each_text(set, data(set.file));
  return r;
}

namespace {

struct Counts {
  int total = 0, complete = 0, no_cy = 0, no_en = 0;
  std::string parity() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", total ? 100.0 * complete / total : 100.0);
    return buffer;
  }
};

std::map<std::string, Counts> count(const TranslationReport& report) {
  std::map<std::string, Counts> out;
  for (const auto& i : report.items) {
    for (const std::string& area : {i.area, std::string("all")}) {
      Counts& c = out[area];
      ++c.total;
      c.complete += i.complete();
      c.no_cy += !i.has_cy;
      c.no_en += !i.has_en;
    }
  }
  return out;
}

const std::vector<std::string> kAreas = {"pages", "templates", "ui-strings", "data", "all"};

}  // namespace

std::string format_report_text(const TranslationReport& report) {
  std::string out;
  for (const auto& i : report.items) {
    if (i.complete()) continue;
    std::string where = i.where.file + (i.where.line ? ":" + std::to_string(i.where.line) + ":" + std::to_string(i.where.col) : "");
    out += where + ": " + i.area + " " + i.name + " lacks " + (!i.has_cy ? "Welsh (cy)" : "English (en)") + "\n";
  }
  auto counts = count(report);
  out += "\narea         items  complete  lack cy  lack en  parity\n";
  for (const auto& area : kAreas) {
    const Counts& c = counts[area];
    char line[128];
    std::snprintf(line, sizeof line, "%-11s %6d %9d %8d %8d  %s%%\n", area.c_str(), c.total, c.complete, c.no_cy, c.no_en,
                  c.parity().c_str());
    out += line;
  }
  return out;
}

std::string format_report_json(const TranslationReport& report) {
  auto counts = count(report);
  JsonWriter json;
  json.begin_object(true).key("summary").begin_object(true);
  for (const auto& area : kAreas) {
    const Counts& c = counts[area];
    json.key(area)
        .begin_object()
        .member("items", c.total)
        .member("complete", c.complete)
        .member("lack_cy", c.no_cy)
        .member("lack_en", c.no_en)
        .key("parity")
        .number(c.parity())
        .end_object();
  }
  json.end_object().key("lacking").begin_array(true);
  for (const auto& i : report.items) {
    if (i.complete()) continue;
    json.begin_object()
        .member("area", i.area)
        .member("name", i.name)
        .member("file", i.where.file)
        .member("line", i.where.line)
        .member("lacks", code(!i.has_cy ? Language::cy : Language::en))
        .end_object();
  }
  return json.end_array().end_object().text() + "\n";
}

}  // namespace cp
