#pragma once
// Reads content/clusters/<board>/<cluster>.yaml strictly into a Cluster:
// types, enums, ranges, dates, money, unknown and duplicate keys, and
// references by id (people, members, risks, SBARs, decisions, criteria).
#include <string>
#include <vector>

#include "data/yaml_tree.h"
#include "diag/diagnostic.h"
#include "model/cluster.h"

namespace cp {

// `known_boards`: ids from content/health-boards.yaml, for `health_board`.
bool read_cluster(const std::string& file, const YamlNode& root, const std::vector<std::string>& known_boards,
                  Diagnostics& diags, Cluster& out);

// The enumerations of the contract (also used by the JSON Schema).
namespace enums {
extern const std::vector<std::string> member_types, frequencies, majorities, majority_of, casting_vote,
    conflicts, risk_categories, risk_status, action_status, sbar_purpose, funding_sources, tor_bodies, plan_likelihood,
    key_action_status, interest_kinds;
}

}  // namespace cp
