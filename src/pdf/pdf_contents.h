#pragma once
// The table of contents: one linked line per section and per heading of
// level 1–2, with its page number. Laid out twice: once to learn how many
// pages it takes (which moves every later page number), then for real.
#include <functional>
#include <string>
#include <vector>

#include "pdf/pdf_layout.h"

namespace cp {

std::vector<Slice> contents_slices(const std::string& title, const std::vector<OutlineEntry>& entries,
                                   const std::function<std::string(const std::string& anchor)>& page_number,
                                   const Frame& frame, LayoutContext& ctx);

}  // namespace cp
