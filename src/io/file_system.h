#pragma once
// All reading of the source tree goes through this interface (ninja's
// disk_interface habit): a real version over a directory, and an in-memory
// one for tests and fuzzing. Paths are relative to the source root and use
// '/'; nothing outside the root can be reached through it.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cp {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The file's bytes, or nullopt when it does not exist or is not a
  // regular file inside the root.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  // Every regular file below `dir` (relative to the root), sorted. Entries
  // that leave the root (symlinks pointing out) are listed in `escaping`.
  virtual std::vector<std::string> list_files(const std::string& dir,
                                              std::vector<std::string>* escaping = nullptr) const = 0;
  virtual bool is_directory(const std::string& dir) const = 0;
};

class DiskFileSystem : public FileSystem {
 public:
  explicit DiskFileSystem(std::string root);
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>* escaping = nullptr) const override;
  bool is_directory(const std::string& dir) const override;
  const std::string& root() const { return root_; }

 private:
  bool inside_root(const std::string& absolute) const;
  std::string root_;  // canonical absolute path
};

class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>* escaping = nullptr) const override;
  bool is_directory(const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
};

// The whole of the file at `path` (any path: the build cache, fonts), or
// nullopt when it cannot be read.
std::optional<std::string> read_file_at(const std::string& path);

// True when `path` is relative, uses no "..", "." or empty segments.
bool is_safe_relative_path(const std::string& path);

}  // namespace cp
