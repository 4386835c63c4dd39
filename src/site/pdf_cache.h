#pragma once
// The PDF cache (issue 9): a rebuild does not make again a PDF whose inputs
// have not changed. A PDF's key is a hash of what it is made of:
//   - clusterpack itself (the executable: any other build of it misses),
//   - the build date and SOURCE_DATE_EPOCH,
//   - every source file but the clusters' data (site.yaml, content/,
//     templates/, the theme with its layouts, strings, pdf.yaml and fonts,
//     and the font files the PDFs embed),
//   - for a cluster's documents and pack, that cluster's YAML file,
//   - the page (key, language) and where its PDF goes.
// A cluster's PDFs are made from its own data and the shared files only, so
// editing one cluster makes only that cluster's PDFs again. Only PDFs made
// without any message are kept: a cached PDF would not repeat a warning.
// The cache folder must belong to this user and be closed to others
// (0700), as the font cache: its files are trusted as output.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "content/page_plan.h"
#include "io/file_system.h"
#include "site/pdf_setup.h"
#include "site/site_inputs.h"

namespace cp {

class PdfCache {
 public:
  // Opens `dir`, creating it (0700). nullptr, with `problem` set, when it
  // cannot be created or is not a folder private to this user.
  static std::unique_ptr<PdfCache> open(const std::string& dir, std::string& problem);

  // What every PDF of this build depends on (see above); call once before
  // key(). Reads the source files through `fs`.
  void fingerprint(const FileSystem& fs, const SiteInputs& in);
  // The key of the PDF of `page`, which goes to `url`.
  std::string key(const Page& page, const std::string& url) const;

  // Safe from several threads.
  std::optional<std::string> get(const std::string& key);
  void put(const std::string& key, const std::string& bytes);
  // After a build that succeeded: drop what it did not use.
  void keep_only_used();

  int hits() const { return hits_; }

 private:
  explicit PdfCache(std::string dir) : dir_(std::move(dir)) {}
  std::string path_of(const std::string& key) const;
  std::string dir_;
  std::string site_;                                 // hash of what every PDF depends on
  std::map<const Cluster*, std::string> clusters_;  // hash of each cluster's file
  std::mutex mutex_;
  std::set<std::string> used_;
  int hits_ = 0;
};

}  // namespace cp
