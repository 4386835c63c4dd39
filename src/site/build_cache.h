#pragma once
// The build cache (issue 9): a rebuild does not make again what it made
// before from the same inputs. A strategy around making units
// (site/unit_cache.h), with two kinds of entry:
//   - a cluster's unit (site/render_units.h): every page and PDF of the
//     cluster, stored as files and hard-linked into the new output (made
//     read-only, so that an edit of an output file cannot reach the cache);
//   - a PDF of another page (the guide's).
// A key is a hash of what the entry is made of:
//   - clusterpack itself (the executable: any other build of it misses),
//   - the build date and SOURCE_DATE_EPOCH,
//   - every source file but the clusters' data (site.yaml, content/,
//     templates/, the theme with its layouts, strings, pdf.yaml and fonts,
//     and the font files the PDFs embed),
//   - for a cluster's documents and pack, that cluster's YAML file,
//   - the page (key, language) and where its PDF goes; for a unit, its
//     pages and where they go, and whether the pages link PDFs.
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
#include <utility>
#include <vector>

#include "io/file_system.h"
#include "pages/page_plan.h"
#include "site/pdf_setup.h"
#include "site/site_inputs.h"
#include "site/unit_cache.h"

namespace cp {

class BuildCache final : public UnitCache {
 public:
  // Opens `dir`, creating it (0700). nullptr, with `problem` set, when it
  // cannot be created or is not a folder private to this user.
  static std::unique_ptr<BuildCache> open(const std::string& dir, std::string& problem);

  // What every PDF of this build depends on (see above); call once before
  // the build renders. Reads the source files through `fs`.
  void fingerprint(const FileSystem& fs, const SiteInputs& in);

  // A cluster's unit is linked from the cache, or made and stored when it
  // was made without any message (from the cache, it would not repeat the
  // message). Other units are made.
  MadeUnit unit(const Unit& unit, const MakeUnit& make) override;
  // The PDF of a page that is not a cluster's (the guide's), kept on its
  // own when made without any message; a cluster's PDF is made (it is kept
  // with its unit). Safe from several threads.
  std::optional<std::string> pdf(const Page& page, const std::string& output_path, const MakePdf& make,
                                 Diagnostics& diags, bool& from_cache) override;

  // After a build that succeeded: drop what it did not use.
  void keep_only_used();

 private:
  explicit BuildCache(std::string dir) : dir_(std::move(dir)) {}
  // The key of the PDF of `page`, which goes to `url`.
  std::string key(const Page& page, const std::string& url) const;
  std::optional<std::string> get(const std::string& key);
  void put(const std::string& key, const std::string& bytes);
  // The key of the unit of `cluster` made of `pages`.
  std::string unit_key(const Cluster& cluster, const std::vector<const Page*>& pages) const;
  // nullopt when any of its files is missing.
  std::optional<std::vector<LinkedFile>> get_unit(const std::string& key);
  // Stores the unit's files (output path, bytes); nullopt when the cache
  // cannot be written.
  std::optional<std::vector<LinkedFile>> put_unit(const std::string& key,
                                                  const std::vector<std::pair<std::string, std::string>>& files);
  std::string path_of(const std::string& key) const;

  std::string dir_;
  std::string site_;                                 // hash of what every PDF depends on
  std::map<const Cluster*, std::string> clusters_;  // hash of each cluster's file
  std::mutex mutex_;
  std::set<std::string> used_;
};

}  // namespace cp
