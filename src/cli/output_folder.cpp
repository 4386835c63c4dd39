#include "cli/output_folder.h"

#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace cp {

const char* const kOutputMarker = ".clusterpack-output";

std::string output_marker_text() {
  return "This folder is written by `clusterpack build`. Each build replaces all of it,\n"
         "so keep nothing else here: put the site's other files in another folder.\n";
}

namespace {

bool inside(const fs::path& child, const fs::path& parent) {
  auto c = child.lexically_normal().string(), p = parent.lexically_normal().string();
  if (!p.empty() && p.back() == '/') p.pop_back();
  return c == p || c.rfind(p + "/", 0) == 0;
}

// Up to three names of what is in `dir`, and how many more there are.
std::string some_entries(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (++count <= 3) names.push_back("'" + entry.path().filename().string() + "'");
  }
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  if (count > names.size()) out += " and " + std::to_string(count - names.size()) + " more";
  return out;
}

}  // namespace

std::string output_folder_problem(const std::string& source_dir, const std::string& output_dir, bool force) {
  std::error_code ec;
  fs::path source = fs::weakly_canonical(fs::absolute(source_dir), ec);
  fs::path output = fs::weakly_canonical(fs::absolute(output_dir), ec);
  const std::string another = "\nhint: choose another --output, e.g. output/";
  if (inside(source, output)) return "the output folder '" + output_dir + "' is the source folder or contains it" + another;
  for (const char* input : {"content", "templates", "themes"}) {
    if (inside(output, source / input))
      return "the output folder '" + output_dir + "' is inside the input folder '" + input + "/'" + another;
  }
  if (output == fs::path("/")) return "the output folder may not be '/'" + another;
  fs::file_status status = fs::symlink_status(output_dir, ec);
  if (!fs::exists(status)) return {};
  if (!fs::is_directory(fs::status(output_dir, ec)))
    return "the output '" + output_dir + "' is a file, not a folder" + another;
  if (force || fs::is_empty(output_dir, ec) || fs::exists(fs::path(output_dir) / kOutputMarker, ec)) return {};
  return "the output folder '" + output_dir + "' holds files clusterpack did not make (" + some_entries(output_dir) +
         ")\nhint: a build replaces the whole folder, so it would delete them. Build into a new or empty folder "
         "(e.g. --output output/) and copy the site from there, or pass --force to replace the folder and "
         "everything in it";
}

}  // namespace cp
