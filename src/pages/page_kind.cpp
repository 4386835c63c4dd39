#include "pages/page_kind.h"

#include <array>

namespace cp {

namespace {

constexpr size_t kKinds = static_cast<size_t>(PageKind::NotFound) + 1;

// In the order of PageKind.
const std::array<std::string, kKinds>& layout_names() {
  static const std::array<std::string, kKinds> names = {
      "home",   "guide", "chapter",  "page",   "key-actions",  "packs", "boards",
      "board", "cluster", "document", "search", "untranslated", "404"};
  return names;
}

}  // namespace

const std::string& to_string(PageKind kind) { return layout_names()[static_cast<size_t>(kind)]; }

std::optional<PageKind> parse_page_kind(const std::string& layout) {
  for (size_t i = 0; i < kKinds; ++i)
    if (layout_names()[i] == layout) return static_cast<PageKind>(i);
  return std::nullopt;
}

}  // namespace cp
