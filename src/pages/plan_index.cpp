#include "pages/plan_index.h"

#include <algorithm>

namespace cp {

const PlanIndex& plan_index(LazyPlanIndex& lazy, const PagePlan& plan) {
  std::call_once(lazy.built, [&] {
    PlanIndex& x = lazy.index;
    for (const auto& p : plan.pages) {
      if (p.kind == PageKind::Search) x.search[p.lang] = &p;
      if (p.kind == PageKind::Document) {
        x.documents[{p.parent_key, p.lang}].push_back(&p);
        if (p.document) {
          x.first_document.emplace(std::make_pair(p.document->template_id, p.lang), &p);
          if (!p.document->body.empty())
            x.first_document.emplace(std::make_pair(p.document->template_id + "/" + p.document->body, p.lang), &p);
        }
      }
      if (p.chapter > 0 && p.key.rfind("guide/", 0) == 0) x.chapters[p.lang].push_back(&p);
    }
    for (auto& [lang, list] : x.chapters)
      std::stable_sort(list.begin(), list.end(), [](const Page* a, const Page* b) { return a->chapter < b->chapter; });
  });
  return lazy.index;
}

}  // namespace cp
