// `clusterpack pdf CLUSTER.yaml --doc ID --lang en|cy -o FILE`: one cluster's
// document as a PDF, without a site. The templates, theme, fonts, health
// boards and guide come from the binary, or from --source when given.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "diag/diagnostic.h"
#include "io/embedded_files.h"
#include "io/file_system.h"
#include "site/site_inputs.h"
#include "site/site_pdfs.h"

namespace fs = std::filesystem;

namespace cp {

namespace {

// Writes beside the target, then renames: a failure never leaves half a PDF
// where the previous one was.
bool write_file(const fs::path& target, const std::string& bytes, std::string& problem) {
  fs::path partial = target;
  partial += ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      problem = "cannot write " + partial.string();
      return false;
    }
  }
  std::error_code ec;
  fs::rename(partial, target, ec);
  if (ec) {
    fs::remove(partial, ec);
    problem = "cannot write " + target.string() + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace

int run_pdf(const PdfArgs& args) {
  fs::path cluster_path(args.cluster_file);
  if (!fs::is_regular_file(cluster_path)) {
    std::cerr << "clusterpack: error: the cluster file '" << args.cluster_file << "' does not exist\n";
    return 2;
  }
  if (cluster_path.extension() != ".yaml") {
    std::cerr << "clusterpack: error: '" << args.cluster_file << "' is not a .yaml file\n";
    return 2;
  }
  if (!args.source.empty() && !fs::is_directory(args.source)) {
    std::cerr << "clusterpack: error: the source folder '" << args.source << "' does not exist\n";
    return 2;
  }
  // The site the cluster belongs to: --source, or the one built in.
  MemoryFileSystem builtin = builtin_site();
  DiskFileSystem disk(args.source.empty() ? "." : args.source);
  const FileSystem& site_files = args.source.empty() ? static_cast<const FileSystem&>(builtin) : disk;
  SourceWithDefaults site(site_files);

  Diagnostics diags;
  SourceRegistry sources;
  SiteInputs in;
  auto report = [&] {
    std::string prefix = args.source.empty() || args.source == "." ? "" : args.source + "/";
    std::cerr << format_all(diags, sources, prefix);
  };
  // The site's own clusters are not read: the PDF is of the file given.
  LoadOptions without_clusters;
  without_clusters.clusters = false;
  if (!load_site_inputs(site, diags, sources, in, without_clusters)) {
    report();
    return 1;
  }
  // The cluster file is read where it is, and its problems reported with
  // the path as given.
  std::string dir = cluster_path.parent_path().string();
  DiskFileSystem cluster_dir(dir.empty() ? "." : dir);
  Diagnostics cluster_diags;
  SourceRegistry cluster_sources;
  const std::string name = cluster_path.filename().string();
  auto cluster =
      load_cluster_as(cluster_dir, name, "", cluster_path.stem().string(), in, cluster_diags, cluster_sources);
  std::optional<std::string> pdf;
  if (cluster) pdf = cluster_document_pdf(in, *cluster, args.doc, args.lang, name, cluster_diags);
  std::string prefix = dir.empty() ? "" : (dir.back() == '/' ? dir : dir + "/");
  std::cerr << format_all(cluster_diags, cluster_sources, prefix);
  if (!pdf) return 1;
  std::string problem;
  if (!write_file(args.output, *pdf, problem)) {
    std::cerr << "clusterpack: error: " << problem << "\n";
    return 1;
  }
  std::cout << "Wrote " << args.output << " (" << pdf->size() / 1024 << " KB)\n";
  return 0;
}

}  // namespace cp
