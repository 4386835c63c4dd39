#pragma once
// Watches the site's inputs (site.yaml, content/, templates/, themes/) with
// inotify, including folders created later and editors that save by writing
// a new file and renaming it over the old one.
#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace cp {

class Watcher {
 public:
  explicit Watcher(std::string root);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  bool ok() const { return fd_ >= 0; }
  // Waits up to `timeout` for changes, then collects the burst that follows
  // (editors write several events per save) for `settle`. Returns changed
  // paths relative to the root, sorted; empty on timeout.
  std::vector<std::string> wait(std::chrono::milliseconds timeout, std::chrono::milliseconds settle);

 private:
  void add_tree(const std::string& relative);
  bool relevant(const std::string& relative) const;
  std::string root_;
  int fd_ = -1;
  std::map<int, std::string> folders_;  // watch descriptor → folder relative to root ("" = root)
};

}  // namespace cp
