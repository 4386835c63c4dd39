#include "site/build_cache.h"

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

#include "content/content_tree.h"
#include "data/clock.h"
#include "io/file_system.h"

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

}  // namespace

std::unique_ptr<BuildCache> BuildCache::open(const std::string& dir, std::string& problem) {
  std::error_code ec;
  fs::create_directories(fs::path(dir).parent_path(), ec);
  ::mkdir(dir.c_str(), 0700);
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    problem = "cannot create the build cache folder " + dir;
    return nullptr;
  }
  if (st.st_uid != ::getuid() || (st.st_mode & 077) != 0) {
    problem = "the build cache " + dir + " is not a folder private to this user (mode 0700)";
    return nullptr;
  }
  return std::unique_ptr<BuildCache>(new BuildCache(dir));
}

void BuildCache::fingerprint(const FileSystem& files, const SiteInputs& in) {
  Hasher site;
  site.add("clusterpack build cache 3").add(executable_identity());
  site.add(in.today.iso()).add(in.today_given ? "as-of given" : "build date");
  // Base URLs as used, which --base-url may have changed from site.yaml's.
  for (const auto& lang : in.config.languages) site.add(code(lang.lang)).add(lang.base_url);
  auto epoch = source_date_epoch();
  site.add(epoch ? std::to_string(*epoch) : "no SOURCE_DATE_EPOCH");
  std::set<std::string> paths = {"site.yaml"};
  for (const char* dir : {"content", "templates", "themes"})
    for (const auto& path : files.list_files(dir)) paths.insert(path);
  for (const auto& path : in.theme_dir.empty() ? std::vector<std::string>() : files.list_files(in.theme_dir))
    paths.insert(path);  // the built-in theme, when the site has none
  for (const auto& path : paths) {
    if (is_cluster_file(path)) continue;
    auto bytes = files.read(path);
    site.add(path).add(bytes ? *bytes : std::string("\0missing", 8));
  }
  for (const std::string* font : {&in.pdf.fonts.regular, &in.pdf.fonts.bold, &in.pdf.fonts.italic,
                                  &in.pdf.fonts.bold_italic, &in.pdf.fonts.mono}) {
    auto bytes = read_file_at(*font);
    site.add(*font).add(bytes ? *bytes : std::string("\0missing", 8));
  }
  site_ = site.hex();
  clusters_.clear();
  for (const auto& c : in.clusters) {
    auto bytes = files.read(c.file);
    clusters_[&c] = hash_of(c.file + '\n' + (bytes ? *bytes : std::string("\0missing", 8)));
  }
}

std::string BuildCache::key(const Page& page, const std::string& url) const {
  Hasher h;
  h.add(site_).add(page.key).add(code(page.lang)).add(url);
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

std::string BuildCache::path_of(const std::string& key) const { return dir_ + "/" + key + ".pdf"; }

namespace {

// Written aside, then renamed: a build killed midway leaves no half file.
// Read-only: the output hard-links it, and an edit of the output must fail
// rather than change the cache.
bool write_entry(const std::string& path, std::string_view bytes) {
  std::ostringstream tmp;
  tmp << path << ".tmp." << ::getpid() << "." << std::this_thread::get_id();
  {
    std::ofstream out(tmp.str(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::error_code ec;
      fs::remove(tmp.str(), ec);
      return false;
    }
  }
  ::chmod(tmp.str().c_str(), 0444);
  std::error_code ec;
  fs::rename(tmp.str(), path, ec);
  if (ec) fs::remove(tmp.str(), ec);
  return !ec;
}

// ".html" of "en/a/index.html": a unit's files keep their type in the cache.
std::string extension_of(const std::string& path) {
  size_t dot = path.rfind('.');
  size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return path.substr(dot);
}

}  // namespace

std::string BuildCache::unit_key(const Cluster& cluster, const std::vector<const Page*>& pages) const {
  Hasher h;
  h.add("unit").add(site_);
  auto it = clusters_.find(&cluster);
  h.add(it != clusters_.end() ? it->second : std::string("unknown cluster"));
  for (const Page* page : pages) h.add(page->key).add(code(page->lang)).add(page->url);
  return h.hex();
}

std::optional<std::vector<LinkedFile>> BuildCache::get_unit(const std::string& key) {
  auto manifest = read_file_at(dir_ + "/" + key + ".unit");
  if (!manifest) return std::nullopt;
  // One line per file: "<size>\t<output path>"; the file is "<key>.<n><ext>".
  std::vector<LinkedFile> files;
  std::istringstream lines(*manifest);
  std::string line;
  while (std::getline(lines, line)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) return std::nullopt;
    LinkedFile f;
    f.path = line.substr(tab + 1);
    f.bytes = std::strtoull(line.substr(0, tab).c_str(), nullptr, 10);
    f.cached = dir_ + "/" + key + "." + std::to_string(files.size()) + extension_of(f.path);
    struct stat st {};
    if (::stat(f.cached.c_str(), &st) != 0 || static_cast<size_t>(st.st_size) != f.bytes) return std::nullopt;
    files.push_back(std::move(f));
  }
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert(key);
  return files;
}

std::optional<std::vector<LinkedFile>> BuildCache::put_unit(
    const std::string& key, const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<LinkedFile> stored;
  std::string manifest;
  for (const auto& [path, bytes] : files) {
    LinkedFile f{path, dir_ + "/" + key + "." + std::to_string(stored.size()) + extension_of(path), bytes.size()};
    if (path.find('\n') != std::string::npos || !write_entry(f.cached, bytes)) return std::nullopt;
    manifest += std::to_string(bytes.size()) + "\t" + path + "\n";
    stored.push_back(std::move(f));
  }
  // The manifest last: a unit whose files are not all there is never found.
  if (!write_entry(dir_ + "/" + key + ".unit", manifest)) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert(key);
  return stored;
}

std::optional<std::string> BuildCache::get(const std::string& key) {
  auto bytes = read_file_at(path_of(key));
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert(key);
  return bytes;
}

void BuildCache::put(const std::string& key, const std::string& bytes) {
  // A cache that cannot be written only makes the next build slower.
  if (!write_entry(path_of(key), bytes)) return;
  std::lock_guard<std::mutex> lock(mutex_);
  used_.insert(key);
}

MadeUnit BuildCache::unit(const Unit& unit, const MakeUnit& make) {
  if (!unit.cluster) return make();
  const std::string key = unit_key(*unit.cluster, unit.pages);
  if (auto kept = get_unit(key)) {
    MadeUnit r;
    for (const auto& f : *kept) {
      r.pdfs_from_cache += f.path.ends_with(".pdf");
      r.pages_from_cache += f.path.ends_with(".html");
    }
    r.linked = std::move(*kept);
    return r;
  }
  MadeUnit r = make();
  if (r.diags.all().empty()) {
    if (auto stored = put_unit(key, r.files)) {
      r.files.clear();
      r.linked = std::move(*stored);
    }
  }
  return r;
}

std::optional<std::string> BuildCache::pdf(const Page& page, const std::string& output_path, const MakePdf& make,
                                           Diagnostics& diags, bool& from_cache) {
  if (page.cluster || page.document) return make(diags);
  // The key names the PDF by its URL below the language root, as it always has.
  const std::string k = key(page, output_path.substr(code(page.lang).size() + 1));
  if (auto bytes = get(k)) {
    from_cache = true;
    return bytes;
  }
  Diagnostics made;
  std::optional<std::string> bytes = make(made);
  if (bytes && made.all().empty()) put(k, *bytes);
  diags.append(made);
  return bytes;
}

void BuildCache::keep_only_used() {
  // An entry's files are named "<key>.pdf", "<key>.unit" or "<key>.<n><ext>";
  // a file left half written by a killed build has ".tmp." in its name.
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    std::string name = entry.path().filename().string();
    std::string key = name.substr(0, name.find('.'));
    if (name.find(".tmp.") != std::string::npos || !used_.count(key)) {
      std::error_code rm;
      fs::remove(entry.path(), rm);
    }
  }
}

}  // namespace cp
