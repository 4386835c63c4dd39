#include <doctest/doctest.h>

#include <string>

#include "data/yaml_tree.h"

using namespace cp;

namespace {
struct Parsed {
  bool ok;
  YamlNode root;
  Diagnostics diags;
};
Parsed parse(const std::string& text) {
  Parsed p;
  p.ok = parse_yaml("t.yaml", text, p.root, p.diags);
  return p;
}
std::string first_error(const Parsed& p) {
  if (p.diags.all().empty()) return "";
  const auto& d = p.diags.all().front();
  return std::to_string(d.where.line) + ":" + std::to_string(d.where.col) + " " + d.message;
}
}  // namespace

TEST_CASE("scalars keep their text, position and whether they were quoted") {
  auto p = parse("name: Cluster\nflag: no\nquoted: \"no\"\nempty:\n");
  REQUIRE(p.ok);
  REQUIRE(p.root.is_mapping());
  const YamlNode* flag = p.root.find("flag");
  CHECK(flag->value == "no");
  CHECK(flag->plain);
  CHECK(flag->line == 2);
  CHECK(flag->col == 7);
  CHECK_FALSE(p.root.find("quoted")->plain);
  CHECK(p.root.find("empty")->is_null());
}

TEST_CASE("duplicate keys are errors naming the first occurrence") {
  auto p = parse("quorum: 4\nname: x\nquorum: 5\n");
  CHECK_FALSE(p.ok);
  CHECK(first_error(p) == "3:1 duplicate key 'quorum' (first given on line 1)");
}

TEST_CASE("content that yaml-cpp 0.7 silently drops is a syntax error here") {
  // A list item followed by a mapping at the same level: yaml-cpp reads [a].
  auto p = parse("- a\nb: c\n");
  CHECK_FALSE(p.ok);
  CHECK(first_error(p).rfind("2:1 invalid YAML:", 0) == 0);
}

TEST_CASE("tabs in indentation are refused with a hint") {
  auto p = parse("people:\n\t- id: a\n");
  CHECK_FALSE(p.ok);
  REQUIRE(!p.diags.all().empty());
  CHECK(p.diags.all()[0].hint.find("tabs") != std::string::npos);
}

TEST_CASE("one document per file") {
  auto p = parse("a: 1\n---\nb: 2\n");
  CHECK_FALSE(p.ok);
  CHECK(first_error(p) == "2:1 a file may hold only one YAML document");
}

TEST_CASE("deep nesting is refused before it can exhaust the stack") {
  std::string deep(10000, '[');
  deep += std::string(10000, ']');
  auto p = parse(deep);
  CHECK_FALSE(p.ok);
  CHECK(first_error(p) == "1:" + std::to_string(kMaxYamlDepth + 1) + " nesting is deeper than " +
                              std::to_string(kMaxYamlDepth) + " levels");
}

TEST_CASE("invalid UTF-8 is reported with its byte offset") {
  auto p = parse("name: ok\nrole: caf\xC3\x28\n");
  CHECK_FALSE(p.ok);
  CHECK(first_error(p) == "2:10 invalid UTF-8 at byte offset 18");
}

TEST_CASE("aliases copy their anchor - merge keys are refused") {
  auto p = parse("a: &x {en: Yes please, cy: Ie}\nb: *x\n");
  REQUIRE(p.ok);
  CHECK(p.root.find("b")->find("cy")->value == "Ie");
  auto m = parse("a: &x {k: 1}\nb:\n  <<: *x\n");
  CHECK_FALSE(m.ok);
  CHECK(first_error(m) == "3:3 merge keys ('<<') are not supported");
}

TEST_CASE("an alias bomb is stopped") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'k'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
    prev = c;
  }
  auto p = parse(bomb);
  CHECK_FALSE(p.ok);
}
