#pragma once
// The logical structure of a tagged PDF, built during layout next to the
// slices: layout opens an element for each block it lays out (a paragraph,
// a table cell, a list item) and every piece of text it emits gets a mark
// in the element it belongs to. Pagination and drawing only carry the
// marks along; pdf_structure.cpp turns the tree and where each mark was
// drawn into the PDF's structure tree. No libharu types here.
//
// Element order is reading order: an element's kids (sub-elements, marked
// content, link annotations) are kept in the order layout added them, which
// need not be the order they are drawn in (a list marker is drawn after its
// item's text, but read before it).
#include <string>
#include <vector>

namespace cp {

using TagId = int;  // an element; 0 is none

struct TagKid {
  enum Kind { Element, Content, Annotation } kind = Content;
  int id = 0;  // an element's TagId, or a mark
};

struct TagElement {
  std::string role;  // a standard structure type: "P", "H2", "TD", "Figure", …
  TagId parent = 0;
  std::string lang;  // a passage in another language than its surroundings
  std::string alt;   // alternative text (Figure)
  std::string scope;  // TH: "Column" or "Row"
  std::string list_numbering;  // L: "Decimal", "Disc", "Circle", "Square"
  std::vector<TagKid> kids;
  // The inline run a Link or Span was made for: the run's next line, laid
  // out separately, joins the same element instead of making another.
  const void* run = nullptr;
};

class TagTree {
 public:
  TagTree();  // with the Document element, which is current

  TagId root() const { return 1; }
  TagId current() const { return current_; }
  void set_current(TagId id) { current_ = id; }

  // A new element, the last kid of `parent`.
  TagId add(const std::string& role, TagId parent);
  // A new piece of marked content (a mark) as the element's next kid. Mark
  // 0 never names content: an op whose mark is 0 is an artifact.
  int mark(TagId element);
  // A link annotation's place among the element's kids; returns its mark.
  int annotation(TagId element);

  TagElement& element(TagId id) { return elements_[static_cast<size_t>(id)]; }
  const TagElement& element(TagId id) const { return elements_[static_cast<size_t>(id)]; }
  size_t element_count() const { return elements_.size(); }  // TagIds are 1 … count-1
  size_t mark_count() const { return owners_.size(); }       // marks are 1 … count-1
  TagId owner(int mark) const { return owners_[static_cast<size_t>(mark)]; }
  // The language in effect for an element: its own, or its nearest ancestor's.
  std::string lang_of(TagId id) const;

  // The parent's kids added from index `from` on move before the others:
  // the cover and contents are laid out after the documents they precede.
  void move_to_front(TagId parent, size_t from);

 private:
  std::vector<TagElement> elements_;  // indexed by TagId; 0 is unused
  std::vector<TagId> owners_;         // indexed by mark; 0 is unused
  TagId current_ = 0;
};

// An element open for the length of a block's layout: created as the last
// kid of the current element (or an existing one entered again), and current
// until the scope ends.
class TagScope {
 public:
  TagScope(TagTree* tree, const std::string& role, const std::string& lang = {});
  TagScope(TagTree* tree, TagId existing);
  ~TagScope();
  TagScope(const TagScope&) = delete;
  TagScope& operator=(const TagScope&) = delete;

  TagId id() const { return id_; }
  TagElement& element() { return tree_->element(id_); }

 private:
  TagTree* tree_;
  TagId id_;
  TagId previous_;
};

}  // namespace cp
