#pragma once
// The guide's suggested key actions, by chapter, in both languages: what a
// cluster's self-assessment refers to ("3.2" is chapter 3's second
// action). Built from the guide's front matter (content/), so the model and
// the documents need not read pages.
#include <optional>
#include <string>
#include <vector>

#include "data/values.h"

namespace cp {

struct GuideChapterActions {
  int chapter = 0;
  Text title;
  std::vector<Text> actions;         // in order: action n is actions[n - 1]
  std::optional<int> shared_with;    // chapter 11 lists its actions with chapter 10
};

struct KeyActionGuide {
  std::vector<GuideChapterActions> chapters;  // by chapter number

  const GuideChapterActions* chapter(int number) const;
  // "3.2" → chapter 3, action 2; nullopt when the id is not of that form.
  static std::optional<std::pair<int, int>> parse_id(const std::string& id);
  // The text of an action in a language ("" when unknown).
  std::string text(const std::string& id, Language lang) const;
  int action_count() const;
};

}  // namespace cp
