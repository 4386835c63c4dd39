#pragma once
// Every piece of text people read in a cluster file, with a name for it,
// so the translation report can say exactly which field lacks Welsh.
#include <functional>
#include <string>

#include "data/values.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "model/cnd.h"

namespace cp {

using TextVisitor = std::function<void(const std::string& field, const Text& text)>;

void for_each_text(const Cluster& cluster, const TextVisitor& visit);
void for_each_text(const std::vector<HealthBoard>& boards, const TextVisitor& visit);
void for_each_text(const std::vector<PackCategory>& packs, const TextVisitor& visit);
void for_each_text(const CndSet& set, const TextVisitor& visit);

}  // namespace cp
