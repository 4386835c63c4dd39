#include "site/pdf_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string_view>
#include <thread>

#include "data/clock.h"

namespace fs = std::filesystem;

namespace cp {

namespace {

// 128 bits: FNV-1a 64 and libstdc++'s std::hash (Murmur 64) of the same
// bytes. Enough to tell inputs apart; the cache is private to its user,
// so nobody chooses the inputs to make them collide.
class Hasher {
 public:
  Hasher& add(std::string_view bytes) {
    // Each piece with its length, so that ("ab", "c") and ("a", "bc") differ.
    std::string length = std::to_string(bytes.size()) + ":";
    feed(length);
    feed(bytes);
    return *this;
  }
  std::string hex() const {
    char out[33];
    std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(fnv_),
                  static_cast<unsigned long long>(std::hash<std::string_view>{}(all_)));
    return out;
  }

 private:
  void feed(std::string_view bytes) {
    for (unsigned char c : bytes) {
      fnv_ ^= c;
      fnv_ *= 1099511628211ull;
    }
    all_.append(bytes);
  }
  uint64_t fnv_ = 1469598103934665603ull;
  std::string all_;
};

std::string hash_of(std::string_view bytes) { return Hasher().add(bytes).hex(); }

// The executable, by identity rather than content (cheap): another build of
// clusterpack has another size, modification time or inode.
std::string executable_identity() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  struct stat st {};
  if (ec || ::stat(self.c_str(), &st) != 0) return "unknown executable " + std::to_string(std::rand());
  return self.string() + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + " " + std::to_string(st.st_ino) + " " CLUSTERPACK_VERSION;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool is_cluster_data(const std::string& path) {
  return path.rfind("content/clusters/", 0) == 0 && path.size() > 5 && path.compare(path.size() - 5, 5, ".yaml") == 0;
}

}  // namespace

std::unique_ptr<PdfCache> PdfCache::open(const std::string& dir, std::string& problem) {
  std::error_code ec;
  fs::create_directories(fs::path(dir).parent_path(), ec);
  ::mkdir(dir.c_str(), 0700);
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    problem = "cannot create the PDF cache folder " + dir;
    return nullptr;
  }
  if (st.st_uid != ::getuid() || (st.st_mode & 077) != 0) {
    problem = "the PDF cache " + dir + " is not a folder private to this user (mode 0700)";
    return nullptr;
  }
  return std::unique_ptr<PdfCache>(new PdfCache(dir));
}

void PdfCache::fingerprint(const FileSystem& files, const SiteInputs& in) {
  Hasher site;
  site.add("clusterpack PDF cache 1").add(executable_identity());
  site.add(in.today.iso());
  auto epoch = source_date_epoch();
  site.add(epoch ? std::to_string(*epoch) : "no SOURCE_DATE_EPOCH");
  std::set<std::string> paths = {"site.yaml"};
  for (const char* dir : {"content", "templates", "themes"})
    for (const auto& path : files.list_files(dir)) paths.insert(path);
  for (const auto& path : in.theme_dir.empty() ? std::vector<std::string>() : files.list_files(in.theme_dir))
    paths.insert(path);  // the built-in theme, when the site has none
  for (const auto& path : paths) {
    if (is_cluster_data(path)) continue;
    auto bytes = files.read(path);
    site.add(path).add(bytes ? *bytes : std::string("\0missing", 8));
  }
  for (const std::string* font : {&in.pdf.fonts.regular, &in.pdf.fonts.bold, &in.pdf.fonts.italic,
                                  &in.pdf.fonts.bold_italic, &in.pdf.fonts.mono}) {
    auto bytes = read_file(*font);
    site.add(*font).add(bytes ? *bytes : std::string("\0missing", 8));
  }
  site_ = site.hex();
  clusters_.clear();
  for (const auto& c : in.clusters) {
    auto bytes = files.read(c.file);
    clusters_[&c] = hash_of(c.file + '\n' + (bytes ? *bytes : std::string("\0missing", 8)));
  }
}

std::string PdfCache::key(const Page& page, const std::string& url) const {
  Hasher h;
  h.add(site_).add(page.key).add(page.lang).add(url);
  const Cluster* cluster = page.cluster ? page.cluster : page.document ? page.document->cluster : nullptr;
  if (cluster) {
    auto it = clusters_.find(cluster);
    h.add(it != clusters_.end() ? it->second : std::string("unknown cluster"));
  } else if (page.key.rfind("guide/", 0) != 0) {
    // Not a cluster's and not the guide: depend on every cluster too.
    for (const auto& [c, hash] : clusters_) h.add(hash);
  }
  return h.hex();
}

std::string PdfCache::path_of(const std::string& key) const { return dir_ + "/" + key + ".pdf"; }

std::optional<std::string> PdfCache::get(const std::string& key) {
  auto bytes = read_file(path_of(key));
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert(key);
  if (bytes) ++hits_;
  return bytes;
}

void PdfCache::put(const std::string& key, const std::string& bytes) {
  // Written aside, then renamed: a build killed midway leaves no half PDF.
  std::ostringstream tmp;
  tmp << path_of(key) << ".tmp." << ::getpid() << "." << std::this_thread::get_id();
  {
    std::ofstream out(tmp.str(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::error_code ec;
      fs::remove(tmp.str(), ec);
      return;  // a cache that cannot be written only makes the next build slower
    }
  }
  std::error_code ec;
  fs::rename(tmp.str(), path_of(key), ec);
  if (ec) fs::remove(tmp.str(), ec);
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert(key);
}

void PdfCache::keep_only_used() {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    std::string name = entry.path().filename().string();
    std::string key = name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0 ? name.substr(0, name.size() - 4) : "";
    if (key.empty() || !used_.count(key)) {
      std::error_code rm;
      fs::remove(entry.path(), rm);
    }
  }
}

}  // namespace cp
