#include "model/cnd.h"

#include <cctype>
#include <set>

#include "data/load_yaml_file.h"
#include "data/reader.h"

namespace cp {

std::vector<const CndItem*> CndSet::items() const {
  std::vector<const CndItem*> out;
  for (const auto& i : indicators)
    for (const auto& item : i.items) out.push_back(&item);
  return out;
}

const CndItem* CndSet::item(const std::string& key) const {
  for (const auto* item : items())
    if (item->key == key) return item;
  return nullptr;
}

const CndIndicator* CndSet::indicator(const std::string& code) const {
  for (const auto& i : indicators)
    if (i.code == code) return &i;
  return nullptr;
}

bool is_cnd_file(const std::string& path) {
  // content/cnd/2017-18.yaml
  const std::string prefix = "content/cnd/";
  if (path.rfind(prefix, 0) != 0) return false;
  std::string name = path.substr(prefix.size());
  return name.find('/') == std::string::npos && name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0;
}

namespace {

// "2017-18" from the file name → "2017/18"; "" when the name is not a year.
std::string year_of_file(const std::string& path) {
  std::string name = path.substr(path.rfind('/') + 1);
  name.resize(name.size() - 5);
  bool ok = name.size() == 7 && name[4] == '-';
  for (size_t i = 0; ok && i < name.size(); ++i) ok = i == 4 || std::isdigit(static_cast<unsigned char>(name[i]));
  if (!ok) return "";
  int first = std::stoi(name.substr(0, 4)), second = std::stoi(name.substr(5, 2));
  if ((first + 1) % 100 != second) return "";
  return name.substr(0, 4) + "/" + name.substr(5, 2);
}

}  // namespace

bool read_cnd_set(const std::string& file, const YamlNode& root, Diagnostics& diags, CndSet& out) {
  int before = diags.error_count();
  DataReader r(file, diags);
  Fields f(r, root, "the indicator set");
  if (!f.ok()) return false;
  out.file = file;
  const YamlNode* total_node = nullptr;
  if (auto n = f.required("year")) {
    if (auto y = r.text(*n)) {
      out.year = *y;
      std::string expected = year_of_file(file);
      if (expected.empty())
        r.error(*n, "the file name does not give the year", "name the file after the year, e.g. content/cnd/2017-18.yaml");
      else if (*y != expected)
        r.error(*n, "the year '" + *y + "' does not match the file name (" + expected + ")",
                "name the file after the year it holds");
    }
  }
  if (auto n = f.required("title"))
    if (auto t = r.bilingual(*n)) out.title = *t;
  if (auto n = f.required("total_points")) {
    total_node = n;
    if (auto v = r.integer(*n, 1, 10000)) out.total_points = static_cast<int>(*v);
  }
  KeyLines codes;
  auto points = [&](const YamlNode& node) -> int {
    auto v = r.integer(node, 1, 1000);
    return v ? static_cast<int>(*v) : 0;
  };
  if (auto n = f.required("indicators")) {
    r.list(*n, [&](const YamlNode& item) {
      Fields inf(r, item, "an indicator");
      CndIndicator ind;
      bool ok = inf.ok();
      if (auto x = inf.required("code")) {
        auto code = r.id(*x);
        if (code && !r.first_time(codes, "indicator code", *code, *x)) {
          code.reset();
        }
        ok = ok && code;
        if (code) ind.code = *code;
      }
      if (auto x = inf.required("title"))
        if (auto t = r.bilingual(*x)) ind.title = *t;
      if (auto x = inf.required("description"))
        if (auto t = r.bilingual(*x)) ind.description = *t;
      const YamlNode* whole_points = inf.optional("points");
      const YamlNode* whole_due = inf.optional("due");
      const YamlNode* parts = inf.optional("parts");
      if (parts && (whole_points || whole_due)) {
        r.error(whole_points ? *whole_points : *whole_due, "an indicator with parts gives its points and due dates per part",
                "move 'points' and 'due' into each part");
        ok = false;
      } else if (parts) {
        ind.split = true;
        KeyLines part_ids;
        r.list(*parts, [&](const YamlNode& p) {
          Fields pf(r, p, "a part of an indicator");
          CndItem c;
          c.code = ind.code;
          if (auto y = pf.required("id")) {
            if (auto id = r.id(*y)) {
              r.first_time(part_ids, "part id", *id, *y, "in indicator '" + ind.code + "'");
              c.part = *id;
            }
          }
          if (auto y = pf.required("title"))
            if (auto t = r.bilingual(*y)) c.title = *t;
          if (auto y = pf.required("points")) c.points = points(*y);
          if (auto y = pf.required("due")) c.due = r.date(*y);
          c.key = ind.code + "." + c.part;
          if (pf.ok() && !c.part.empty()) ind.items.push_back(c);
        });
      } else {
        CndItem c;
        c.key = c.code = ind.code;
        c.title = ind.title;
        if (whole_points) c.points = points(*whole_points);
        else r.error(item, "indicator '" + ind.code + "' has no points", "give 'points' and 'due', or 'parts'");
        if (whole_due) c.due = r.date(*whole_due);
        else r.error(item, "indicator '" + ind.code + "' has no due date", "give 'due: YYYY-MM-DD'");
        ind.items.push_back(c);
      }
      if (ok) out.indicators.push_back(ind);
    });
  }
  if (diags.error_count() == before && total_node) {
    int sum = 0;
    for (const auto* item : out.items()) sum += item->points;
    if (sum != out.total_points)
      r.error(*total_node,
              "the indicators add up to " + std::to_string(sum) + " points, not " + std::to_string(out.total_points),
              "check each indicator's points against the contract, or correct total_points");
  }
  return diags.error_count() == before;
}

bool load_cnd_sets(const FileSystem& fs, const std::vector<std::string>& files, Diagnostics& diags,
                   SourceRegistry& sources, std::vector<CndSet>& out) {
  bool ok = true;
  std::set<std::string> years;
  for (const auto& path : files) {
    YamlNode root;
    if (!load_yaml_file(fs, path, diags, sources, root)) {
      ok = false;
      continue;
    }
    CndSet set;
    if (!read_cnd_set(path, root, diags, set)) {
      ok = false;
      continue;
    }
    if (!years.insert(set.year).second) continue;  // the file name check already tells them apart
    out.push_back(std::move(set));
  }
  return ok;
}

const CndSet* find_cnd_set(const std::vector<CndSet>& sets, const std::string& year) {
  for (const auto& s : sets)
    if (s.year == year) return &s;
  return nullptr;
}

}  // namespace cp
