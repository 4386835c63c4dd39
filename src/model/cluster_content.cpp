#include "model/cluster_content.h"

#include "diag/suggest.h"

namespace cp {

namespace {

void check_cnd(const Cluster& c, const std::vector<CndSet>& sets, Diagnostics& diags) {
  std::vector<std::string> years;
  for (const auto& s : sets) years.push_back(s.year);
  for (const auto& y : c.cnd) {
    const CndSet* set = find_cnd_set(sets, y.year);
    if (!set) {
      std::string hint = years.empty() ? "no indicator set is defined: add one as content/cnd/<YYYY-YY>.yaml"
                                       : suggestion_hint(y.year, years);
      diags.error(y.year_where, "there is no CND indicator set for " + y.year, hint);
      continue;
    }
    std::vector<std::string> keys;
    for (const auto* item : set->items()) keys.push_back(item->key);
    for (const auto& p : y.practices) {
      for (const auto& code : p.achieved) {
        if (set->item(code.id)) continue;
        const CndIndicator* whole = set->indicator(code.id);
        if (whole && whole->split) {
          std::string parts;
          for (size_t i = 0; i < whole->items.size(); ++i)
            parts += (i == 0 ? "" : i + 1 == whole->items.size() ? " or " : ", ") + whole->items[i].key;
          diags.error(code.where, "indicator '" + code.id + "' is achieved in parts", "name the part: " + parts);
          continue;
        }
        diags.error(code.where, "unknown CND indicator '" + code.id + "' in " + set->year,
                    suggestion_hint(code.id, keys));
      }
    }
  }
}

void check_self_assessment(const Cluster& c, const KeyActionGuide& guide, Diagnostics& diags) {
  for (const auto& a : c.self_assessment.actions) {
    auto id = KeyActionGuide::parse_id(a.id);
    if (!id) continue;  // reported when read
    const GuideChapterActions* chapter = guide.chapter(id->first);
    if (!chapter) {
      diags.error(a.where, "the guide has no chapter " + std::to_string(id->first),
                  "key actions are numbered <chapter>.<action>; the guide's chapters are 1 to " +
                      std::to_string(guide.chapters.empty() ? 0 : guide.chapters.back().chapter));
      continue;
    }
    if (chapter->shared_with) {
      diags.error(a.where,
                  "chapter " + std::to_string(id->first) + " lists its key actions with chapter " +
                      std::to_string(*chapter->shared_with),
                  "use '" + std::to_string(*chapter->shared_with) + "." + std::to_string(id->second) + "'");
      continue;
    }
    int count = static_cast<int>(chapter->actions.size());
    if (id->second > count)
      diags.error(a.where,
                  "chapter " + std::to_string(id->first) + " has " + std::to_string(count) + " key action" +
                      (count == 1 ? "" : "s") + ", so there is no '" + a.id + "'",
                  "the key actions are listed at the end of each chapter of the guide");
  }
}

}  // namespace

void check_cluster_content(const Cluster& cluster, const std::vector<CndSet>& cnd_sets, const KeyActionGuide& guide,
                           Diagnostics& diags) {
  check_cnd(cluster, cnd_sets, diags);
  check_self_assessment(cluster, guide, diags);
}

}  // namespace cp
