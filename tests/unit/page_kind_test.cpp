#include <doctest/doctest.h>

#include "pages/page_kind.h"

using namespace cp;

TEST_CASE("a page kind is named by its layout, and each layout name gives its kind back") {
  CHECK(to_string(PageKind::KeyActions) == "key-actions");
  CHECK(to_string(PageKind::NotFound) == "404");
  for (int i = 0; i <= static_cast<int>(PageKind::NotFound); ++i) {
    PageKind kind = static_cast<PageKind>(i);
    CHECK(parse_page_kind(to_string(kind)) == kind);
  }
  CHECK_FALSE(parse_page_kind("base").has_value());  // the frame of every page, no kind of its own
  CHECK_FALSE(parse_page_kind("root").has_value());
}
