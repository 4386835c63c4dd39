#include "site/site_inputs.h"

#include "data/clock.h"
#include "content/key_actions.h"
#include "model/cluster_content.h"
#include "model/cluster_id.h"
#include "model/cluster_loader.h"
#include "model/cluster_rules.h"
#include "data/load_yaml_file.h"
#include "diag/suggest.h"
#include "site/work_queue.h"

namespace cp {

namespace {

void load_theme(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteInputs& in) {
  in.theme_dir = "themes/" + in.config.theme;
  if (!fs.is_directory(in.theme_dir)) {
    diags.error({"site.yaml", 0, 0}, "the theme folder '" + in.theme_dir + "' does not exist",
                "set 'theme:' in site.yaml to a folder under themes/");
    return;
  }
  in.layouts.load(fs, in.theme_dir, diags, sources);
  load_pdf_setup(fs, in.theme_dir, diags, sources, in.pdf);
  in.strings.load(fs, in.theme_dir, all_languages(), diags, sources);
  const std::string static_dir = in.theme_dir + "/static/";
  std::vector<std::string> escaping;
  for (const auto& path : fs.list_files(in.theme_dir + "/static", &escaping))
    in.static_files.push_back(path.substr(static_dir.size()));
  for (const auto& path : escaping)
    diags.error({path, 0, 0}, "this link points outside the source tree", "copy the file into the theme instead");
}

// The clusters' files are read and checked apart, on `jobs` threads (a
// thousand of them took most of the loading), and taken in file order.
void load_clusters(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteInputs& in, int jobs) {
  struct Loaded {
    Diagnostics diags;
    SourceRegistry sources;
    std::optional<Cluster> cluster;
  };
  const auto& files = in.content.cluster_files;
  std::vector<Loaded> loaded(files.size());
  run_ordered(
      files.size(), jobs, 64,
      [&](size_t i) { loaded[i].cluster = load_cluster_file(fs, files[i], in, loaded[i].diags, loaded[i].sources); },
      [&](size_t i) {
        diags.append(loaded[i].diags);
        sources.merge(std::move(loaded[i].sources));
        if (loaded[i].cluster) in.clusters.push_back(std::move(*loaded[i].cluster));
        loaded[i] = Loaded();
      });
}

void find_templates(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteInputs& in) {
  load_templates(fs, all_languages(), diags, sources, in.templates);
  for (const auto& t : in.templates) in.template_ids.insert(t.id);
  // A misspelt template would publish the pack as "not available".
  std::vector<std::string> ids(in.template_ids.begin(), in.template_ids.end());
  for (const auto& category : in.packs)
    for (const auto& pack : category.packs)
      if (!pack.template_id.empty() && !in.template_ids.count(pack.template_id))
        diags.error(pack.template_where, "unknown template '" + pack.template_id + "'",
                    suggestion_hint(pack.template_id, ids) + " (templates are the folders of templates/)");
}

}  // namespace

Date today_for(const SiteInputs& in, const Cluster& cluster) {
  return cluster.as_of && !in.today_given ? *cluster.as_of : in.today;
}

const HealthBoard* board_of(const SiteInputs& in, const Cluster& cluster) {
  for (const auto& b : in.boards)
    if (b.id == cluster.board_id) return &b;
  return nullptr;
}

std::optional<Cluster> load_cluster_file(const FileSystem& fs, const std::string& path, const SiteInputs& in,
                                         Diagnostics& diags, SourceRegistry& sources) {
  // content/clusters/<board>/<cluster>.yaml
  std::string rest = path.substr(std::string("content/clusters/").size());
  std::string board = rest.substr(0, rest.find('/'));
  std::string id = rest.substr(rest.find('/') + 1);
  id.resize(id.size() - 5);
  return load_cluster_as(fs, path, board, id, in, diags, sources);
}

std::optional<Cluster> load_cluster_as(const FileSystem& fs, const std::string& path, const std::string& board,
                                       const std::string& id, const SiteInputs& in, Diagnostics& diags,
                                       SourceRegistry& sources) {
  if (!is_cluster_id(id)) {
    std::string better = cluster_id_for(id);
    diags.error({path, 0, 0}, "the file name '" + id + ".yaml' is not a valid cluster id",
                "the name becomes the cluster's web address: use lowercase letters a-z, digits and '-'" +
                    (better.empty() ? std::string() : ", e.g. rename it to '" + better + ".yaml'"));
    return std::nullopt;
  }
  std::vector<std::string> board_ids;
  for (const auto& b : in.boards) board_ids.push_back(b.id);
  YamlNode root;
  if (!load_yaml_file(fs, path, diags, sources, root, /*hold_text=*/false)) return std::nullopt;
  Cluster cluster;
  cluster.id = id;
  cluster.board_id = board;
  if (!read_cluster(path, root, board_ids, diags, cluster)) return std::nullopt;
  int before = diags.error_count();
  check_cluster_rules(cluster, today_for(in, cluster), diags);
  check_cluster_content(cluster, in.cnd_sets, in.key_actions, diags);
  if (diags.error_count() != before) return std::nullopt;
  return cluster;
}

bool load_site_inputs(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, SiteInputs& in,
                      const LoadOptions& options) {
  int before = diags.error_count();
  in.today = options.today ? *options.today : build_date();
  in.today_given = options.today.has_value();
  if (!load_site_config(fs, diags, sources, in.config)) {
    // Nothing else can be read right without the languages and the theme:
    // stop here rather than report what follows from it.
    in.config.languages.clear();
    return false;
  }
  for (auto& lang : in.config.languages) {
    auto given = options.base_urls.find(lang.lang);
    if (given != options.base_urls.end()) lang.base_url = given->second;
  }
  load_theme(fs, diags, sources, in);
  scan_content(fs, all_languages(), diags, sources, in.content);
  load_health_boards(fs, diags, sources, in.boards);
  load_packs(fs, diags, sources, in.packs);
  load_cnd_sets(fs, in.content.cnd_files, diags, sources, in.cnd_sets);
  in.key_actions = key_action_guide(in.content);
  if (options.clusters) load_clusters(fs, diags, sources, in, options.jobs);
  find_templates(fs, diags, sources, in);
  return diags.error_count() == before;
}

}  // namespace cp
