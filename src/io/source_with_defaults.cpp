#include "io/embedded_files.h"

#include <algorithm>

namespace cp {

SourceWithDefaults::SourceWithDefaults(const FileSystem& source) : source_(source) {
  for (const auto& f : embedded_files()) {
    std::string path = f.path;
    // Only the theme and the templates stand in for a site's own; the
    // built-in site's content serves `clusterpack pdf` (builtin_site()).
    if (path.rfind("themes/", 0) != 0 && path.rfind("templates/", 0) != 0) continue;
    defaults_.add(path, std::string(reinterpret_cast<const char*>(f.data), f.size));
    // The default roots are the first two segments: themes/default, templates/<id>.
    size_t first = path.find('/');
    size_t second = first == std::string::npos ? std::string::npos : path.find('/', first + 1);
    std::string root = second == std::string::npos ? path : path.substr(0, second);
    bool known = false;
    for (const auto& r : default_roots_) known = known || r == root;
    if (!known) default_roots_.push_back(root);
  }
}

bool SourceWithDefaults::from_defaults(const std::string& path) const {
  for (const auto& root : default_roots_) {
    if ((path == root || path.rfind(root + "/", 0) == 0) && !source_.is_directory(root)) return true;
  }
  return false;
}

std::optional<std::string> SourceWithDefaults::read(const std::string& path) const {
  return from_defaults(path) ? defaults_.read(path) : source_.read(path);
}

std::vector<std::string> SourceWithDefaults::list_files(const std::string& dir,
                                                        std::vector<std::string>* escaping) const {
  if (from_defaults(dir)) return defaults_.list_files(dir, escaping);
  std::vector<std::string> out = source_.list_files(dir, escaping);
  // A parent folder (e.g. "templates") lists the built-in sub-folders the
  // source does not have.
  for (const auto& root : default_roots_) {
    if (root.rfind(dir + "/", 0) == 0 && !source_.is_directory(root))
      for (const auto& f : defaults_.list_files(root)) out.push_back(f);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool SourceWithDefaults::is_directory(const std::string& dir) const {
  return from_defaults(dir) ? defaults_.is_directory(dir) : source_.is_directory(dir) || defaults_.is_directory(dir);
}

}  // namespace cp

namespace cp {

MemoryFileSystem builtin_site() {
  MemoryFileSystem site;
  for (const auto& f : embedded_files())
    if (std::string(f.path).rfind("themes/", 0) != 0 && std::string(f.path).rfind("templates/", 0) != 0)
      site.add(f.path, std::string(reinterpret_cast<const char*>(f.data), f.size));
  return site;
}

}  // namespace cp
