// The content the plan and report documents rely on: the CND indicator
// sets of content/cnd/ (each file in tests/bad-inputs/cnd/ is read as
// content/cnd/2017-18.yaml and gives exactly its "# expect:" lines), the
// shipped 2017/18 set, and the guide's key actions as clusters see them.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "content/content_tree.h"
#include "content/key_actions.h"
#include "data/load_yaml_file.h"
#include "io/file_system.h"
#include "model/cnd.h"

namespace fs = std::filesystem;
using namespace cp;

namespace {

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string cnd_diagnostics(const std::string& path, const std::string& text) {
  Diagnostics diags;
  SourceRegistry sources;
  YamlNode root;
  CndSet set;
  if (load_yaml_text(path, text, diags, sources, root)) read_cnd_set(path, root, diags, set);
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

TEST_CASE("every bad CND indicator set gives exactly its expected diagnostics") {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(std::string(CLUSTERPACK_SOURCE_DIR) + "/tests/bad-inputs/cnd"))
    files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 6);
  for (const auto& path : files) {
    std::string text = read_text(path);
    std::string expected = expected_of(text);
    CHECK_MESSAGE(!expected.empty(), path.filename().string() << " has no '# expect:' line");
    CHECK_MESSAGE(cnd_diagnostics("content/cnd/2017-18.yaml", text) == expected, path.filename().string());
  }
}

TEST_CASE("an indicator set's file is named after its year") {
  CHECK(is_cnd_file("content/cnd/2017-18.yaml"));
  CHECK_FALSE(is_cnd_file("content/cnd/2017-18.yml"));
  CHECK_FALSE(is_cnd_file("content/cnd/old/2017-18.yaml"));
  std::string text = "year: \"2017/18\"\ntitle: T\ntotal_points: 30\n"
                     "indicators:\n  - {code: C1, title: A, description: D, points: 30, due: 2017-05-31}\n";
  CHECK(cnd_diagnostics("content/cnd/latest.yaml", text) == "1:7: error: the file name does not give the year\n");
  CHECK(cnd_diagnostics("content/cnd/2017-19.yaml", text) == "1:7: error: the file name does not give the year\n");
  CHECK(cnd_diagnostics("content/cnd/2017-18.yaml", text).empty());
}

TEST_CASE("the shipped 2017/18 indicator set has the contract's codes, points and due dates") {
  DiskFileSystem disk(CLUSTERPACK_SOURCE_DIR);
  Diagnostics diags;
  SourceRegistry sources;
  std::vector<CndSet> sets;
  REQUIRE(load_cnd_sets(disk, {"content/cnd/2017-18.yaml"}, diags, sources, sets));
  CHECK(diags.error_count() == 0);
  REQUIRE(sets.size() == 1);
  const CndSet& s = sets[0];
  CHECK(s.year == "2017/18");
  CHECK(s.total_points == 200);
  std::vector<std::string> keys;
  int total = 0;
  for (const auto* item : s.items()) {
    keys.push_back(item->key + " " + std::to_string(item->points) + " " + (item->due ? item->due->iso() : ""));
    total += item->points;
  }
  CHECK(keys == std::vector<std::string>{"CND001W 30 2017-05-31", "CND009W.plan 50 2017-07-31",
                                         "CND009W.meetings 20 2018-03-31", "CND010W 5 2018-03-31",
                                         "CND011W 50 2018-03-31", "CND012W 45 2018-03-31"});
  CHECK(total == 200);
  for (const auto& ind : s.indicators) {
    CHECK_MESSAGE(!ind.title.en.empty(), ind.code);
    CHECK_MESSAGE(!ind.title.cy.empty(), ind.code);
    CHECK_MESSAGE(!ind.description.cy.empty(), ind.code);
  }
}

TEST_CASE("the guide's key actions are gathered by chapter in both languages") {
  DiskFileSystem disk(CLUSTERPACK_SOURCE_DIR);
  Diagnostics diags;
  SourceRegistry sources;
  ContentTree tree;
  scan_content(disk, {Language::en, Language::cy}, diags, sources, tree);
  KeyActionGuide guide = key_action_guide(tree);
  REQUIRE(guide.chapters.size() == 14);
  CHECK(guide.action_count() == 68);  // 4+3+7+4+2+3+4+5+8+6+0+8+6+8
  const GuideChapterActions* eleven = guide.chapter(11);
  REQUIRE(eleven);
  CHECK(eleven->shared_with == 10);
  CHECK(eleven->actions.empty());
  CHECK(guide.chapter(3)->actions.size() == 7);
  CHECK(guide.text("1.1", Language::en).rfind("Develop a joint vision", 0) == 0);
  CHECK(guide.text("1.1", Language::cy).rfind("Datblygu gweledigaeth", 0) == 0);
  CHECK(guide.text("1.9", Language::en).empty());
  CHECK(KeyActionGuide::parse_id("10.2") == std::make_pair(10, 2));
  for (const char* bad : {"3", "3.", ".2", "3-2", "03.2", "3.02", "3.2.1", "a.b", "0.1", "123.1"})
    CHECK_MESSAGE(!KeyActionGuide::parse_id(bad), bad);
}
