#include "cli/search_index.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

extern char** environ;

namespace cp {

namespace {

bool executable(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

std::optional<std::string> on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (!path) return std::nullopt;
  std::istringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / name;
    if (executable(candidate)) return candidate.string();
  }
  return std::nullopt;
}

// The folder of the running executable (build/ in a checkout).
fs::path own_folder() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self.parent_path();
}

}  // namespace

std::optional<std::string> find_pagefind(const std::string& site_dir) {
  if (const char* given = std::getenv("CLUSTERPACK_PAGEFIND"); given && *given) {
    if (executable(given)) return std::string(given);
    return std::nullopt;
  }
  fs::path in_site = fs::path(site_dir) / "node_modules" / ".bin" / "pagefind";
  if (executable(in_site)) return fs::absolute(in_site).string();
  if (auto found = on_path("pagefind")) return found;
  fs::path own = own_folder();
  if (!own.empty()) {
    // build/clusterpack, or build-asan/clusterpack, beside tests/browser/.
    fs::path checkout = own.parent_path() / "tests" / "browser" / "node_modules" / ".bin" / "pagefind";
    if (executable(checkout)) return checkout.string();
  }
  return std::nullopt;
}

bool index_languages(const std::string& pagefind, const std::string& output_dir,
                     const std::vector<std::string>& languages, std::string& problem) {
  for (const auto& lang : languages) {
    std::string site = (fs::path(output_dir) / lang).string();
    std::vector<std::string> args{pagefind, "--site", site, "--output-subdir", "pagefind", "--silent"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // Pagefind's own messages go to a file, shown only when it fails.
    fs::path log = fs::path(output_dir) / ("pagefind-" + lang + ".log");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    int spawned = posix_spawn(&pid, pagefind.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    bool ok = spawned == 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    std::ifstream in(log);
    std::string said((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::error_code ec;
    fs::remove(log, ec);
    if (!ok) {
      problem = "Pagefind (" + pagefind + ") failed on " + lang + "/" + (said.empty() ? "" : ":\n" + said);
      return false;
    }
  }
  return true;
}

}  // namespace cp
