// clusterpack: CLI11 parses, then one call per subcommand.
#include <CLI/CLI.hpp>

#include <iostream>
#include <map>

#include "cli/commands.h"
#include "data/language.h"
#include "serve/server.h"

#ifdef CLUSTERPACK_MIMALLOC
#include <mimalloc.h>
#endif

int main(int argc, char** argv) {
#ifdef CLUSTERPACK_MIMALLOC
  // mimalloc hands freed pages back to the system after 25 ms by default;
  // a build frees a PDF's buffers and asks for as much again a few
  // milliseconds later, so each document faulted its memory in afresh
  // (46–51 k page faults in a 60-cluster build, 16.5 k with a second's
  // delay: docs/performance.md). Peak memory does not change; an idle `serve`
  // still gives the pages back after a second.
  mi_option_set_default(mi_option_decommit_delay, 1000);  // MIMALLOC_DECOMMIT_DELAY still wins
#endif
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
  build->add_flag("--force", build_args.force,
                  "Replace the output folder even if it holds files clusterpack did not make (they are deleted)");
  std::map<std::string, cp::SearchMode> search_modes{
      {"auto", cp::SearchMode::Auto}, {"require", cp::SearchMode::Require}, {"off", cp::SearchMode::Off}};
  build->add_option("--search", build_args.search,
                    "Search index (Pagefind): auto = when Pagefind is found, require = fail without it, off")
      ->transform(CLI::CheckedTransformer(search_modes, CLI::ignore_case))
      ->default_str("auto");
  build->add_option("--base-url", build_args.base_urls,
                    "Publish at another address, e.g. for a staging copy: URL (languages side by side below "
                    "it) or LANG=URL; instead of site.yaml's");
  build->add_option("--as-of", build_args.as_of, "Judge reviews and actions as at this date (YYYY-MM-DD)");
  build->add_flag("--publish", build_args.publish,
                  "Fail on what is still a placeholder: example clusters, publisher, base URLs");

  cp::BuildArgs check_args;
  CLI::App* check = app.add_subcommand("check", "Validate the site, or cluster files on their own; write nothing");
  check->add_option("files", check_args.files, "Cluster files to check on their own (default: the whole site)");
  CLI::Option* check_source = check->add_option("--source", check_args.source, "The site's folder")->capture_default_str();
  check->add_flag("--strict", check_args.strict, "Treat warnings as errors");
  check->add_option("--as-of", check_args.as_of, "Judge reviews and actions as at this date (YYYY-MM-DD)");
  check->add_flag("--publish", check_args.publish,
                  "Also report what is still a placeholder: example clusters, publisher, base URLs");

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
  // The language's code on the command line, a cp::Language from here on;
  // the check runs first, so the conversion never sees another code.
  pdf->add_option_function<std::string>(
         "--lang", [&](const std::string& text) { pdf_args.lang = *cp::parse_language(text); }, "en or cy")
      ->check(CLI::Validator(
          [](std::string& text) {
            return cp::parse_language(text) ? std::string() : "'" + text + "' is not a language: give en or cy";
          },
          "{en,cy}"))
      ->default_str(cp::code(pdf_args.lang));
  pdf->add_option("-o,--output", pdf_args.output, "The PDF file to write")->required();
  pdf->add_option("--source", pdf_args.source, "A site folder to take templates, theme and health boards from");
  pdf->add_flag("--force", pdf_args.force, "Replace a file of that name that clusterpack did not make");

  std::vector<std::string> check_pdf_files;
  CLI::App* check_pdf = app.add_subcommand("check-pdf", "Check PDFs against the PDF/UA-1 rules (Matterhorn Protocol numbers)");
  check_pdf->add_option("files", check_pdf_files, "The PDF files")->required();

  app.add_subcommand("schema", "Print the JSON Schema of a cluster data file");
  app.add_subcommand("version", "Print the version");
  std::string help_topic;
  CLI::App* help = app.add_subcommand("help", "Say how to use clusterpack, or one of its commands");
  help->add_option("command", help_topic, "A command, e.g. build");

  std::string new_source = ".";
  std::string new_cluster;
  CLI::App* make = app.add_subcommand("new", "Create a starter file");
  make->require_subcommand(1);
  CLI::App* make_cluster = make->add_subcommand("cluster", "Write content/clusters/<board>/<cluster>.yaml");
  make_cluster->add_option("id", new_cluster, "<board>/<cluster>, e.g. hywel-dda/north-ceredigion")->required();
  make_cluster->add_option("--source", new_source, "The site's folder (default: here)")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*build) return cp::run_build(build_args);
  if (*check) {
    check_args.source_given = check_source->count() > 0;
    return cp::run_check(check_args);
  }
  if (app.got_subcommand("version")) return cp::run_version();
  if (*help) {
    // The formatter directly: App::help() shows the chosen subcommand's,
    // which here is "help" itself.
    if (help_topic.empty()) {
      std::cout << app.get_formatter()->make_help(&app, "clusterpack", CLI::AppFormatMode::Normal);
      return 0;
    }
    for (CLI::App* sub : app.get_subcommands(nullptr))
      if (sub->get_name() == help_topic) {
        std::cout << sub->get_formatter()->make_help(sub, "clusterpack " + help_topic, CLI::AppFormatMode::Normal);
        return 0;
      }
    std::cerr << "clusterpack: error: there is no command '" << help_topic
              << "'\nhint: `clusterpack help` lists the commands\n";
    return 2;
  }
  if (*serve) return cp::run_serve(serve_options);
  if (*i18n) return cp::run_i18n(i18n_source, i18n_strict, i18n_format);
  if (*pdf) return cp::run_pdf(pdf_args);
  if (*check_pdf) return cp::run_check_pdf(check_pdf_files);
  if (app.got_subcommand("schema")) return cp::run_schema();
  if (*make_cluster) return cp::run_new_cluster(new_source, new_cluster);
  return 2;
}
