#include "pdf/pdf_paginate.h"


namespace cp {

void Ops::append(const Ops& other, double dy) {
  for (FillOp f : other.fills) {
    f.y += dy;
    fills.push_back(f);
  }
  for (RuleOp r : other.rules) {
    r.y1 += dy;
    r.y2 += dy;
    rules.push_back(r);
  }
  for (TextOp t : other.texts) {
    t.y += dy;
    texts.push_back(std::move(t));
  }
  for (LinkOp l : other.links) {
    l.y += dy;
    links.push_back(std::move(l));
  }
}

namespace {

// A table header repeated after a page break is furniture: its cells are
// in the structure tree once, where the table starts.
void as_pagination_artifact(Ops& ops) {
  for (auto& t : ops.texts) {
    t.mark = 0;
    t.artifact = ArtifactKind::Pagination;
  }
  for (auto& f : ops.fills) f.mark = 0;
  for (auto& r : ops.rules) r.mark = 0;
  for (auto& l : ops.links) l.mark = 0;
}

class Paginator {
 public:
  Paginator(const std::vector<Slice>& slices, const PageArea& area, std::vector<PageOps>& pages,
            std::map<std::string, AnchorPosition>& anchors)
      : slices_(slices), area_(area), pages_(pages), anchors_(anchors) {}

  void run() {
    new_page();
    for (size_t i = 0; i < slices_.size(); ++i) {
      const Slice& s = slices_[i];
      if (s.table && s.table_header) headers_[s.table].push_back(&s);
      // A page that so far holds only headings (a section title) is where
      // the next heading belongs anyway: no page with a title alone.
      if (s.page_break_before && !empty_ && !only_keeps_) new_page();
      double before = empty_ ? 0 : s.space_before;
      double need = s.keep_with_next ? chain_height(i, before) : before + s.height;
      // A chain taller than a page cannot be kept together: let it flow.
      if (s.keep_with_next && chain_height(i, 0) > area_.bottom - area_.top) need = before + s.height;
      if (!empty_ && y_ + need > area_.bottom + 0.01) {
        new_page();
        before = 0;
        repeat_table_header(s);
      }
      place(s, before);
    }
  }

 private:
  // The slice, and the ones it keeps with, up to the first that does not keep.
  double chain_height(size_t i, double before) const {
    double h = before + slices_[i].height;
    while (slices_[i].keep_with_next && i + 1 < slices_.size() && !slices_[i + 1].page_break_before) {
      ++i;
      h += slices_[i].space_before + slices_[i].height;
    }
    return h;
  }

  void new_page() {
    pages_.emplace_back();
    y_ = area_.top;
    empty_ = true;
    only_keeps_ = false;
  }

  void repeat_table_header(const Slice& s) {
    if (!s.table || s.table_header) return;
    auto found = headers_.find(s.table);
    if (found == headers_.end()) return;
    for (const Slice* h : found->second) {
      Slice copy = *h;
      copy.anchors.clear();
      as_pagination_artifact(copy.ops);
      place(copy, 0);
    }
  }

  void place(const Slice& s, double before) {
    double top = y_ + before;
    PageOps& page = pages_.back();
    page.ops.append(s.ops, top);
    for (const auto& a : s.anchors)
      anchors_[a.id] = AnchorPosition{static_cast<int>(pages_.size()) - 1, top + a.y};
    y_ = top + s.height;
    only_keeps_ = (empty_ || only_keeps_) && s.keep_with_next;
    empty_ = false;
  }

  const std::vector<Slice>& slices_;
  const PageArea& area_;
  std::vector<PageOps>& pages_;
  std::map<std::string, AnchorPosition>& anchors_;
  std::map<int, std::vector<const Slice*>> headers_;
  double y_ = 0;
  bool empty_ = true;
  bool only_keeps_ = false;  // everything on the page keeps with what follows
};

}  // namespace

void paginate(const std::vector<Slice>& slices, const PageArea& area, std::vector<PageOps>& pages,
              std::map<std::string, AnchorPosition>& anchors) {
  Paginator(slices, area, pages, anchors).run();
}

}  // namespace cp
