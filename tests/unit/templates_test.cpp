#include <doctest/doctest.h>

#include "templates/strict_mustache.h"

using namespace cp;

TEST_CASE("values are escaped and names resolve through sections") {
  TemplateSet set;
  set.add_layout("page", "layouts/page.mustache", "<h1>{{title}}</h1>{{#items}}<li>{{name}} {{title}}</li>{{/items}}");
  TemplateData data;
  data.set("title", "<script>");
  TemplateList items;
  TemplateData item;
  item.set("name", "a&b");
  items.push_back(item);
  data.set("items", items);
  Diagnostics d;
  auto out = set.render("page", data, d);
  REQUIRE(out);
  CHECK(*out == "<h1>&lt;script&gt;</h1><li>a&amp;b &lt;script&gt;</li>");
}

TEST_CASE("a name the data lacks is an error at the template's line, never a blank") {
  TemplateSet set;
  set.add_layout("page", "themes/x/layouts/page.mustache", "<h1>{{title}}</h1>\n<p>{{sumary}}</p>\n");
  TemplateData data;
  data.set("title", "T");
  Diagnostics d;
  CHECK_FALSE(set.render("page", data, d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].message == "the template uses 'sumary', which is not defined here");
  CHECK(d.all()[0].where.file == "themes/x/layouts/page.mustache");
  CHECK(d.all()[0].where.line == 2);
  CHECK(d.all()[0].where.col == 4);
}

TEST_CASE("partials come from the theme - a missing one is an error") {
  TemplateSet set;
  set.add_layout("page", "l.mustache", "[{{> head}}][{{> nope}}]");
  set.add_partial("head", "p.mustache", "{{title}}");
  TemplateData data;
  data.set("title", "T");
  Diagnostics d;
  CHECK_FALSE(set.render("page", data, d));
  CHECK(d.all().at(0).message == "the partial 'nope' does not exist");
}

TEST_CASE("syntax errors carry their position") {
  CompiledTemplate t{"l.mustache", "line one\n{{#open}}x\n"};
  Diagnostics d;
  CHECK_FALSE(render_strict(t, TemplateData(), nullptr, d));
  REQUIRE(d.all().size() == 1);
  CHECK(d.all()[0].message == "template syntax: Unclosed section \"open\"");
  CHECK(d.all()[0].where.line == 2);
}
