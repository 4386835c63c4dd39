#include "serve/watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace cp {

namespace {
constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF |
                           IN_ATTRIB;
}

Watcher::Watcher(std::string root) : root_(std::move(root)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return;
  int wd = inotify_add_watch(fd_, root_.c_str(), kMask);
  if (wd >= 0) folders_[wd] = "";
  for (const char* dir : {"content", "templates", "themes"}) add_tree(dir);
}

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
}

void Watcher::add_tree(const std::string& relative) {
  std::error_code ec;
  fs::path base = fs::path(root_) / relative;
  if (!fs::is_directory(base, ec)) return;
  auto add = [&](const fs::path& dir) {
    int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
    if (wd >= 0) folders_[wd] = fs::relative(dir, root_, ec).generic_string();
  };
  add(base);
  for (auto it = fs::recursive_directory_iterator(base, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) add(it->path());
  }
}

bool Watcher::relevant(const std::string& relative) const {
  if (relative == "site.yaml") return true;
  for (const char* dir : {"content/", "templates/", "themes/"})
    if (relative.rfind(dir, 0) == 0) {
      // Editors' temporary and backup files are not inputs.
      std::string name = relative.substr(relative.rfind('/') + 1);
      return !name.empty() && name[0] != '.' && name.back() != '~' && name.find(".swp") == std::string::npos;
    }
  return false;
}

std::vector<std::string> Watcher::wait(std::chrono::milliseconds timeout, std::chrono::milliseconds settle) {
  std::set<std::string> changed;
  if (fd_ < 0) return {};
  auto read_events = [&](int wait_ms) {
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, wait_ms) <= 0) return false;
    alignas(inotify_event) char buffer[64 * 1024];
    ssize_t n;
    bool any = false;
    while ((n = read(fd_, buffer, sizeof buffer)) > 0) {
      for (char* at = buffer; at < buffer + n;) {
        auto* e = reinterpret_cast<inotify_event*>(at);
        at += sizeof(inotify_event) + e->len;
        auto folder = folders_.find(e->wd);
        if (folder == folders_.end() || e->len == 0) continue;
        std::string rel = folder->second.empty() ? e->name : folder->second + "/" + e->name;
        if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) {
          add_tree(rel);
          changed.insert(rel + "/");  // a new folder: its files count as added
          any = true;
          continue;
        }
        if (relevant(rel)) {
          changed.insert(rel);
          any = true;
        }
      }
    }
    return any;
  };
  if (!read_events(static_cast<int>(timeout.count()))) return {};
  while (read_events(static_cast<int>(settle.count()))) {
  }
  return {changed.begin(), changed.end()};
}

}  // namespace cp
