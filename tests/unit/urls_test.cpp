#include <doctest/doctest.h>

#include "pages/urls.h"

using namespace cp;

TEST_CASE("every URL names a file, so links work from disk") {
  CHECK(file_for_url("") == "index.html");
  CHECK(file_for_url("guide/vision/") == "guide/vision/index.html");
  CHECK(file_for_url("404.html") == "404.html");
}

TEST_CASE("relative links between pages") {
  CHECK(relative_href("guide/vision/", "guide/") == "../index.html");
  CHECK(relative_href("guide/vision/", "guide/strategy/") == "../strategy/index.html");
  CHECK(relative_href("", "guide/vision/") == "guide/vision/index.html");
  CHECK(relative_href("guide/vision/", "") == "../../index.html");
  CHECK(relative_href("a/b/c/", "a/x/") == "../../x/index.html");
  CHECK(relative_href("404.html", "guide/") == "guide/index.html");
  CHECK(root_prefix("guide/vision/") == "../../");
  CHECK(root_prefix("") == "");
}
