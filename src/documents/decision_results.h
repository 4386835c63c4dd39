#pragma once
// A cluster's decision, as the governance rules see it: the vote record
// built from the data, and the computed outcome.
#include "governance/decision_outcome.h"
#include "model/cluster.h"

namespace cp {

VoteRecord vote_record(const Cluster& cluster, const Decision& decision);
DecisionResult decision_result(const Cluster& cluster, const Decision& decision);
const Decision* find_decision(const Cluster& cluster, const std::string& id);

}  // namespace cp
