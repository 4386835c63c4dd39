#pragma once
// Lookups over the page plan that many pages make (the search page, a
// cluster's documents, the guide's chapters), built once per build on
// first use: scanning the plan for each page made rendering quadratic.
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "pages/page_plan.h"

namespace cp {

struct PlanIndex {
  std::map<Language, const Page*> search;
  std::map<std::pair<std::string, Language>, std::vector<const Page*>> documents;  // by parent key
  std::map<Language, std::vector<const Page*>> chapters;  // in chapter order
  // The first cluster document each template makes, by (template id,
  // language): the resource pack index links it as an example.
  // Keyed also "template/body" for a body's terms of reference.
  std::map<std::pair<std::string, Language>, const Page*> first_document;
};

struct LazyPlanIndex {
  std::once_flag built;
  PlanIndex index;
};

// The index of `plan`, built in `lazy` by the first caller (of any thread).
const PlanIndex& plan_index(LazyPlanIndex& lazy, const PagePlan& plan);

}  // namespace cp
