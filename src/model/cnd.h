#pragma once
// The Cluster Network Domain indicator sets of the GMS contract, one file
// per year in content/cnd/ (content/cnd/2017-18.yaml): each indicator's
// code, description, points and due date. A later year is added as data.
#include <optional>
#include <string>
#include <vector>

#include "data/values.h"
#include "data/yaml_tree.h"
#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

// What a practice achieves and is paid points for: a whole indicator, or
// one part of an indicator whose points are split (CND009W.meetings).
struct CndItem {
  std::string key;  // "CND001W" or "CND009W.meetings": what cluster data names
  std::string code;
  std::string part;  // "" for a whole indicator
  Text title;        // the part's title; the indicator's for a whole one
  int points = 0;
  std::optional<Date> due;
};

struct CndIndicator {
  std::string code;
  Text title, description;
  std::vector<CndItem> items;  // one for a whole indicator, one per part
  bool split = false;
};

struct CndSet {
  std::string year;  // "2017/18"
  std::string file;  // content/cnd/2017-18.yaml
  Text title;
  int total_points = 0;
  std::vector<CndIndicator> indicators;

  // Every item, in order.
  std::vector<const CndItem*> items() const;
  const CndItem* item(const std::string& key) const;
  const CndIndicator* indicator(const std::string& code) const;
};

// content/cnd/<YYYY-YY>.yaml: the file name is the year.
bool is_cnd_file(const std::string& path);

// Reads every set; checks codes, points and that the points add up to
// `total_points`. Sets with errors are left out.
bool load_cnd_sets(const FileSystem& fs, const std::vector<std::string>& files, Diagnostics& diags,
                   SourceRegistry& sources, std::vector<CndSet>& out);

// Reads one set from a parsed file (also used by tests).
bool read_cnd_set(const std::string& file, const YamlNode& root, Diagnostics& diags, CndSet& out);

const CndSet* find_cnd_set(const std::vector<CndSet>& sets, const std::string& year);

}  // namespace cp
