// clusterpack: CLI11 parses, then one call per subcommand.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "serve/server.h"

int main(int argc, char** argv) {
  CLI::App app{"clusterpack: the primary care cluster governance resource pack, as a bilingual site and PDFs"};
  app.set_version_flag("--version", std::string("clusterpack ") + CLUSTERPACK_VERSION);
  app.require_subcommand(1);

  cp::BuildArgs build_args;
  CLI::App* build = app.add_subcommand("build", "Build the site into the output folder");
  build->add_option("--source", build_args.source, "The site's folder")->capture_default_str();
  build->add_option("--output", build_args.output, "Where to write the site")->capture_default_str();
  build->add_flag("--strict", build_args.strict, "Treat warnings as errors");
  build->add_option("-j,--jobs", build_args.jobs, "Threads for pages and PDFs (default: all cores)")
      ->check(CLI::Range(1, 1024));
  build->add_flag("--no-pdf", build_args.no_pdf, "Build the HTML pages only, without PDFs");
  build->add_flag("--no-cache", build_args.no_cache,
                  "Make every page and PDF again instead of reusing unchanged ones from .<output>.cache");

  cp::BuildArgs check_args;
  CLI::App* check = app.add_subcommand("check", "Validate everything; write nothing");
  check->add_option("--source", check_args.source, "The site's folder")->capture_default_str();
  check->add_flag("--strict", check_args.strict, "Treat warnings as errors");

  std::string i18n_source = ".", i18n_format = "text";
  bool i18n_strict = false;
  CLI::App* i18n = app.add_subcommand("i18n", "Report what lacks Welsh (or English)");
  i18n->add_option("--source", i18n_source, "The site's folder")->capture_default_str();
  i18n->add_flag("--strict", i18n_strict, "Exit 1 when anything lacks a language");
  i18n->add_option("--format", i18n_format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();

  cp::ServeOptions serve_options;
  CLI::App* serve = app.add_subcommand("serve", "Preview the site with live reload while you edit");
  serve->add_option("--source", serve_options.source, "The site's folder")->capture_default_str();
  serve->add_option("--port", serve_options.port, "Port to listen on")->capture_default_str()->check(CLI::Range(1, 65535));
  serve->add_option("--bind", serve_options.bind, "Address to listen on (loopback unless you say otherwise)")
      ->capture_default_str();

  cp::PdfArgs pdf_args;
  CLI::App* pdf = app.add_subcommand("pdf", "Make one cluster document as a PDF (no site needed)");
  pdf->add_option("cluster", pdf_args.cluster_file, "The cluster's YAML file")->required();
  pdf->add_option("--doc", pdf_args.doc,
                  "terms-of-reference, voting-system, risk-register, decision-tracker, sbar/<id>, "
                  "business-case/<id>, pack, …")
      ->required();
  pdf->add_option("--lang", pdf_args.lang, "en or cy")->check(CLI::IsMember({"en", "cy"}))->capture_default_str();
  pdf->add_option("-o,--output", pdf_args.output, "The PDF file to write")->required();
  pdf->add_option("--source", pdf_args.source, "A site folder to take templates, theme and health boards from");

  std::vector<std::string> check_pdf_files;
  CLI::App* check_pdf = app.add_subcommand("check-pdf", "Check PDFs against the PDF/UA-1 rules (Matterhorn Protocol numbers)");
  check_pdf->add_option("files", check_pdf_files, "The PDF files")->required();

  app.add_subcommand("schema", "Print the JSON Schema of a cluster data file");

  std::string new_source = ".";
  std::string new_cluster;
  CLI::App* make = app.add_subcommand("new", "Create a starter file");
  make->require_subcommand(1);
  CLI::App* make_cluster = make->add_subcommand("cluster", "Write content/clusters/<board>/<cluster>.yaml");
  make_cluster->add_option("id", new_cluster, "<board>/<cluster>, e.g. hywel-dda/north-ceredigion")->required();
  make_cluster->add_option("--source", new_source, "The site's folder")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*build) return cp::run_build(build_args);
  if (*check) return cp::run_check(check_args);
  if (*serve) return cp::run_serve(serve_options);
  if (*i18n) return cp::run_i18n(i18n_source, i18n_strict, i18n_format);
  if (*pdf) return cp::run_pdf(pdf_args);
  if (*check_pdf) return cp::run_check_pdf(check_pdf_files);
  if (app.got_subcommand("schema")) return cp::run_schema();
  if (*make_cluster) return cp::run_new_cluster(new_source, new_cluster);
  return 2;
}
