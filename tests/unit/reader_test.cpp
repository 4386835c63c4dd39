#include <doctest/doctest.h>

#include "data/reader.h"

using namespace cp;

namespace {
YamlNode yaml(const std::string& text) {
  YamlNode root;
  Diagnostics d;
  REQUIRE(parse_yaml("t.yaml", text, root, d));
  return root;
}
std::string only_message(const Diagnostics& d) {
  REQUIRE(d.all().size() == 1);
  return d.all()[0].message + " | " + d.all()[0].hint;
}
}  // namespace

TEST_CASE("yes/no words are refused where text is expected, with the fix") {
  YamlNode root = yaml("name: no\nok: \"no\"\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  CHECK_FALSE(r.text(*root.find("name")));
  CHECK(only_message(d) == "'no' is a yes/no word where text is expected | put it in quotes if you mean the text: \"no\"");
  CHECK(r.text(*root.find("ok")) == "no");
}

TEST_CASE("booleans are true or false only") {
  YamlNode root = yaml("a: true\nb: yes\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  CHECK(r.boolean(*root.find("a")) == true);
  CHECK_FALSE(r.boolean(*root.find("b")));
  CHECK(only_message(d) == "expected true or false, found 'yes' | write true or false, without quotes");
}

TEST_CASE("unknown keys are reported with did-you-mean when the mapping is done") {
  YamlNode root = yaml("frequency: monthly\nquorom: 4\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  {
    Fields f(r, root, "the meeting arrangements");
    f.required("frequency");
    f.optional("quorum");
  }
  CHECK(only_message(d) == "unknown key 'quorom' in the meeting arrangements | did you mean 'quorum'?");
  CHECK(d.all()[0].where.line == 2);
}

TEST_CASE("a required key that is missing is named") {
  YamlNode root = yaml("name: x\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  {
    Fields f(r, root, "a risk");
    f.optional("name");
    CHECK(f.required("owner") == nullptr);
  }
  CHECK(only_message(d) == "a risk needs 'owner' | add the line 'owner: …' here (docs/data-reference.md says what it holds)");
}

TEST_CASE("dates must exist") {
  YamlNode root = yaml("a: 2026-02-30\nb: 2028-02-29\nc: 26-1-1\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  CHECK_FALSE(r.date(*root.find("a")));
  CHECK(r.date(*root.find("b"))->day == 29);
  CHECK_FALSE(r.date(*root.find("c")));
  CHECK(d.all()[0].message == "invalid date '2026-02-30'");
}

TEST_CASE("money: pounds with at most two decimals, as exact pence") {
  YamlNode root = yaml("a: 42000\nb: 1250.5\nc: 10.999\nd: -5\ne: 1,000\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  CHECK(r.money(*root.find("a")) == 4200000);
  CHECK(r.money(*root.find("b")) == 125050);
  CHECK_FALSE(r.money(*root.find("c")));
  CHECK(d.all().back().hint == "amounts have at most two decimals (whole pence), e.g. 1250.50");
  CHECK_FALSE(r.money(*root.find("d")));
  CHECK_FALSE(r.money(*root.find("e")));
}

TEST_CASE("numbers: whole numbers in range, no exponents") {
  YamlNode root = yaml("a: 5\nb: 0\nc: 1e3\nd: -1\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  CHECK(r.integer(*root.find("a"), 1, 5) == 5);
  CHECK_FALSE(r.integer(*root.find("b"), 1, 5));
  CHECK(d.all().back().hint == "expected a whole number from 1 to 5");
  CHECK_FALSE(r.integer(*root.find("c"), 0, 5000));
  CHECK_FALSE(r.number(*root.find("c"), 0, 5000));
  CHECK_FALSE(r.integer(*root.find("d"), 0, 5));
}

TEST_CASE("bilingual text: a mapping of en and cy, or a neutral plain string") {
  YamlNode root = yaml("a: {en: Chair, cy: Cadeirydd}\nb: Dr Eleri Hughes\nc: {en: x, fr: y}\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  auto a = r.bilingual(*root.find("a"));
  CHECK(a->in(Language::cy) == "Cadeirydd");
  CHECK_FALSE(a->neutral);
  auto b = r.bilingual(*root.find("b"));
  CHECK(b->in(Language::en) == b->in(Language::cy));
  CHECK(b->neutral);
  r.bilingual(*root.find("c"));
  CHECK(d.all().back().message == "unknown key 'fr' in bilingual text");
}

TEST_CASE("a text in one language only shows a visible marker in the other, never a blank") {
  YamlNode root = yaml("a: {en: Chair}\nb: {cy: Cadeirydd, en: ''}\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  auto a = r.bilingual(*root.find("a"));
  CHECK(a->in(Language::en) == "Chair");
  CHECK(a->in(Language::cy) == "[Testun Cymraeg ar goll]");
  CHECK(a->cy.empty());  // what the translation report reads
  auto b = r.bilingual(*root.find("b"));
  CHECK(b->in(Language::en) == "[English text missing]");
  CHECK(b->in(Language::cy) == "Cadeirydd");
  REQUIRE(d.all().size() == 2);
  CHECK(d.all()[0].severity == Severity::Warning);
  CHECK(d.all()[0].message == "the Welsh text (cy) is missing");
  CHECK(d.all()[1].message == "the English text (en) is empty");
  // An optional text left out altogether stays empty in both.
  Text absent;
  CHECK(absent.in(Language::cy).empty());
}

TEST_CASE("enumerations suggest the closest value") {
  YamlNode root = yaml("a: bimonthly\n");
  Diagnostics d;
  DataReader r("t.yaml", d);
  CHECK_FALSE(r.one_of(*root.find("a"), {"monthly", "bi-monthly", "quarterly"}));
  CHECK(only_message(d) == "unknown value 'bimonthly' | did you mean 'bi-monthly'?");
}
