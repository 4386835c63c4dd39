// libFuzzer target: a cluster file through the strict YAML loader, the
// typed reader and the cross-field rules, then the diagnostics printer.
// Any input must give a result or diagnostics: never a crash, a hang or a
// sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "data/load_yaml_file.h"
#include "model/cluster_loader.h"
#include "model/cluster_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cp::Diagnostics diags;
  cp::SourceRegistry sources;
  cp::YamlNode root;
  const std::string path = "content/clusters/powys/fuzz.yaml";
  if (cp::load_yaml_text(path, text, diags, sources, root)) {
    cp::Cluster cluster;
    cluster.id = "fuzz";
    cluster.board_id = "powys";
    if (cp::read_cluster(path, root, {"powys", "hywel-dda"}, diags, cluster))
      cp::check_cluster_rules(cluster, cp::Date{2026, 11, 23}, diags);
  }
  (void)cp::format_all(diags, sources);
  return 0;
}
