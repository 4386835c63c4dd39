#pragma once
// What each kind of page adds to the data every page has (page_data.h).
// The names are documented in docs/theming.md.
#include "pages/page_context.h"

namespace cp {

// guide_pages.cpp: the guide's index, a chapter, the key actions.
void add_guide_data(const PageContext& at, TemplateData& d);
void add_chapter_data(const PageContext& at, TemplateData& d);
void add_key_actions_data(const PageContext& at, TemplateData& d);

// packs_page.cpp: the resource pack index.
void add_packs_data(const PageContext& at, TemplateData& d);

// directory_pages.cpp: the health boards, a board, a cluster, a document.
void add_boards_data(const PageContext& at, TemplateData& d);
void add_board_data(const PageContext& at, TemplateData& d);
void add_cluster_data(const PageContext& at, TemplateData& d);
void add_document_data(const PageContext& at, TemplateData& d);

// notice_page.cpp: the notice standing in for a page not yet translated.
void add_untranslated_data(const PageContext& at, TemplateData& d);

}  // namespace cp
