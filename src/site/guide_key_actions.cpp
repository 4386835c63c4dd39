#include "site/guide_key_actions.h"

namespace cp {

namespace {

// The actions as an ordered list (action n is item n, as in "3.n"), or the
// note that they are listed with another chapter.
std::vector<DocNode> actions_of(const GuideChapterActions& chapter, Language lang, const UiStrings& strings) {
  if (chapter.shared_with)
    return {make_paragraph({make_text(strings.format(lang, "key_actions_shared", std::to_string(*chapter.shared_with)))})};
  DocNode list;
  list.kind = NodeKind::List;
  list.ordered = true;
  for (const auto& action : chapter.actions) {
    DocNode item;
    item.kind = NodeKind::Item;
    item.children.push_back(make_paragraph({make_text(action.in(lang))}));
    list.children.push_back(std::move(item));
  }
  return {std::move(list)};
}

}  // namespace

std::vector<DocNode> chapter_key_actions(const KeyActionGuide& guide, int number, Language lang,
                                         const UiStrings& strings) {
  const GuideChapterActions* chapter = guide.chapter(number);
  if (!chapter || (chapter->actions.empty() && !chapter->shared_with)) return {};
  std::vector<DocNode> out{make_heading(2, strings.get(lang, "key_actions_heading"))};
  for (auto& node : actions_of(*chapter, lang, strings)) out.push_back(std::move(node));
  return out;
}

DocNode key_actions_summary(const KeyActionGuide& guide, Language lang, const UiStrings& strings) {
  DocNode tree;
  tree.kind = NodeKind::Document;
  tree.children.push_back(make_paragraph({make_text(strings.get(lang, "key_actions_intro"))}));
  for (const auto& chapter : guide.chapters) {
    if (chapter.actions.empty() && !chapter.shared_with) continue;
    tree.children.push_back(make_heading(2, std::to_string(chapter.chapter) + ". " + chapter.title.in(lang)));
    for (auto& node : actions_of(chapter, lang, strings)) tree.children.push_back(std::move(node));
  }
  assign_heading_ids(tree);
  return tree;
}

}  // namespace cp
