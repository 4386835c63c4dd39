#pragma once
// Checks of a cluster file against the rest of the site's content, made
// after everything is loaded: its CND years and indicator codes against
// the indicator sets of content/cnd/, and its self-assessment against the
// guide's key actions.
#include <vector>

#include "diag/diagnostic.h"
#include "model/cluster.h"
#include "model/cnd.h"
#include "model/key_actions.h"

namespace cp {

void check_cluster_content(const Cluster& cluster, const std::vector<CndSet>& cnd_sets, const KeyActionGuide& guide,
                           Diagnostics& diags);

}  // namespace cp
