#pragma once
// The cluster file's contract as a JSON Schema (draft 2020-12), for editors
// (the VS Code YAML extension completes and checks fields with it). Built
// from the same enumerations the loader uses, so the two cannot drift.
#include <string>

namespace cp {

std::string cluster_json_schema();

}  // namespace cp
