#pragma once
// One cluster file read on its own, outside a site (`clusterpack pdf`,
// `clusterpack check FILE`): the templates, theme, fonts, health boards and
// guide come from the binary, or from --source when given; the site's own
// clusters are not read.
#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "io/embedded_files.h"
#include "io/file_system.h"
#include "model/cluster.h"
#include "site/site_inputs.h"

namespace cp {

class LoneCluster {
 public:
  // `source`: a site folder, or empty for the site built into the binary.
  // `strict`: the cluster's warnings are errors.
  LoneCluster(const std::string& cluster_file, const std::string& source, const LoadOptions& options,
              bool strict = false);
  LoneCluster(const LoneCluster&) = delete;
  LoneCluster& operator=(const LoneCluster&) = delete;

  // Why the arguments cannot be used (a usage error, exit 2), or empty.
  const std::string& usage_problem() const { return usage_problem_; }
  const SiteInputs& site() const { return in_; }
  // The cluster, checked; null when it has errors (reported in diags()).
  const Cluster* cluster() const { return cluster_ ? &*cluster_ : nullptr; }
  Diagnostics& diags() { return cluster_diags_; }
  // The file's name, as diagnostics about it give it.
  const std::string& name() const { return name_; }
  // Prints the site's problems, then the cluster's, with paths as given.
  void report() const;

 private:
  std::string usage_problem_;
  std::string source_;
  std::string dir_;  // the cluster file's folder, as given
  std::string name_;
  std::unique_ptr<FileSystem> site_files_;
  std::unique_ptr<SourceWithDefaults> site_;
  // Kept: a message shows its source line by reading the file again.
  std::unique_ptr<DiskFileSystem> cluster_dir_;
  Diagnostics site_diags_;
  SourceRegistry site_sources_;
  SiteInputs in_;
  Diagnostics cluster_diags_;
  SourceRegistry cluster_sources_;
  std::optional<Cluster> cluster_;
};

}  // namespace cp
