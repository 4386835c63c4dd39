#include "io/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace cp {

bool is_safe_relative_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos) return false;
  if (path.find('\0') != std::string::npos) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string segment = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

DiskFileSystem::DiskFileSystem(std::string root) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(fs::absolute(root), ec);
  root_ = ec ? root : canonical.string();
}

bool DiskFileSystem::inside_root(const std::string& absolute) const {
  std::error_code ec;
  std::string real = fs::weakly_canonical(absolute, ec).string();
  if (ec) return false;
  return real == root_ || real.rfind(root_ + "/", 0) == 0;
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
  if (!is_safe_relative_path(path)) return std::nullopt;
  std::string full = root_ + "/" + path;
  std::error_code ec;
  if (!fs::is_regular_file(full, ec) || !inside_root(full)) return std::nullopt;
  return read_file_at(full);
}

std::optional<std::string> read_file_at(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir,
                                                    std::vector<std::string>* escaping) const {
  std::vector<std::string> out;
  if (!is_safe_relative_path(dir)) return out;
  std::error_code ec;
  fs::path base = fs::path(root_) / dir;
  if (!fs::is_directory(base, ec)) return out;
  // Symlinks are not followed into directories: a link that leaves the root
  // is reported, one that stays inside is read through read().
  for (auto it = fs::recursive_directory_iterator(base, fs::directory_options::none, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    // Lexically: fs::relative would follow the link and name its target.
    std::string relative = it->path().lexically_relative(root_).generic_string();
    if (it->is_symlink(ec) && !inside_root(it->path().string())) {
      if (escaping) escaping->push_back(relative);
      continue;
    }
    if (it->is_regular_file(ec)) out.push_back(relative);
  }
  std::sort(out.begin(), out.end());
  if (escaping) std::sort(escaping->begin(), escaping->end());
  return out;
}

bool DiskFileSystem::is_directory(const std::string& dir) const {
  std::error_code ec;
  return is_safe_relative_path(dir) && fs::is_directory(fs::path(root_) / dir, ec) &&
         inside_root(root_ + "/" + dir);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir,
                                                      std::vector<std::string>*) const {
  std::vector<std::string> out;
  std::string prefix = dir + "/";
  for (const auto& [path, content] : files_)
    if (path.rfind(prefix, 0) == 0) out.push_back(path);
  return out;
}

bool MemoryFileSystem::is_directory(const std::string& dir) const {
  std::string prefix = dir + "/";
  return std::any_of(files_.begin(), files_.end(),
                     [&](const auto& entry) { return entry.first.rfind(prefix, 0) == 0; });
}

}  // namespace cp
