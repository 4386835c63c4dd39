#include "io/output_writer.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <thread>
#include <vector>

#include "io/file_system.h"

namespace fs = std::filesystem;

namespace cp {

void OutputWriter::link(const std::string& path, const std::string& from) {
  auto bytes = read_file_at(from);
  if (!bytes) throw std::runtime_error("cannot read " + from);
  write(path, *bytes);
}

void MemoryOutput::write(const std::string& path, std::string_view bytes) {
  if (!is_safe_relative_path(path)) throw std::invalid_argument("unsafe output path: " + path);
  std::lock_guard<std::mutex> lock(mutex_);
  files_[path] = std::string(bytes);
}

namespace {

// Removes everything inside the open directory `dir` (closed on return):
// the kind of each entry comes from the directory listing, so a file costs
// one unlinkat (std::filesystem::remove_all also stats and opens every entry:
// four times the system calls). Links are removed, never followed.
void remove_inside(int dir) {
  DIR* listing = ::fdopendir(dir);
  if (!listing) {
    ::close(dir);
    return;
  }
  while (dirent* entry = ::readdir(listing)) {
    const char* name = entry->d_name;
    if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0) continue;
    bool is_dir = entry->d_type == DT_DIR;
    if (entry->d_type == DT_UNKNOWN) {
      struct stat st;
      is_dir = ::fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
    }
    if (is_dir) {
      int sub = ::openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub >= 0) remove_inside(sub);
      ::unlinkat(dir, name, AT_REMOVEDIR);
    } else {
      ::unlinkat(dir, name, 0);
    }
  }
  ::closedir(listing);
}

void remove_tree_at(const std::string& path) {
  int dir = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dir >= 0) remove_inside(dir);
  ::rmdir(path.c_str());
  ::unlink(path.c_str());  // a file, or a link, where a folder was expected
}

std::string sibling(const fs::path& final_dir, const std::string& tag) {
  return (final_dir.parent_path() / ("." + final_dir.filename().string() + "." + tag + "-" +
                                     std::to_string(getpid())))
      .string();
}

}  // namespace

StagedDiskOutput::StagedDiskOutput(std::string final_dir) {
  fs::path final_path = fs::absolute(final_dir).lexically_normal();
  if (final_path.filename().empty()) final_path = final_path.parent_path();
  final_ = final_path.string();
  staging_ = sibling(final_path, "staging");
  std::error_code ec;
  fs::create_directories(final_path.parent_path(), ec);
  remove_tree(staging_);
  if (!fs::create_directories(staging_, ec) || ec)
    throw std::runtime_error("cannot create " + staging_ + ": " + ec.message());
}

StagedDiskOutput::~StagedDiskOutput() {
  if (!committed_) remove_tree(staging_);
}

void StagedDiskOutput::make_parent(const std::string& path) {
  // Each folder is created once: asking the file system whether it exists
  // for every file was a third of the system calls of writing a site.
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return;
  std::string dir = path.substr(0, slash);
  {
    std::lock_guard<std::mutex> lock(dirs_mutex_);
    if (dirs_.count(dir)) return;
  }
  make_parent(dir);
  std::string full = staging_ + "/" + dir;
  if (::mkdir(full.c_str(), 0777) != 0 && errno != EEXIST)
    throw std::runtime_error("cannot create " + full + ": " + std::strerror(errno));
  std::lock_guard<std::mutex> lock(dirs_mutex_);
  dirs_.insert(dir);
}

void StagedDiskOutput::write(const std::string& path, std::string_view bytes) {
  if (!is_safe_relative_path(path)) throw std::invalid_argument("unsafe output path: " + path);
  make_parent(path);
  std::string full = staging_ + "/" + path;
  int fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) throw std::runtime_error("cannot write " + full + ": " + std::strerror(errno));
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int e = errno;
      ::close(fd);
      throw std::runtime_error("cannot write " + full + ": " + std::strerror(e));
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) throw std::runtime_error("cannot write " + full + ": " + std::strerror(errno));
}

void StagedDiskOutput::link(const std::string& path, const std::string& from) {
  if (!is_safe_relative_path(path)) throw std::invalid_argument("unsafe output path: " + path);
  make_parent(path);
  fs::path full = fs::path(staging_) / path;
  std::error_code ec;
  if (::link(from.c_str(), full.c_str()) == 0) return;
  fs::copy_file(from, full, fs::copy_options::overwrite_existing, ec);  // another file system
  if (ec) throw std::runtime_error("cannot write " + full.string() + ": " + ec.message());
}

void StagedDiskOutput::discard() {
  {
    std::lock_guard<std::mutex> lock(dirs_mutex_);
    dirs_.clear();
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging_, ec)) remove_tree(entry.path().string());
}

void StagedDiskOutput::commit(int threads) {
  std::error_code ec;
  if (!fs::exists(final_, ec)) {
    if (::rename(staging_.c_str(), final_.c_str()) != 0)
      throw std::runtime_error("cannot move " + staging_ + " to " + final_);
  } else {
    // One system call swaps the two trees: at every instant either the old
    // or the new output is complete at the final path.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, final_.c_str(), RENAME_EXCHANGE) != 0)
      throw std::runtime_error("cannot swap " + staging_ + " with " + final_);
    remove_tree(staging_, threads);  // now holds the previous output
  }
  committed_ = true;
}

void remove_tree(const std::string& path, int threads) {
  // The folders three levels down (a site's language / section / board)
  // are removed side by side, then what is left above them.
  std::vector<std::string> deep;
  if (threads > 1) {
    deep = {path};
    for (int depth = 0; depth < 3; ++depth) {
      std::vector<std::string> below;
      for (const auto& dir : deep) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir, ec))
          if (entry.is_directory(ec) && !entry.is_symlink(ec)) below.push_back(entry.path().string());
      }
      deep = std::move(below);
    }
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < deep.size(); i = next++) remove_tree_at(deep[i]);
  };
  std::vector<std::thread> helpers;
  for (int t = 1; t < threads && static_cast<size_t>(t) < deep.size(); ++t) helpers.emplace_back(work);
  work();
  for (auto& helper : helpers) helper.join();
  remove_tree_at(path);
}

void remove_stale_staging(const std::string& final_dir) {
  fs::path final_path = fs::absolute(final_dir).lexically_normal();
  if (final_path.filename().empty()) final_path = final_path.parent_path();
  std::string prefix = "." + final_path.filename().string() + ".staging-";
  std::error_code ec;
  if (!fs::is_directory(final_path.parent_path(), ec)) return;
  for (const auto& entry : fs::directory_iterator(final_path.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    // A build still running (another process) keeps its staging directory.
    pid_t owner = static_cast<pid_t>(std::atol(name.substr(prefix.size()).c_str()));
    if (owner > 0 && owner != getpid() && ::kill(owner, 0) == 0) continue;
    remove_tree(entry.path().string());
  }
}

}  // namespace cp
