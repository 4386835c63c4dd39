#pragma once
// Where `build` may write. A build replaces its output folder whole, so it
// refuses a folder it did not make: pointed at a web root by mistake, it
// would otherwise delete the rest of that site. Each output it makes holds
// kOutputMarker, which is how the next build knows the folder is its own.
#include <string>

namespace cp {

// The marker file at the top of every output folder clusterpack writes.
extern const char* const kOutputMarker;
// Its text: says what the folder is, for whoever finds it on a server.
std::string output_marker_text();

// Why `output` may not be written from `source`, as an error message with
// its hint on the lines after "\nhint: ", or empty when it may:
// - it is the source folder, contains it, or lies inside an input folder
//   (content/, templates/, themes/), so the build would read its own output;
// - it is '/';
// - it is a file, not a folder;
// - it already holds files but not kOutputMarker (unless `force`).
std::string output_folder_problem(const std::string& source, const std::string& output, bool force);

}  // namespace cp
