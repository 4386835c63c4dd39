// The guide's pages: its index lists the chapters with their key actions,
// a chapter links the ones before and after it, and the key actions page
// gathers every chapter's.
#include <algorithm>

#include "pages/kind_data.h"

namespace cp {

namespace {

std::vector<const Page*> chapters(const PageContext& at) {
  const auto& all = at.index().chapters;
  auto found = all.find(at.lang);
  return found == all.end() ? std::vector<const Page*>() : found->second;
}

TemplateList action_list(const Page& chapter) {
  TemplateList list;
  if (!chapter.source) return list;
  int n = 0;
  for (const auto& text : chapter.source->front.key_actions) {
    TemplateData a;
    a.set("id", std::to_string(chapter.chapter) + "." + std::to_string(++n));
    a.set("text", text);
    list.push_back(a);
  }
  return list;
}

TemplateData chapter_entry(const PageContext& at, const Page& c) {
  TemplateData e;
  e.set("number", std::to_string(c.chapter));
  e.set("title", c.title);
  e.set("summary", c.summary);
  e.set("href", at.href(c.key));
  TemplateList actions = action_list(c);
  e.set("has_actions", !actions.empty());
  e.set("actions", actions);
  e.set("shared", c.source && c.source->front.key_actions_shared_with.has_value());
  std::string shared_number =
      c.source && c.source->front.key_actions_shared_with ? std::to_string(*c.source->front.key_actions_shared_with) : "";
  e.set("shared_note", shared_number.empty() ? "" : at.site.strings.format(at.lang, "key_actions_shared", shared_number));
  return e;
}

}  // namespace

void add_guide_data(const PageContext& at, TemplateData& d) {
  TemplateList list;
  for (const Page* c : chapters(at)) list.push_back(chapter_entry(at, *c));
  d.set("chapters", list);
  TemplateList others;
  for (const auto& p : at.site.plan.pages) {
    if (p.lang != at.lang || p.parent_key != "guide/_index" || p.chapter > 0) continue;
    TemplateData e;
    e.set("title", p.title);
    e.set("summary", p.summary);
    e.set("href", at.href(p.key));
    others.push_back(e);
  }
  d.set("guide_pages", others);
}

void add_chapter_data(const PageContext& at, TemplateData& d) {
  TemplateData entry = chapter_entry(at, at.page);
  d.set("chapter", entry);
  auto all = chapters(at);
  auto it = std::find(all.begin(), all.end(), &at.page);
  auto link = [&](const Page* c) {
    TemplateData l;
    l.set("title", c->title);
    l.set("number", std::to_string(c->chapter));
    l.set("href", at.href(c->key));
    return l;
  };
  bool has_prev = it != all.end() && it != all.begin();
  bool has_next = it != all.end() && it + 1 != all.end();
  d.set("has_previous", has_prev);
  d.set("previous", has_prev ? link(*(it - 1)) : TemplateData());
  d.set("has_next", has_next);
  d.set("next", has_next ? link(*(it + 1)) : TemplateData());
  d.set("key_actions_href", at.href("guide/key-actions"));
}

void add_key_actions_data(const PageContext& at, TemplateData& d) {
  TemplateList list;
  int total = 0;
  for (const Page* c : chapters(at)) {
    list.push_back(chapter_entry(at, *c));
    if (c->source) total += static_cast<int>(c->source->front.key_actions.size());
  }
  d.set("chapters", list);
  d.set("action_count", std::to_string(total));
}

}  // namespace cp
