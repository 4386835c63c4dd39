#pragma once
// The site-wide data beside the clusters: the health boards
// (content/health-boards.yaml) and the resource pack index
// (content/resource-pack/packs.yaml).
#include <optional>
#include <string>
#include <vector>

#include "data/values.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

struct HealthBoard {
  std::string id;
  Text name;
  Text area;
};

struct Pack {
  std::optional<int> number;
  std::string id;
  Text title;
  Text description;
  std::string template_id;  // empty when clusterpack does not generate it
  Location template_where;  // where template_id is named, for "unknown template"
  std::string body;         // for a terms of reference: the body it is for (pack 11 or 12)
  bool awaiting = false;    // not yet published by NHS Wales
};

struct PackCategory {
  std::string id;
  Text title;
  std::vector<Pack> packs;
};

bool load_health_boards(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources,
                        std::vector<HealthBoard>& out);
bool load_packs(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources, std::vector<PackCategory>& out);

}  // namespace cp
