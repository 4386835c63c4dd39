// `clusterpack pdf CLUSTER.yaml --doc ID --lang en|cy -o FILE`: one cluster's
// document as a PDF, without a site. The templates, theme, fonts, health
// boards and guide come from the binary, or from --source when given.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/lone_cluster.h"
#include "io/file_system.h"
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
      problem = "cannot write " + partial.string() + "\nhint: check that you may write to that folder";
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

// A PDF that clusterpack wrote names it as its creator in the document
// information, which libharu writes uncompressed, as UTF-16 in hex.
bool made_by_clusterpack(const fs::path& file) {
  auto bytes = read_file_at(file.string());
  return bytes && bytes->rfind("%PDF-", 0) == 0 &&
         (bytes->find("/Creator <FEFF0063006C00750073007400650072007000610063006B") != std::string::npos ||
          bytes->find("/Creator (clusterpack") != std::string::npos);
}

// Why the PDF may not be written to `output` (an error and its hint), or
// empty. Nothing clusterpack did not make is ever overwritten: not the
// cluster file, not another file that happens to have the name given.
std::string output_problem(const std::string& output, const std::string& cluster_file, bool force) {
  fs::path target(output);
  std::error_code ec;
  if (fs::exists(target, ec) && fs::exists(cluster_file, ec) && fs::equivalent(target, cluster_file, ec))
    return "the output '" + output + "' is the cluster file itself\nhint: give the PDF its own name, e.g. -o " +
           fs::path(cluster_file).stem().string() + ".pdf";
  if (target.extension() != ".pdf")
    return "the output '" + output + "' does not end in .pdf\nhint: name the PDF file, e.g. -o terms-of-reference.pdf";
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, ec))
    return "the folder '" + folder.string() + "' does not exist\nhint: create it first (mkdir -p " +
           folder.string() + "), or write the PDF to a folder that exists";
  if (fs::is_directory(target, ec))
    return "the output '" + output + "' is a folder\nhint: give the PDF file's name, e.g. -o " +
           (target / "terms-of-reference.pdf").string();
  if (fs::exists(target, ec) && !force && !made_by_clusterpack(target))
    return "'" + output + "' already exists and was not made by clusterpack\nhint: choose another name, or pass "
           "--force to replace it";
  return {};
}

}  // namespace

int run_pdf(const PdfArgs& args) {
  LoneCluster lone(args.cluster_file, args.source, {});
  if (!lone.usage_problem().empty()) {
    std::cerr << "clusterpack: error: " << lone.usage_problem() << "\n";
    return 2;
  }
  std::string problem = output_problem(args.output, args.cluster_file, args.force);
  if (!problem.empty()) {
    std::cerr << "clusterpack: error: " << problem << "\n";
    return 2;
  }
  std::optional<std::string> pdf;
  if (lone.cluster())
    pdf = cluster_document_pdf(lone.site(), *lone.cluster(), args.doc, args.lang, lone.name(), lone.diags());
  lone.report();
  if (!pdf) return 1;
  if (!write_file(args.output, *pdf, problem)) {
    std::cerr << "clusterpack: error: " << problem << "\n";
    return 1;
  }
  std::cout << "Wrote " << args.output << " (" << pdf->size() / 1024 << " KB)\n";
  return 0;
}

}  // namespace cp
