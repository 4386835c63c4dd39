#include "model/catalogue.h"

#include <set>

#include "data/reader.h"
#include "data/load_yaml_file.h"

namespace cp {

bool load_health_boards(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources,
                        std::vector<HealthBoard>& out) {
  const std::string file = "content/health-boards.yaml";
  YamlNode root;
  if (!load_yaml_file(fs, file, diags, sources, root)) return false;
  int before = diags.error_count();
  DataReader r(file, diags);
  Fields f(r, root, "the health boards file");
  KeyLines ids;
  if (auto boards = f.required("boards")) {
    r.list(*boards, [&](const YamlNode& item) {
      Fields bf(r, item, "a health board");
      HealthBoard b;
      if (auto n = bf.required("id")) {
        if (auto id = r.id(*n)) {
          // A duplicate is reported once and dropped, not planned twice.
          if (r.first_time(ids, "health board id", *id, *n)) b.id = *id;
        }
      }
      if (auto n = bf.required("name"))
        if (auto t = r.bilingual(*n)) b.name = *t;
      if (auto n = bf.optional("area"))
        if (auto t = r.bilingual(*n)) b.area = *t;
      if (bf.ok() && !b.id.empty()) out.push_back(b);
    });
  }
  return diags.error_count() == before;
}

bool load_packs(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, std::vector<PackCategory>& out) {
  const std::string file = "content/resource-pack/packs.yaml";
  YamlNode root;
  if (!load_yaml_file(fs, file, diags, sources, root)) return false;
  int before = diags.error_count();
  DataReader r(file, diags);
  Fields f(r, root, "the resource pack index");
  KeyLines category_ids, pack_ids, numbers;
  if (auto categories = f.required("categories")) {
    r.list(*categories, [&](const YamlNode& item) {
      Fields cf(r, item, "a category");
      PackCategory c;
      if (auto n = cf.required("id"))
        if (auto id = r.id(*n)) {
          r.first_time(category_ids, "category id", *id, *n);
          c.id = *id;
        }
      if (auto n = cf.required("title"))
        if (auto t = r.bilingual(*n)) c.title = *t;
      if (auto packs = cf.required("packs")) {
        r.list(*packs, [&](const YamlNode& p) {
          Fields pf(r, p, "a pack");
          Pack pack;
          if (auto n = pf.optional("number"))
            if (auto v = r.integer(*n, 1, 999)) {
              r.first_time(numbers, "pack number", std::to_string(*v), *n);
              pack.number = static_cast<int>(*v);
            }
          if (auto n = pf.required("id"))
            if (auto id = r.id(*n)) {
              r.first_time(pack_ids, "pack id", *id, *n);
              pack.id = *id;
            }
          if (auto n = pf.required("title"))
            if (auto t = r.bilingual(*n)) pack.title = *t;
          if (auto n = pf.optional("description"))
            if (auto t = r.bilingual(*n)) pack.description = *t;
          if (auto n = pf.optional("template")) {
            pack.template_where = r.at(*n);
            if (auto t = r.id(*n)) pack.template_id = *t;
          }
          if (auto n = pf.optional("body"))
            if (auto t = r.one_of(*n, {"stakeholder-board", "leadership-team"})) pack.body = *t;
          if (auto n = pf.optional("status"))
            if (auto t = r.one_of(*n, {"awaiting"})) pack.awaiting = true;
          if (pf.ok()) c.packs.push_back(pack);
        });
      }
      if (cf.ok()) out.push_back(c);
    });
  }
  return diags.error_count() == before;
}

}  // namespace cp
