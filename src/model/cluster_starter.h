#pragma once
// The file `clusterpack new cluster` writes: a commented cluster file that
// passes `check` and already makes a Terms of Reference and a voting
// system, in English and in Welsh. The other sections are there, commented
// out, each valid once its '#' marks are removed.
#include <string>

#include "data/values.h"

namespace cp {

// The line after which every line is a commented-out section: removing the
// leading "# " of each gives valid data (a test checks it).
extern const char* const kStarterOptionalSections;

// `path` is where the file is written, as its comments give it in commands.
// `today` dates the terms (agreed today, reviewed a year on), so a new file
// has nothing overdue.
std::string cluster_starter_file(const std::string& board_id, const std::string& cluster_id, const std::string& path,
                                 const Date& today);

}  // namespace cp
