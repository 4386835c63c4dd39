#include "cli/lone_cluster.h"

#include <filesystem>
#include <iostream>

#include "io/embedded_files.h"

namespace fs = std::filesystem;

namespace cp {

LoneCluster::LoneCluster(const std::string& cluster_file, const std::string& source, const LoadOptions& options,
                         bool strict)
    : source_(source) {
  cluster_diags_.set_strict(strict);
  fs::path cluster_path(cluster_file);
  if (!fs::is_regular_file(cluster_path)) {
    usage_problem_ = "the cluster file '" + cluster_file + "' does not exist\nhint: check the name and folder; "
                     "`clusterpack new cluster <board>/<cluster>` starts a new one";
    return;
  }
  if (cluster_path.extension() != ".yaml") {
    usage_problem_ = "'" + cluster_file + "' is not a .yaml file\nhint: give the cluster's data file, e.g. "
                     "teifi-valley.yaml";
    return;
  }
  if (!source.empty() && !fs::is_directory(source)) {
    usage_problem_ = "the source folder '" + source + "' does not exist\nhint: give the site's folder (the one "
                     "holding site.yaml), or leave --source out to use the site built in";
    return;
  }
  // The site the cluster belongs to: --source, or the one built in.
  if (source.empty())
    site_files_ = std::make_unique<MemoryFileSystem>(builtin_site());
  else
    site_files_ = std::make_unique<DiskFileSystem>(source);
  site_ = std::make_unique<SourceWithDefaults>(*site_files_);
  LoadOptions without_clusters = options;
  without_clusters.clusters = false;
  if (!load_site_inputs(*site_, site_diags_, site_sources_, in_, without_clusters)) return;
  // The cluster file is read where it is, its problems reported with the
  // path as given.
  dir_ = cluster_path.parent_path().string();
  name_ = cluster_path.filename().string();
  cluster_dir_ = std::make_unique<DiskFileSystem>(dir_.empty() ? "." : dir_);
  cluster_ = load_cluster_as(*cluster_dir_, name_, "", cluster_path.stem().string(), in_, cluster_diags_,
                             cluster_sources_);
}

void LoneCluster::report() const {
  std::string site_prefix = source_.empty() || source_ == "." ? "" : source_ + "/";
  // The site's own warnings belong to `check` of the site, not to this file.
  if (site_diags_.has_errors()) std::cerr << format_all(site_diags_, site_sources_, site_prefix);
  std::string prefix = dir_.empty() ? "" : (dir_.back() == '/' ? dir_ : dir_ + "/");
  std::cerr << format_all(cluster_diags_, cluster_sources_, prefix);
}

}  // namespace cp
