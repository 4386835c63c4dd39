#include <doctest/doctest.h>

#include "io/json_writer.h"

using namespace cp;

TEST_CASE("json_string escapes quotes, backslashes and control characters") {
  CHECK(json_string("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(json_string("C:\\path") == "\"C:\\\\path\"");
  CHECK(json_string("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(json_string(std::string("nul\0.", 5)) == "\"nul\\u0000.\"");
  CHECK(json_string("\x01\x1f") == "\"\\u0001\\u001f\"");
  CHECK(json_string("\x7f") == "\"\x7f\"");  // DEL is not a control character in JSON
}

TEST_CASE("json_string keeps UTF-8 as it is") {
  CHECK(json_string("£42 × 2, Cymraeg: ŵ ŷ") == "\"£42 × 2, Cymraeg: ŵ ŷ\"");
}

TEST_CASE("JsonWriter writes objects and arrays on one line") {
  JsonWriter w;
  w.begin_object()
      .member("name", "a \"b\"")
      .member("count", 3)
      .member("ok", false)
      .key("items")
      .strings({"x", "y"})
      .key("empty")
      .begin_array()
      .end_array()
      .key("nested")
      .begin_object()
      .key("n")
      .number("0.01")
      .end_object()
      .end_object();
  CHECK(w.text() ==
        "{\"name\": \"a \\\"b\\\"\", \"count\": 3, \"ok\": false, \"items\": [\"x\", \"y\"], \"empty\": [], "
        "\"nested\": {\"n\": 0.01}}");
}

TEST_CASE("JsonWriter writes a container opened one per line with each member on its own line") {
  JsonWriter w;
  w.begin_object(true).key("list").begin_array(true);
  w.begin_object().member("a", 1).end_object();
  w.begin_object().member("a", 2).end_object();
  w.end_array().key("none").begin_array(true).end_array().end_object();
  CHECK(w.text() == "{\n  \"list\": [\n    {\"a\": 1},\n    {\"a\": 2}\n  ],\n  \"none\": []\n}");
}
