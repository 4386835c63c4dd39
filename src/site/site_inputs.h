#pragma once
// Everything a build reads, loaded and checked: site.yaml, the theme
// (layouts, partials, UI strings, static files), content pages, health
// boards, the resource pack index and every cluster's data.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "data/language.h"
#include "diag/diagnostic.h"
#include "i18n/ui_strings.h"
#include "io/file_system.h"
#include "model/catalogue.h"
#include "model/cluster.h"
#include "model/cnd.h"
#include "model/key_actions.h"
#include "model/site_config.h"
#include "site/pdf_setup.h"
#include "templates/catalogue.h"
#include "templates/strict_mustache.h"

namespace cp {

struct SiteInputs {
  SiteConfig config;
  std::string theme_dir;  // "themes/default"
  UiStrings strings;
  TemplateSet layouts;
  std::vector<std::string> static_files;  // below <theme>/static/
  ContentTree content;
  std::vector<HealthBoard> boards;
  std::vector<PackCategory> packs;
  std::vector<Cluster> clusters;
  std::vector<CndSet> cnd_sets;   // content/cnd/: CND indicator sets by year
  KeyActionGuide key_actions;     // the guide's key actions, for self-assessments
  std::vector<GovernanceTemplate> templates;
  std::set<std::string> template_ids;  // of the templates that loaded
  Date today;                          // the build date (SOURCE_DATE_EPOCH), or --as-of
  bool today_given = false;            // --as-of: it holds for example clusters too
  PdfSetup pdf;                        // <theme>/pdf.yaml and <theme>/fonts/
};

// "Today" for `cluster`'s reviews and actions: the build date, but an
// example cluster's own as_of unless --as-of was given.
Date today_for(const SiteInputs& in, const Cluster& cluster);

// The health board of `cluster`, or null when the site has none of that id.
const HealthBoard* board_of(const SiteInputs& in, const Cluster& cluster);

// Loads one cluster file and checks its rules (the boards and the build
// date come from `in`); nullopt after reporting its problems.
std::optional<Cluster> load_cluster_file(const FileSystem& fs, const std::string& path, const SiteInputs& in,
                                         Diagnostics& diags, SourceRegistry& sources);

// The same for a cluster file anywhere (`clusterpack pdf`): its id is given,
// and an empty `board` means the one its health_board names.
std::optional<Cluster> load_cluster_as(const FileSystem& fs, const std::string& path, const std::string& board,
                                       const std::string& id, const SiteInputs& in, Diagnostics& diags,
                                       SourceRegistry& sources);

// Loads all inputs, reporting every problem found; returns false when the
// site cannot be built.
struct LoadOptions {
  int jobs = 1;          // threads reading the clusters' files (the result is the same for any number)
  bool clusters = true;  // false: the site without its clusters (`clusterpack pdf` brings its own)
  std::optional<Date> today;                     // --as-of: instead of the build date
  std::map<Language, std::string> base_urls;     // --base-url: instead of site.yaml's
};
bool load_site_inputs(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteInputs& in,
                      const LoadOptions& options = {});

}  // namespace cp
