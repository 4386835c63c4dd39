// The structure tree written from the layout's TagTree and where its marks
// were drawn (ISO 32000-1, 14.7 and 14.8).
#include <algorithm>
#include <vector>

#include "pdf/pdf_objects.h"
#include "pdf/pdf_structure.h"

namespace cp {

namespace {

class StructureWriter {
 public:
  StructureWriter(HPDF_Doc pdf, const MarkPlacement& placed, const std::vector<HPDF_Page>& pages)
      : o_(pdf), placed_(placed), tags_(placed.tags), pages_(pages), dicts_(tags_.element_count(), nullptr),
        kept_(tags_.element_count(), false) {}

  void run() {
    keep(tags_.root());
    HPDF_Dict root = o_.indirect_dict("StructTreeRoot");
    HPDF_Array top = o_.array();
    o_.put(root, "K", top);
    o_.push(top, element(tags_.root(), root));
    write_parent_tree(root);
    HPDF_Dict mark_info = o_.dict();
    o_.put_bool(mark_info, "Marked", true);
    o_.put(o_.catalog(), "MarkInfo", mark_info);
    o_.put(o_.catalog(), "StructTreeRoot", root);
  }

 private:
  // An element is written when something of it was drawn. Table cells are
  // kept even when empty, so that every row has all its columns.
  bool keep(TagId id) {
    const TagElement& e = tags_.element(id);
    bool any = e.role == "TD" || e.role == "TH" || id == tags_.root();
    for (const auto& kid : e.kids) {
      if (kid.kind == TagKid::Element) any = keep(kid.id) || any;
      if (kid.kind == TagKid::Content) any = any || !placed_.contents[static_cast<size_t>(kid.id)].empty();
      if (kid.kind == TagKid::Annotation) any = any || placed_.annots[static_cast<size_t>(kid.id)].annot;
    }
    kept_[static_cast<size_t>(id)] = any;
    return any;
  }

  // The element's dictionary, made before its kids' (so objects are
  // numbered in reading order) and filled with them.
  HPDF_Dict element(TagId id, HPDF_Dict parent) {
    const TagElement& e = tags_.element(id);
    HPDF_Dict d = o_.indirect_dict("StructElem");
    dicts_[static_cast<size_t>(id)] = d;
    o_.put_name(d, "S", e.role.c_str());
    o_.put(d, "P", parent);
    if (!e.lang.empty()) o_.put_text(d, "Lang", e.lang);
    if (!e.alt.empty()) o_.put_text(d, "Alt", e.alt);
    attributes(e, d);
    int page = first_page(e);
    if (e.role == "Figure") bounding_box(e, page, d);
    if (page >= 0) o_.put(d, "Pg", pages_[static_cast<size_t>(page)]);
    HPDF_Array kids = o_.array();
    o_.put(d, "K", kids);
    for (const auto& kid : e.kids) {
      if (kid.kind == TagKid::Element && kept_[static_cast<size_t>(kid.id)]) o_.push(kids, element(kid.id, d));
      if (kid.kind == TagKid::Content)
        for (const auto& mcr : placed_.contents[static_cast<size_t>(kid.id)]) push_content(kids, mcr, page);
      if (kid.kind == TagKid::Annotation) {
        const auto& a = placed_.annots[static_cast<size_t>(kid.id)];
        if (!a.annot) continue;
        HPDF_Dict objr = o_.dict("OBJR");
        o_.put(objr, "Pg", pages_[static_cast<size_t>(a.page)]);
        o_.put(objr, "Obj", a.annot);
        o_.push(kids, objr);
      }
    }
    return d;
  }

  // A figure's /BBox: what its content covers on its first page.
  void bounding_box(const TagElement& e, int page, HPDF_Dict d) {
    MarkPlacement::Box all;
    for (const auto& kid : e.kids) {
      if (kid.kind != TagKid::Content) continue;
      const auto& b = placed_.boxes[static_cast<size_t>(kid.id)];
      if (b.page != page) continue;
      if (all.page < 0) {
        all = b;
        continue;
      }
      all.x0 = std::min(all.x0, b.x0);
      all.y0 = std::min(all.y0, b.y0);
      all.x1 = std::max(all.x1, b.x1);
      all.y1 = std::max(all.y1, b.y1);
    }
    if (all.page < 0) return;
    HPDF_Dict a = o_.dict();
    o_.put_name(a, "O", "Layout");
    HPDF_Array box = o_.array();
    for (double v : {all.x0, all.y0, all.x1, all.y1}) o_.push_real(box, v);
    o_.put(a, "BBox", box);
    o_.put(d, "A", a);
  }

  void attributes(const TagElement& e, HPDF_Dict d) {
    if (!e.scope.empty()) {
      HPDF_Dict a = o_.dict();
      o_.put_name(a, "O", "Table");
      o_.put_name(a, "Scope", e.scope.c_str());
      o_.put(d, "A", a);
    }
    if (!e.list_numbering.empty()) {
      HPDF_Dict a = o_.dict();
      o_.put_name(a, "O", "List");
      o_.put_name(a, "ListNumbering", e.list_numbering.c_str());
      o_.put(d, "A", a);
    }
  }

  // The page of the element's first marked content: its /Pg, so that the
  // MCIDs on that page can be written as bare numbers.
  int first_page(const TagElement& e) const {
    for (const auto& kid : e.kids)
      if (kid.kind == TagKid::Content && !placed_.contents[static_cast<size_t>(kid.id)].empty())
        return placed_.contents[static_cast<size_t>(kid.id)].front().page;
    return -1;
  }

  // A marked-content reference: the MCID, or a dictionary naming the page
  // when the content is not on the element's own page.
  void push_content(HPDF_Array kids, const MarkPlacement::Mcr& mcr, int element_page) {
    if (mcr.page == element_page) {
      o_.push_int(kids, mcr.mcid);
      return;
    }
    HPDF_Dict d = o_.dict("MCR");
    o_.put(d, "Pg", pages_[static_cast<size_t>(mcr.page)]);
    o_.put_int(d, "MCID", mcr.mcid);
    o_.push(kids, d);
  }

  // Number tree from /StructParents keys to what each key stands for: for
  // a page, the element of each of its MCIDs in order; for a link
  // annotation, its Link element. Pages take keys 0…n-1 and annotations
  // the keys after, so the flat /Nums array is in ascending key order.
  void write_parent_tree(HPDF_Dict root) {
    HPDF_Dict tree = o_.dict();
    HPDF_Array nums = o_.array();
    o_.put(tree, "Nums", nums);
    long key = 0;
    for (size_t p = 0; p < pages_.size(); ++p, ++key) {
      if (p >= placed_.page_marks.size() || placed_.page_marks[p].empty()) continue;
      HPDF_Array owners = o_.array();
      for (int mark : placed_.page_marks[p]) o_.push(owners, dicts_[static_cast<size_t>(tags_.owner(mark))]);
      o_.push_int(nums, key);
      o_.push(nums, owners);
      o_.put_int(pages_[p], "StructParents", key);
    }
    std::vector<bool> has_links(pages_.size(), false);
    for (size_t m = 1; m < placed_.annots.size(); ++m) {
      const auto& a = placed_.annots[m];
      if (!a.annot) continue;
      o_.put_int(a.annot, "StructParent", key);
      o_.push_int(nums, key++);
      o_.push(nums, dicts_[static_cast<size_t>(tags_.owner(static_cast<int>(m)))]);
      has_links[static_cast<size_t>(a.page)] = true;
    }
    // Tab order follows the structure on pages with links.
    for (size_t p = 0; p < pages_.size(); ++p)
      if (has_links[p]) o_.put_name(pages_[p], "Tabs", "S");
    o_.put(root, "ParentTree", tree);
    o_.put_int(root, "ParentTreeNextKey", key);
  }

  PdfObjects o_;
  const MarkPlacement& placed_;
  const TagTree& tags_;
  const std::vector<HPDF_Page>& pages_;
  std::vector<HPDF_Dict> dicts_;
  std::vector<bool> kept_;
};

}  // namespace

void write_structure(HPDF_Doc pdf, const MarkPlacement& placed, const std::vector<HPDF_Page>& pages) {
  StructureWriter(pdf, placed, pages).run();
}

}  // namespace cp
