// The structure tree written from the layout's TagTree and where its marks
// were drawn (ISO 32000-1, 14.7 and 14.8).
#include <algorithm>
#include <string>
#include <vector>

#include "pdf/pdf_objects.h"
#include "pdf/pdf_syntax.h"
#include "pdf/pdf_structure.h"

namespace cp {

namespace {

class StructureWriter {
 public:
  StructureWriter(HPDF_Doc pdf, const MarkPlacement& placed, const std::vector<HPDF_Page>& pages)
      : o_(pdf), placed_(placed), tags_(placed.tags), pages_(pages), dicts_(tags_.element_count(), nullptr),
        parents_(tags_.element_count(), nullptr), kept_(tags_.element_count(), false) {
    for (HPDF_Page page : pages_) page_refs_.push_back(PdfObjects::ref(page));
  }

  void run() {
    keep(tags_.root());
    HPDF_Dict root = o_.raw_dict();
    // Every element's object first, in reading order (a parent before its
    // kids), then their entries, which refer to one another.
    make(tags_.root(), root);
    for (size_t id = 1; id < dicts_.size(); ++id)
      if (dicts_[id]) o_.set_body(dicts_[id], element(static_cast<TagId>(id)));
    std::string body = "/Type /StructTreeRoot\n/K [" + PdfObjects::ref(dicts_[static_cast<size_t>(tags_.root())]) + "]\n";
    body += parent_tree();
    o_.set_body(root, body);
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

  void make(TagId id, HPDF_Dict parent) {
    HPDF_Dict d = o_.raw_dict();
    dicts_[static_cast<size_t>(id)] = d;
    parents_[static_cast<size_t>(id)] = parent;
    for (const auto& kid : tags_.element(id).kids)
      if (kid.kind == TagKid::Element && kept_[static_cast<size_t>(kid.id)]) make(kid.id, d);
  }

  // The element's entries: its type, parent, language, alternative text,
  // attributes, page, and kids (elements, marked content, annotations).
  std::string element(TagId id) {
    const TagElement& e = tags_.element(id);
    std::string out = "/Type /StructElem\n/S ";
    append_name(out, e.role);
    out += "\n/P " + PdfObjects::ref(parents_[static_cast<size_t>(id)]) + "\n";
    if (!e.lang.empty()) entry_text(out, "Lang", e.lang);
    if (!e.alt.empty()) entry_text(out, "Alt", e.alt);
    int page = first_page(e);
    attributes(e, page, out);
    if (page >= 0) out += "/Pg " + page_refs_[static_cast<size_t>(page)] + "\n";
    out += "/K [";
    for (const auto& kid : e.kids) {
      if (kid.kind == TagKid::Element && kept_[static_cast<size_t>(kid.id)])
        out += PdfObjects::ref(dicts_[static_cast<size_t>(kid.id)]) + ' ';
      if (kid.kind == TagKid::Content)
        for (const auto& mcr : placed_.contents[static_cast<size_t>(kid.id)]) content(mcr, page, out);
      if (kid.kind == TagKid::Annotation) {
        const auto& a = placed_.annots[static_cast<size_t>(kid.id)];
        if (a.annot)
          out += "<< /Type /OBJR /Pg " + page_refs_[static_cast<size_t>(a.page)] + " /Obj " + PdfObjects::ref(a.annot) + " >> ";
      }
    }
    if (out.back() == ' ') out.pop_back();
    out += "]\n";
    return out;
  }

  static void entry_text(std::string& out, const char* key, const std::string& text) {
    out += '/';
    out += key;
    out += ' ';
    append_text(out, text);
    out += '\n';
  }

  // /A: a header cell's scope, a list's numbering, or a figure's box (an
  // element is one of these at most).
  void attributes(const TagElement& e, int page, std::string& out) {
    if (!e.scope.empty()) {
      out += "/A << /O /Table /Scope ";
      append_name(out, e.scope);
      out += " >>\n";
    } else if (!e.list_numbering.empty()) {
      out += "/A << /O /List /ListNumbering ";
      append_name(out, e.list_numbering);
      out += " >>\n";
    } else if (e.role == "Figure") {
      bounding_box(e, page, out);
    }
  }

  // A figure's /BBox: what its content covers on its first page.
  void bounding_box(const TagElement& e, int page, std::string& out) {
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
    out += "/A << /O /Layout /BBox [";
    for (double v : {all.x0, all.y0, all.x1, all.y1}) {
      append_number(out, v);
      out += ' ';
    }
    out.back() = ']';
    out += " >>\n";
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
  void content(const MarkPlacement::Mcr& mcr, int element_page, std::string& out) {
    if (mcr.page == element_page) {
      out += std::to_string(mcr.mcid) + ' ';
      return;
    }
    out += "<< /Type /MCR /Pg " + page_refs_[static_cast<size_t>(mcr.page)] + " /MCID " + std::to_string(mcr.mcid) + " >> ";
  }

  // Number tree from /StructParents keys to what each key stands for: for
  // a page, the element of each of its MCIDs in order; for a link
  // annotation, its Link element. Pages take keys 0…n-1 and annotations
  // the keys after, so the flat /Nums array is in ascending key order.
  // Returns the root's /ParentTree and /ParentTreeNextKey entries.
  std::string parent_tree() {
    std::string nums;
    long key = 0;
    for (size_t p = 0; p < pages_.size(); ++p, ++key) {
      if (p >= placed_.page_marks.size() || placed_.page_marks[p].empty()) continue;
      nums += std::to_string(key) + " [";
      for (int mark : placed_.page_marks[p]) nums += PdfObjects::ref(owner_dict(mark)) + ' ';
      nums.back() = ']';
      nums += '\n';
      o_.put_int(pages_[p], "StructParents", key);
    }
    std::vector<bool> has_links(pages_.size(), false);
    for (size_t m = 1; m < placed_.annots.size(); ++m) {
      const auto& a = placed_.annots[m];
      if (!a.annot) continue;
      o_.put_int(a.annot, "StructParent", key);
      nums += std::to_string(key++) + ' ' + PdfObjects::ref(owner_dict(static_cast<int>(m))) + '\n';
      has_links[static_cast<size_t>(a.page)] = true;
    }
    // Tab order follows the structure on pages with links.
    for (size_t p = 0; p < pages_.size(); ++p)
      if (has_links[p]) o_.put_name(pages_[p], "Tabs", "S");
    return "/ParentTree << /Nums [" + nums + "] >>\n/ParentTreeNextKey " + std::to_string(key) + "\n";
  }

  HPDF_Dict owner_dict(int mark) const { return dicts_[static_cast<size_t>(tags_.owner(mark))]; }

  PdfObjects o_;
  const MarkPlacement& placed_;
  const TagTree& tags_;
  const std::vector<HPDF_Page>& pages_;
  std::vector<std::string> page_refs_;
  std::vector<HPDF_Dict> dicts_;    // by TagId: the element's object, when kept
  std::vector<HPDF_Dict> parents_;  // by TagId: its parent's (the root's for the top element)
  std::vector<bool> kept_;
};

}  // namespace

void write_structure(HPDF_Doc pdf, const MarkPlacement& placed, const std::vector<HPDF_Page>& pages) {
  StructureWriter(pdf, placed, pages).run();
}

}  // namespace cp
