#pragma once
// A PDF read for checking: its pages, its catalog and its structure tree,
// flattened into the form the PDF/UA checks ask questions of (which element
// an MCID belongs to, what an element's language is). Read once with qpdf;
// the checks only look.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdfcheck/role_map.h"

namespace cp {

struct ContentRef {
  int page = 0;  // 1-based
  int mcid = 0;
};

// qpdf's handles read through non-const methods, though reading changes
// nothing: the handles are mutable so that the checks can take the model as const.
struct StructElement {
  mutable QPDFObjectHandle dict;
  std::string type;  // /S as written
  RoleResolution role;  // the standard type it stands for
  int parent = -1;      // an index into TaggedPdf::elements; -1 under the root
  std::vector<int> kids;
  std::optional<std::string> lang;  // /Lang as written
  bool alt = false, actual_text = false, expansion = false;  // non-empty /Alt, /ActualText, /E
  int page = 0;  // /Pg, else the page of its first marked content; 0 when neither
  std::vector<ContentRef> contents;  // its marked-content kids
  std::vector<QPDFObjGen> objects;   // its OBJR kids (annotations)
};

class TaggedPdf {
 public:
  explicit TaggedPdf(QPDF& qpdf);

  QPDF& qpdf;
  mutable QPDFObjectHandle catalog;
  mutable std::vector<QPDFObjectHandle> pages;
  mutable QPDFObjectHandle tree_root;  // null when there is no /StructTreeRoot
  std::vector<StructElement> elements;  // in document order
  std::map<std::string, std::string> role_map;

  int page_number(QPDFObjectHandle page) const;  // 1-based; 0 when not a page
  int element_index(QPDFObjectHandle dict) const;  // -1 when not an element of the tree
  // What /ParentTree maps `key` to (an array for a page, an element for an
  // annotation); null when it has no such key.
  QPDFObjectHandle parent_tree_entry(long long key) const;
  // Whether the element (or the attribute objects of its classes) has the
  // attribute `key` ("/Scope", "/Headers") in any of its attribute objects.
  bool has_attribute(const StructElement& e, const std::string& key) const;

  // Whether the language of `element`'s text is known: the nearest /Lang
  // on it or an ancestor, or else the catalog's, is a language tag.
  bool language_known(int element) const;
  bool catalog_language_known() const;

 private:
  void read_pages();
  void read_structure();
  void read_kids(QPDFObjectHandle k, int owner, int depth);
  void add_element(QPDFObjectHandle dict, int parent, int depth);

  std::map<QPDFObjGen, int> page_numbers_;
  std::map<QPDFObjGen, int> element_indexes_;
  mutable std::map<long long, QPDFObjectHandle> parent_tree_;
};

// A natural-language tag as BCP 47 shapes it (RFC 5646: "en-GB", "cy",
// "x-klingon"): letters, digits and hyphens, a primary subtag of 1–8
// letters. An empty /Lang means "unknown" (ISO 32000-1, 14.9.2.1).
bool is_language_tag(std::string_view tag);

// A text string's value (PDFDocEncoding or UTF-16) in UTF-8; empty for anything else.
std::string text_of(QPDFObjectHandle string);

}  // namespace cp
