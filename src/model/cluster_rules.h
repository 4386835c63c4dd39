#pragma once
// The rules that span several fields of a cluster file, checked after it
// was read: who may vote on a decision, proxies, dates in order, a quorum
// the membership can reach. Time-dependent checks (a review date that has
// passed) are warnings, errors with --strict.
#include <vector>

#include "data/values.h"
#include "diag/diagnostic.h"
#include "model/cluster.h"

namespace cp {

void check_cluster_rules(const Cluster& cluster, const Date& today, Diagnostics& diags);

// The rules of the governance records (meeting_rules.cpp): who attends a
// meeting and votes at it, declarations, the scheme of delegation, the
// register of interests.
void check_governance_records(const Cluster& cluster, Diagnostics& diags);

// Members with at least one vote.
int voting_member_count(const Cluster& cluster);

// The practices of the business plan's table: those it lists, or else
// every GP practice (gms-practice) among the members.
std::vector<const Member*> plan_practices(const Cluster& cluster);

}  // namespace cp
