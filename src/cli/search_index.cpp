#include "cli/search_index.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace cp {

namespace {

#if defined(__aarch64__)
const char* const kPagefindPlatform = "linux-arm64";
#else
const char* const kPagefindPlatform = "linux-x64";
#endif

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

// The npm package's node_modules/.bin/pagefind is a Node.js script that
// starts the native program of the platform's package and waits for it.
// Where that native program is found it is started directly: one process,
// which then dies with clusterpack (a killed build leaves nothing writing).
std::string native_of(const fs::path& wrapper) {
  fs::path bin = fs::absolute(wrapper).parent_path();
  if (bin.filename() != ".bin" || bin.parent_path().filename() != "node_modules") return wrapper.string();
  for (const char* name : {"pagefind_extended", "pagefind"}) {
    fs::path native = bin.parent_path() / "@pagefind" / kPagefindPlatform / "bin" / name;
    if (executable(native)) return native.string();
  }
  return wrapper.string();
}

// Runs `args` (args[0] the program) with its output to `log`; its exit
// status, or -1 when it could not be started. The child is killed if
// clusterpack dies first.
int run_logged(std::vector<std::string> args, const std::string& log) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);
    int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ::dup2(fd, 1);
      ::dup2(fd, 2);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::optional<std::string> find_pagefind(const std::string& site_dir) {
  if (const char* given = std::getenv("CLUSTERPACK_PAGEFIND"); given && *given)
    return executable(given) ? std::optional<std::string>(native_of(given)) : std::nullopt;
  fs::path in_site = fs::path(site_dir) / "node_modules" / ".bin" / "pagefind";
  if (executable(in_site)) return native_of(in_site);
  if (auto found = on_path("pagefind")) return native_of(*found);
  fs::path own = own_folder();
  if (!own.empty()) {
    // build/clusterpack, or build-asan/clusterpack, beside tests/browser/.
    fs::path checkout = own.parent_path() / "tests" / "browser" / "node_modules" / ".bin" / "pagefind";
    if (executable(checkout)) return native_of(checkout);
  }
  return std::nullopt;
}

bool index_languages(const std::string& pagefind, const std::string& output_dir,
                     const std::vector<std::string>& languages, std::string& problem) {
  for (const auto& lang : languages) {
    std::string site = (fs::path(output_dir) / lang).string();
    // Pagefind's own messages go to a file beside the output, shown only
    // when it fails.
    std::string log = output_dir + ".pagefind-" + lang + ".log";
    int status = run_logged({pagefind, "--site", site, "--output-subdir", "pagefind", "--silent"}, log);
    std::ifstream in(log);
    std::string said((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::error_code ec;
    fs::remove(log, ec);
    if (status != 0) {
      problem = "Pagefind (" + pagefind + ") failed on " + lang + "/" + (said.empty() ? "" : ":\n" + said);
      return false;
    }
  }
  return true;
}

}  // namespace cp
