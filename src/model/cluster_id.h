#pragma once
// The rule for a cluster's id, which is its file name and part of its web
// address: lowercase letters a–z, digits and '-', at most 64 characters.
// `new cluster` and the loader apply the same rule, so a file named
// "Teifi Valley.yaml" is refused rather than published with a space in
// its links.
#include <string>

namespace cp {

bool is_cluster_id(const std::string& id);
// An id for a name that is not one: "Teifi Valley" -> "teifi-valley"
// (Welsh accented letters lose their accent). Empty when nothing is left.
std::string cluster_id_for(const std::string& name);

}  // namespace cp
