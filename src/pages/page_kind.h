#pragma once
// What a page is: which layout shows it and which data its layout sees.
#include <optional>
#include <string>

namespace cp {

enum class PageKind {
  Home,
  Guide,         // the guide's index
  Chapter,       // a chapter of the guide
  Page,          // any other content page
  KeyActions,    // every chapter's key actions
  Packs,         // the resource pack index
  Boards,        // the health boards
  Board,
  Cluster,
  Document,      // a governance document generated for a cluster
  Search,
  Untranslated,  // the notice standing in for a page not yet translated
  NotFound,      // 404.html
};

// The name of the layout that shows the page ("key-actions", "404"), which
// its data also announces ("is_key_actions": true).
const std::string& to_string(PageKind kind);

// The kind a layout's name stands for; none for layouts no page kind uses
// ("base", "root").
std::optional<PageKind> parse_page_kind(const std::string& layout);

}  // namespace cp
