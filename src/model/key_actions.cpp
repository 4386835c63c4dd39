#include "model/key_actions.h"

#include <cctype>

namespace cp {

const GuideChapterActions* KeyActionGuide::chapter(int number) const {
  for (const auto& c : chapters)
    if (c.chapter == number) return &c;
  return nullptr;
}

std::optional<std::pair<int, int>> KeyActionGuide::parse_id(const std::string& id) {
  size_t dot = id.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 >= id.size() || dot > 2 || id.size() - dot - 1 > 2)
    return std::nullopt;
  for (size_t i = 0; i < id.size(); ++i)
    if (i != dot && !std::isdigit(static_cast<unsigned char>(id[i]))) return std::nullopt;
  int chapter = std::stoi(id.substr(0, dot)), action = std::stoi(id.substr(dot + 1));
  if (chapter < 1 || action < 1 || id[0] == '0' || id[dot + 1] == '0') return std::nullopt;
  return std::make_pair(chapter, action);
}

std::string KeyActionGuide::text(const std::string& id, Language lang) const {
  auto parsed = parse_id(id);
  if (!parsed) return "";
  const GuideChapterActions* c = chapter(parsed->first);
  if (!c || parsed->second > static_cast<int>(c->actions.size())) return "";
  return c->actions[static_cast<size_t>(parsed->second - 1)].in(lang);
}

int KeyActionGuide::action_count() const {
  int n = 0;
  for (const auto& c : chapters) n += static_cast<int>(c.actions.size());
  return n;
}

}  // namespace cp
