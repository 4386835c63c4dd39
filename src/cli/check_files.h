#pragma once
// `clusterpack check FILE...`: each cluster file checked on its own, as
// `clusterpack pdf` reads it (the built-in site, or --source), with every
// document it makes rendered for its messages. Nothing is written.
#include "cli/commands.h"

namespace cp {

int run_check_files(const BuildArgs& args);

}  // namespace cp
