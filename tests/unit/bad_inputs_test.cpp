// The bad-input corpus (tests/bad-inputs/, see its README.md):
// - cluster/<case>.yaml: one cluster file, its exact diagnostics in
//   "# expect: line:col: severity: message" lines;
// - sites/<case>/: files laid over a copy of tests/sites/minimal and built
//   through the real pipeline; expected.txt holds the exact diagnostics as
//   "path:line:col: severity: message" lines (empty: the site must build).
// Plus inputs too big to commit, generated here: a 50 MB file and
// 10,000-deep nesting.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "content/source_page.h"
#include "data/load_yaml_file.h"
#include "doc/markdown.h"
#include "io/embedded_files.h"
#include "io/file_system.h"
#include "io/output_writer.h"
#include "content/content_tree.h"
#include "content/key_actions.h"
#include "model/cluster_content.h"
#include "model/cluster_loader.h"
#include "model/cluster_rules.h"
#include "site/build.h"

namespace fs = std::filesystem;
using namespace cp;

namespace {

const std::string kCorpus = std::string(CLUSTERPACK_SOURCE_DIR) + "/tests/bad-inputs";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Every error tells the person how to fix it: the errors without a hint,
// as "line:col: message" lines.
std::string errors_without_hint(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::Error && d.hint.empty())
      out += d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.col) + ": " +
             d.message + "\n";
  return out;
}

std::string listed(const Diagnostics& diags, bool with_file) {
  std::string out;
  for (const auto& d : diags.sorted())
    out += (with_file ? d.where.file + ":" : "") + std::to_string(d.where.line) + ":" +
           std::to_string(d.where.col) + ": " + (d.severity == Severity::Error ? "error: " : "warning: ") +
           d.message + "\n";
  return out;
}

// The shipped CND indicator sets and the guide's key actions: what a
// cluster file's `cnd` and `self_assessment` are checked against.
struct ShippedContent {
  std::vector<CndSet> cnd;
  KeyActionGuide guide;
  ShippedContent() {
    DiskFileSystem disk(CLUSTERPACK_SOURCE_DIR);
    Diagnostics diags;
    SourceRegistry sources;
    ContentTree tree;
    scan_content(disk, {Language::en, Language::cy}, diags, sources, tree);
    load_cnd_sets(disk, tree.cnd_files, diags, sources, cnd);
    guide = key_action_guide(tree);
  }
};
const ShippedContent& shipped() {
  static const ShippedContent content;
  return content;
}

std::string hints_of(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.sorted()) out += d.hint + "\n";
  return out;
}

// `unhinted`: the errors without a hint; `hints`: every diagnostic's hint,
// a line each.
std::string cluster_diagnostics(const std::string& name, const std::string& text, std::string* unhinted = nullptr,
                                std::string* hints = nullptr) {
  Diagnostics diags;
  SourceRegistry sources;
  YamlNode root;
  if (load_yaml_text(name, text, diags, sources, root)) {
    Cluster c;
    c.board_id = "powys";
    if (read_cluster(name, root, {"powys", "hywel-dda"}, diags, c)) {
      check_cluster_rules(c, Date{2026, 11, 23}, diags);
      check_cluster_content(c, shipped().cnd, shipped().guide, diags);
    }
  }
  if (unhinted) *unhinted += errors_without_hint(diags);
  if (hints) *hints = hints_of(diags);
  return listed(diags, false);
}

// The text after `marker` on each line that starts with it ("# expect: ",
// "# hint: "), a line each.
std::string expected_of(const std::string& text, const std::string& marker = "# expect: ") {
  std::string out, line;
  std::istringstream in(text);
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(marker, 0) == 0) out += line.substr(marker.size()) + "\n";
  }
  return out;
}

std::vector<fs::path> entries(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// A scratch folder for one test, removed when the test ends.
struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name)
      : dir(fs::temp_directory_path() / ("clusterpack-bad-" + std::to_string(getpid())) / name) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

void copy_tree(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

// Lays the case over a copy of the minimal site. A case that touches
// themes/default/ or templates/<id>/ (a file, a removal or a link) starts
// from the shipped copy of that folder, since a site's own copy replaces
// the built-in one whole.
void make_site(const fs::path& case_dir, const fs::path& site, const fs::path& outside) {
  copy_tree(std::string(CLUSTERPACK_TEST_SITES) + "/minimal", site);
  std::vector<std::string> touched;
  for (auto it = fs::recursive_directory_iterator(case_dir); it != fs::recursive_directory_iterator(); ++it)
    touched.push_back(fs::relative(it->path(), case_dir).generic_string());
  std::string line;
  for (const char* list : {"remove.txt", "symlinks.txt"}) {
    std::istringstream in(read_file(case_dir / list));
    while (std::getline(in, line)) touched.push_back(line);
  }
  for (const auto& path : touched) {
    std::string folder;
    if (path.rfind("themes/default/", 0) == 0) folder = "themes/default";
    if (path.rfind("templates/", 0) == 0 && path.find('/', 10) != std::string::npos)
      folder = path.substr(0, path.find('/', 10));
    fs::path shipped = fs::path(CLUSTERPACK_SOURCE_DIR) / folder;
    if (!folder.empty() && !fs::exists(site / folder) && fs::is_directory(shipped)) copy_tree(shipped, site / folder);
  }
  for (auto it = fs::recursive_directory_iterator(case_dir); it != fs::recursive_directory_iterator(); ++it) {
    fs::path rel = fs::relative(it->path(), case_dir);
    std::string name = rel.generic_string();
    if (name == "expected.txt" || name == "remove.txt" || name == "symlinks.txt" || !it->is_regular_file()) continue;
    write_file(site / rel, read_file(it->path()));
  }
  std::istringstream removed(read_file(case_dir / "remove.txt"));
  while (std::getline(removed, line))
    if (!line.empty()) fs::remove_all(site / line);
  // "link -> target": made here, since git does not keep symlinks well.
  // $OUTSIDE is a folder beside the site, holding secret.en.md and a
  // folder secrets/.
  std::istringstream links(read_file(case_dir / "symlinks.txt"));
  while (std::getline(links, line)) {
    size_t arrow = line.find(" -> ");
    if (arrow == std::string::npos) continue;
    std::string target = line.substr(arrow + 4);
    if (target.rfind("$OUTSIDE", 0) == 0) target = outside.string() + target.substr(8);
    fs::create_directories((site / line.substr(0, arrow)).parent_path());
    fs::create_symlink(target, site / line.substr(0, arrow));
  }
}

struct SiteResult {
  bool ok = false;
  std::string diagnostics;
  size_t files = 0;
  std::string unhinted;  // errors without a hint
};

SiteResult build_at(const fs::path& site) {
  DiskFileSystem disk(site.string());
  SourceWithDefaults source(disk);
  Diagnostics diags;
  SourceRegistry sources;
  BuildStats stats;
  MemoryOutput out;
  SiteResult r;
  r.ok = build_site(source, &out, diags, sources, stats);
  r.diagnostics = listed(diags, true);
  r.unhinted = errors_without_hint(diags);
  r.files = out.files().size();
  return r;
}

}  // namespace

TEST_CASE("every bad cluster file gives exactly its expected diagnostics") {
  std::vector<fs::path> files = entries(kCorpus + "/cluster");
  REQUIRE(files.size() >= 60);
  for (const auto& path : files) {
    std::string text = read_file(path);
    std::string expected = expected_of(text);
    // A file with nothing in it cannot hold its "# expect:" line.
    if (text.find_first_not_of(" \n") == std::string::npos) expected = "1:1: error: the file is empty\n";
    std::string unhinted, hints;
    std::string got = cluster_diagnostics(path.filename().string(), text, &unhinted, &hints);
    CHECK_MESSAGE(unhinted.empty(), path.filename().string() << ": errors without a hint:\n" << unhinted);
    // "# hint:" lines, where a case has them, are the hints word for word.
    std::string expected_hints = expected_of(text, "# hint: ");
    if (!expected_hints.empty())
      CHECK_MESSAGE(hints == expected_hints,
                    path.filename().string() << "\n--- got:\n" << hints << "--- expected:\n" << expected_hints);
    CHECK_MESSAGE(!expected.empty(), path.filename().string() << " has no '# expect:' line");
    CHECK_MESSAGE(got == expected, path.filename().string() << "\n--- got:\n" << got << "--- expected:\n" << expected);
  }
}

TEST_CASE("every bad site gives exactly its expected diagnostics, and writes nothing") {
  std::vector<fs::path> cases = entries(kCorpus + "/sites");
  REQUIRE(cases.size() >= 30);
  Scratch scratch("sites");
  fs::path outside = scratch.dir / "outside";
  write_file(outside / "secret.en.md", "---\ntitle: \"Secret\"\n---\nNot part of the site.\n");
  write_file(outside / "secrets" / "secret.en.md", "---\ntitle: \"Secret\"\n---\nNot part of the site.\n");
  write_file(outside / "secret.css", "body { color: red }\n");
  for (const auto& case_dir : cases) {
    std::string name = case_dir.filename().string();
    fs::path site = scratch.dir / name;
    make_site(case_dir, site, outside);
    std::string expected = read_file(case_dir / "expected.txt");
    SiteResult r = build_at(site);
    CHECK_MESSAGE(r.unhinted.empty(), name << ": errors without a hint:\n" << r.unhinted);
    CHECK_MESSAGE(r.diagnostics == expected, name << "\n--- got:\n" << r.diagnostics << "--- expected:\n" << expected);
    bool should_build = expected.find(": error: ") == std::string::npos;
    CHECK_MESSAGE(r.ok == should_build, name);
    if (!r.ok) CHECK_MESSAGE(r.files == 0, name);
  }
}

TEST_CASE("a 50 MB data file is refused before it is parsed") {
  std::string big = "name: {en: \"X\", cy: \"Y\"}\nnotes: \"";
  big.append(50u * 1024 * 1024, 'x');
  big += "\"\n";
  CHECK(cluster_diagnostics("big.yaml", big) == "0:0: error: the file is larger than 8 MB (52428835 bytes)\n");
}

TEST_CASE("a 50 MB page is refused before it is parsed") {
  Scratch scratch("big-page");
  copy_tree(std::string(CLUSTERPACK_TEST_SITES) + "/minimal", scratch.dir);
  std::string page = "---\ntitle: \"Big\"\n---\n";
  for (int i = 0; i < 500'000; ++i) page += std::string(99, 'a') + "\n";
  write_file(scratch.dir / "content/guide/big.en.md", page);
  write_file(scratch.dir / "content/guide/big.cy.md", "---\ntitle: \"Mawr\"\n---\nMawr.\n");
  SiteResult r = build_at(scratch.dir);
  CHECK_FALSE(r.ok);
  CHECK(r.diagnostics == "content/guide/big.en.md:0:0: error: the page is larger than 2 MB\n");
}

TEST_CASE("10000-deep YAML nesting is a clean error, in flow and block style") {
  std::string flow = "members: " + std::string(10'000, '[') + std::string(10'000, ']') + "\n";
  CHECK(cluster_diagnostics("flow.yaml", flow) == "1:73: error: nesting is deeper than 64 levels\n");
  // Indented block nesting grows as the square of its depth: 1,000 levels
  // (0.5 and 1 MB) go to the parser directly.
  auto parsed = [](const std::string& text) {
    Diagnostics diags;
    YamlNode root;
    CHECK_FALSE(parse_yaml("block.yaml", text, root, diags));
    return listed(diags, false);
  };
  std::string block;
  for (int i = 0; i < 1'000; ++i) block += std::string(static_cast<size_t>(i), ' ') + "k:\n";
  CHECK(parsed(block) == "65:65: error: nesting is deeper than 64 levels\n");
  std::string items;
  for (int i = 0; i < 1'000; ++i) items += std::string(static_cast<size_t>(i) * 2, ' ') + "-\n";
  CHECK(parsed(items) == "65:129: error: nesting is deeper than 64 levels\n");
}

TEST_CASE("10000-deep front matter and Markdown nesting are clean errors") {
  Diagnostics diags;
  SourceRegistry sources;
  std::string front = "---\ntitle: " + std::string(10'000, '{') + "\n---\nBody.\n";
  CHECK_FALSE(parse_source_page("content/deep.en.md", front, diags, sources));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "nesting is deeper than 64 levels");

  Diagnostics md;
  markdown_to_tree(std::string(10'000, '>') + " quoted\n", "content/deep.en.md", 4, md);
  REQUIRE(md.all().size() == 1);
  CHECK(md.all()[0].message == "the Markdown is nested too deeply");
  // Nested lists need indentation: 1,000 levels is 1 MB, half the largest page.
  Diagnostics lists;
  std::string nested;
  for (int i = 0; i < 1'000; ++i) nested += std::string(static_cast<size_t>(i) * 2, ' ') + "- item\n";
  markdown_to_tree(nested, "content/deep.en.md", 4, lists);
  REQUIRE(lists.all().size() == 1);
  CHECK(lists.all()[0].message == "the Markdown is nested too deeply");
  Diagnostics emphasis;
  markdown_to_tree(std::string(10'000, '*') + "x" + std::string(10'000, '*') + "\n", "content/deep.en.md", 4,
                   emphasis);
  CHECK(emphasis.all().size() <= 1);
}

TEST_CASE("a font cache folder that is a symlink, or open to others, is refused") {
  Scratch scratch("font-cache");
  copy_tree(std::string(CLUSTERPACK_TEST_SITES) + "/minimal", scratch.dir / "site");
  fs::path tmp = scratch.dir / "tmp";
  fs::create_directories(tmp / "elsewhere");
  fs::path cache = tmp / ("clusterpack-fonts-" + std::to_string(getuid()));
  const char* old = std::getenv("TMPDIR");
  std::string saved = old ? old : "";
  setenv("TMPDIR", tmp.c_str(), 1);
  fs::create_directory_symlink(tmp / "elsewhere", cache);
  SiteResult linked = build_at(scratch.dir / "site");
  fs::remove(cache);
  fs::create_directory(cache);
  fs::permissions(cache, fs::perms::all);  // 0777, but the build closes it to others
  SiteResult opened = build_at(scratch.dir / "site");
  if (old) setenv("TMPDIR", saved.c_str(), 1); else unsetenv("TMPDIR");
  CHECK_FALSE(linked.ok);
  CHECK(linked.diagnostics.find("is not a folder private to this user") != std::string::npos);
  CHECK(fs::is_empty(tmp / "elsewhere"));
  CHECK(opened.ok);
  CHECK((fs::status(cache).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
}
