// The output funnel: a failed build leaves the previous output exactly as
// it was; a successful one replaces it whole.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <vector>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "io/output_writer.h"

namespace fs = std::filesystem;
using namespace cp;

namespace {
fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("clusterpack-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
// Every file's path and bytes, for comparing whole trees.
std::string snapshot(const fs::path& root) {
  std::string out;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) out += fs::relative(f, root).string() + "\n" + read(f) + "\n";
  return out;
}
}  // namespace

TEST_CASE("unsafe output paths are refused") {
  MemoryOutput out;
  CHECK_THROWS(out.write("../x", "a"));
  CHECK_THROWS(out.write("/etc/x", "a"));
  CHECK_THROWS(out.write("a//b", "a"));
  CHECK_NOTHROW(out.write("en/index.html", "a"));
}

TEST_CASE("staged output replaces the old tree only on commit") {
  fs::path dir = temp_dir("staged");
  fs::path final_dir = dir / "out";
  {
    StagedDiskOutput first(final_dir.string());
    first.write("a.txt", "one");
    first.commit();
  }
  CHECK(read(final_dir / "a.txt") == "one");
  {
    StagedDiskOutput second(final_dir.string());
    second.write("b.txt", "two");
    // destroyed without commit: as if the build failed
  }
  CHECK(read(final_dir / "a.txt") == "one");
  CHECK_FALSE(fs::exists(final_dir / "b.txt"));
  {
    StagedDiskOutput third(final_dir.string());
    third.write("b.txt", "two");
    third.commit();
  }
  CHECK_FALSE(fs::exists(final_dir / "a.txt"));
  CHECK(read(final_dir / "b.txt") == "two");
  int leftovers = 0;
  for (const auto& e : fs::directory_iterator(dir)) leftovers += e.path().filename() != "out";
  CHECK(leftovers == 0);
  fs::remove_all(dir);
}

TEST_CASE("discarding forgets what was written, on disk and in memory") {
  fs::path dir = temp_dir("discard");
  fs::path final_dir = dir / "out";
  {
    StagedDiskOutput first(final_dir.string());
    first.write("a.txt", "one");
    first.commit();
  }
  {
    StagedDiskOutput second(final_dir.string());
    second.write("en/x.pdf", "pdf");
    second.discard();
    int staged = 0;
    for (const auto& e : fs::recursive_directory_iterator(second.staging_dir())) staged += e.is_regular_file();
    CHECK(staged == 0);
  }
  CHECK(snapshot(final_dir) == "a.txt\none\n");
  MemoryOutput memory;
  memory.write("en/x.pdf", "pdf");
  memory.discard();
  CHECK(memory.files().empty());
  fs::remove_all(dir);
}

TEST_CASE("a build with an error leaves the earlier output unchanged") {
  fs::path dir = temp_dir("failed-build");
  fs::copy(std::string(CLUSTERPACK_TEST_SITES) + "/minimal", dir / "site", fs::copy_options::recursive);
  BuildArgs args;
  args.source = (dir / "site").string();
  args.output = (dir / "output").string();
  REQUIRE(run_build(args) == 0);
  std::string before = snapshot(dir / "output");
  CHECK(before.find("cy/index.html") != std::string::npos);

  std::ofstream(dir / "site" / "content" / "index.en.md") << "---\ntitle: Home\n---\n<b>raw</b>\n";
  CHECK(run_build(args) == 1);
  CHECK(snapshot(dir / "output") == before);
  fs::remove_all(dir);
}

TEST_CASE("the output may not be the source or contain it, nor sit in an input folder") {
  fs::path dir = temp_dir("refuse");
  fs::copy(std::string(CLUSTERPACK_TEST_SITES) + "/minimal", dir / "site", fs::copy_options::recursive);
  BuildArgs args;
  args.source = (dir / "site").string();
  args.output = (dir / "site").string();
  CHECK(run_build(args) == 2);
  args.output = dir.string();
  CHECK(run_build(args) == 2);
  args.output = (dir / "site" / "content" / "out").string();
  CHECK(run_build(args) == 2);
  CHECK_FALSE(fs::exists(dir / "site" / "content" / "out"));
  fs::remove_all(dir);
}

TEST_CASE("remove_tree removes a whole tree on several threads, and never follows a link out of it") {
  fs::path dir = temp_dir("remove-tree");
  fs::path outside = dir / "outside";
  fs::create_directories(outside);
  std::ofstream(outside / "keep.txt") << "kept";
  fs::path tree = dir / "tree";
  for (const char* lang : {"en", "cy"})
    for (int board = 0; board < 3; ++board)
      for (int page = 0; page < 4; ++page) {
        fs::path folder = tree / lang / "boards" / std::to_string(board) / std::to_string(page) / "deeper";
        fs::create_directories(folder);
        std::ofstream(folder / "index.html") << "page";
        std::ofstream(folder.parent_path() / "index.html") << "page";
      }
  std::ofstream(tree / "sitemap.xml") << "top";
  fs::create_directory_symlink(outside, tree / "en" / "boards" / "0" / "link-out");
  fs::create_symlink(outside / "keep.txt", tree / "cy" / "file-link");

  remove_tree(tree.string(), 3);

  CHECK_FALSE(fs::exists(fs::symlink_status(tree)));
  CHECK(read(outside / "keep.txt") == "kept");
  fs::remove_all(dir);
}
