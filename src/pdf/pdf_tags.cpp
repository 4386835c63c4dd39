#include "pdf/pdf_tags.h"

#include <algorithm>

namespace cp {

TagTree::TagTree() {
  elements_.resize(2);
  elements_[1].role = "Document";
  owners_.resize(1);
  current_ = 1;
}

TagId TagTree::add(const std::string& role, TagId parent) {
  TagElement e;
  e.role = role;
  e.parent = parent;
  elements_.push_back(std::move(e));
  TagId id = static_cast<TagId>(elements_.size() - 1);
  element(parent).kids.push_back({TagKid::Element, id});
  return id;
}

int TagTree::mark(TagId id) {
  owners_.push_back(id);
  int m = static_cast<int>(owners_.size() - 1);
  element(id).kids.push_back({TagKid::Content, m});
  return m;
}

int TagTree::annotation(TagId id) {
  owners_.push_back(id);
  int m = static_cast<int>(owners_.size() - 1);
  element(id).kids.push_back({TagKid::Annotation, m});
  return m;
}

std::string TagTree::lang_of(TagId id) const {
  for (; id > 0; id = element(id).parent)
    if (!element(id).lang.empty()) return element(id).lang;
  return {};
}

void TagTree::move_to_front(TagId parent, size_t from) {
  auto& kids = element(parent).kids;
  if (from < kids.size()) std::rotate(kids.begin(), kids.begin() + static_cast<std::ptrdiff_t>(from), kids.end());
}

TagScope::TagScope(TagTree* tree, const std::string& role, const std::string& lang)
    : tree_(tree), previous_(tree->current()) {
  id_ = tree->add(role, previous_);
  tree->element(id_).lang = lang;
  tree->set_current(id_);
}

TagScope::TagScope(TagTree* tree, TagId existing) : tree_(tree), id_(existing), previous_(tree->current()) {
  tree->set_current(existing);
}

TagScope::~TagScope() { tree_->set_current(previous_); }

}  // namespace cp
