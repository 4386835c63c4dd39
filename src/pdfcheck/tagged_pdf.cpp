#include "pdfcheck/tagged_pdf.h"

#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cctype>
#include <set>

namespace cp {

namespace {

// A broken file can nest a structure tree in a loop or deeper than any
// document would: each element is read once, and no deeper than this.
constexpr int kMaxDepth = 256;

bool non_empty_text(QPDFObjectHandle o) { return o.isString() && !o.getUTF8Value().empty(); }

}  // namespace

std::string text_of(QPDFObjectHandle string) { return string.isString() ? string.getUTF8Value() : std::string(); }

bool is_language_tag(std::string_view tag) {
  if (tag.empty()) return false;
  size_t subtag = 0, index = 0;
  for (size_t i = 0; i <= tag.size(); ++i) {
    if (i == tag.size() || tag[i] == '-') {
      if (subtag == 0 || subtag > 8) return false;
      ++index;
      subtag = 0;
      continue;
    }
    auto c = static_cast<unsigned char>(tag[i]);
    if (index == 0 ? !std::isalpha(c) : !std::isalnum(c)) return false;
    ++subtag;
  }
  return true;
}

TaggedPdf::TaggedPdf(QPDF& q) : qpdf(q), catalog(q.getRoot()) {
  read_pages();
  read_structure();
}

void TaggedPdf::read_pages() {
  for (auto& page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
    pages.push_back(page.getObjectHandle());
    page_numbers_[page.getObjectHandle().getObjGen()] = static_cast<int>(pages.size());
  }
}

int TaggedPdf::page_number(QPDFObjectHandle page) const {
  if (!page.isIndirect()) return 0;
  auto found = page_numbers_.find(page.getObjGen());
  return found == page_numbers_.end() ? 0 : found->second;
}

int TaggedPdf::element_index(QPDFObjectHandle dict) const {
  if (!dict.isIndirect()) return -1;
  auto found = element_indexes_.find(dict.getObjGen());
  return found == element_indexes_.end() ? -1 : found->second;
}

QPDFObjectHandle TaggedPdf::parent_tree_entry(long long key) const {
  auto found = parent_tree_.find(key);
  return found == parent_tree_.end() ? QPDFObjectHandle::newNull() : found->second;
}

void TaggedPdf::read_structure() {
  tree_root = catalog.getKey("/StructTreeRoot");
  if (!tree_root.isDictionary()) {
    tree_root = QPDFObjectHandle::newNull();
    return;
  }
  QPDFObjectHandle map = tree_root.getKey("/RoleMap");
  if (map.isDictionary())
    for (auto& [key, value] : map.ditems())
      if (value.isName()) role_map[key.substr(1)] = value.getName().substr(1);
  QPDFObjectHandle parents = tree_root.getKey("/ParentTree");
  if (parents.isDictionary()) {
    for (auto& [key, value] : QPDFNumberTreeObjectHelper(parents, qpdf, false)) parent_tree_[key] = value;
  }
  read_kids(tree_root.getKey("/K"), -1, 0);
}

// The kids of the root (owner -1) or of an element: elements, marked-content
// references (a bare MCID or an MCR dictionary) and object references.
void TaggedPdf::read_kids(QPDFObjectHandle k, int owner, int depth) {
  std::vector<QPDFObjectHandle> kids;
  if (k.isArray()) kids = k.getArrayAsVector();
  else if (!k.isNull()) kids.push_back(k);
  for (auto& kid : kids) {
    if (kid.isInteger() && owner >= 0) {
      StructElement& e = elements[static_cast<size_t>(owner)];
      e.contents.push_back({page_number(e.dict.getKey("/Pg")), kid.getIntValueAsInt()});
    } else if (kid.isDictionaryOfType("/MCR") && owner >= 0) {
      StructElement& e = elements[static_cast<size_t>(owner)];
      QPDFObjectHandle page = kid.hasKey("/Pg") ? kid.getKey("/Pg") : e.dict.getKey("/Pg");
      QPDFObjectHandle mcid = kid.getKey("/MCID");
      if (mcid.isInteger()) e.contents.push_back({page_number(page), mcid.getIntValueAsInt()});
    } else if (kid.isDictionaryOfType("/OBJR") && owner >= 0) {
      QPDFObjectHandle object = kid.getKey("/Obj");
      if (object.isIndirect()) elements[static_cast<size_t>(owner)].objects.push_back(object.getObjGen());
    } else if (kid.isDictionary() && kid.getKey("/S").isName() && depth < kMaxDepth) {
      add_element(kid, owner, depth + 1);
    }
  }
}

void TaggedPdf::add_element(QPDFObjectHandle dict, int parent, int depth) {
  if (dict.isIndirect() && !element_indexes_.emplace(dict.getObjGen(), static_cast<int>(elements.size())).second)
    return;  // reached twice: a loop, or an element shared by two parents
  int index = static_cast<int>(elements.size());
  StructElement e;
  e.dict = dict;
  e.type = dict.getKey("/S").getName().substr(1);
  e.role = resolve_role(e.type, role_map);
  e.parent = parent;
  if (dict.getKey("/Lang").isString()) e.lang = dict.getKey("/Lang").getUTF8Value();
  e.alt = non_empty_text(dict.getKey("/Alt"));
  e.actual_text = non_empty_text(dict.getKey("/ActualText"));
  e.expansion = non_empty_text(dict.getKey("/E"));
  e.page = page_number(dict.getKey("/Pg"));
  elements.push_back(std::move(e));
  if (parent >= 0) elements[static_cast<size_t>(parent)].kids.push_back(index);
  read_kids(dict.getKey("/K"), index, depth);
  // Without /Pg, the page where it starts: its first content's, or its first kid's.
  StructElement& self = elements[static_cast<size_t>(index)];
  if (self.page == 0 && !self.contents.empty()) self.page = self.contents.front().page;
  for (size_t k = 0; self.page == 0 && k < self.kids.size(); ++k) self.page = elements[static_cast<size_t>(self.kids[k])].page;
}

bool TaggedPdf::has_attribute(const StructElement& e, const std::string& key) const {
  auto in = [&](QPDFObjectHandle owner) {
    if (owner.isDictionary()) return owner.hasKey(key);
    if (!owner.isArray()) return false;
    for (auto& item : owner.aitems())  // attribute objects, each maybe followed by a revision number
      if (item.isDictionary() && item.hasKey(key)) return true;
    return false;
  };
  if (in(e.dict.getKey("/A"))) return true;
  QPDFObjectHandle classes = e.dict.getKey("/C");
  QPDFObjectHandle class_map = tree_root.isDictionary() ? tree_root.getKey("/ClassMap") : QPDFObjectHandle::newNull();
  if (!class_map.isDictionary()) return false;
  std::vector<QPDFObjectHandle> names = classes.isArray() ? classes.getArrayAsVector() : std::vector{classes};
  for (auto& name : names)
    if (name.isName() && in(class_map.getKey(name.getName()))) return true;
  return false;
}

bool TaggedPdf::catalog_language_known() const {
  QPDFObjectHandle lang = catalog.getKey("/Lang");
  return lang.isString() && is_language_tag(lang.getUTF8Value());
}

bool TaggedPdf::language_known(int element) const {
  std::set<int> passed;
  for (int i = element; i >= 0 && passed.insert(i).second; i = elements[static_cast<size_t>(i)].parent) {
    const auto& lang = elements[static_cast<size_t>(i)].lang;
    if (lang) return is_language_tag(*lang);
  }
  return catalog_language_known();
}

}  // namespace cp
