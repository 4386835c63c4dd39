#pragma once
// The cluster file's contract as a JSON Schema (draft 2020-12), for editors
// (the VS Code YAML extension completes and checks fields with it). Built
// from the description of the cluster data (cluster_description.h), which
// names the enumerations and ranges the loader checks, so the two cannot drift.
#include <string>

namespace cp {

std::string cluster_json_schema();

}  // namespace cp
