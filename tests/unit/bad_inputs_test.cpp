// The bad-input corpus: every file in tests/bad-inputs/cluster/ is a
// cluster file with its exact expected diagnostics in "# expect:" lines.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/load_yaml_file.h"
#include "model/cluster_loader.h"
#include "model/cluster_rules.h"

namespace fs = std::filesystem;
using namespace cp;

namespace {

std::string diagnostics_of(const std::string& name, const std::string& text) {
  Diagnostics diags;
  SourceRegistry sources;
  YamlNode root;
  if (load_yaml_text(name, text, diags, sources, root)) {
    Cluster c;
    c.board_id = "powys";
    if (read_cluster(name, root, {"powys", "hywel-dda"}, diags, c)) check_cluster_rules(c, Date{2026, 11, 23}, diags);
  }
  std::string out;
  for (const auto& d : diags.sorted())
    out += std::to_string(d.where.line) + ":" + std::to_string(d.where.col) + ": " +
           (d.severity == Severity::Error ? "error: " : "warning: ") + d.message + "\n";
  return out;
}

std::string expected_of(const std::string& text) {
  std::string out, line;
  std::istringstream in(text);
  while (std::getline(in, line))
    if (line.rfind("# expect: ", 0) == 0) out += line.substr(10) + "\n";
  return out;
}

}  // namespace

TEST_CASE("every bad cluster file gives exactly its expected diagnostics") {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(std::string(CLUSTERPACK_SOURCE_DIR) + "/tests/bad-inputs/cluster"))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 15);
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string expected = expected_of(text.str());
    CHECK_MESSAGE(!expected.empty(), path.filename().string() << " has no '# expect:' line");
    CHECK_MESSAGE(diagnostics_of(path.filename().string(), text.str()) == expected, path.filename().string());
  }
}
