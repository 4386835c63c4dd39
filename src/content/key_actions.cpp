#include "content/key_actions.h"

#include <algorithm>
#include <map>

namespace cp {

KeyActionGuide key_action_guide(const ContentTree& tree) {
  std::map<int, GuideChapterActions> chapters;
  for (const auto& page : tree.pages) {
    if (page.dir != "guide" || !page.front.chapter) continue;
    int number = *page.front.chapter;
    GuideChapterActions& c = chapters[number];
    c.chapter = number;
    bool cy = page.lang == Language::cy;
    (cy ? c.title.cy : c.title.en) = page.front.title;
    if (page.front.key_actions_shared_with) c.shared_with = page.front.key_actions_shared_with;
    if (c.actions.size() < page.front.key_actions.size()) c.actions.resize(page.front.key_actions.size());
    for (size_t i = 0; i < page.front.key_actions.size(); ++i)
      (cy ? c.actions[i].cy : c.actions[i].en) = page.front.key_actions[i];
  }
  KeyActionGuide out;
  for (auto& [number, c] : chapters) out.chapters.push_back(std::move(c));
  return out;
}

}  // namespace cp
