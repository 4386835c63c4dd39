// Site's edits in place (serve): a changed source file read again into the
// inputs, and what the change touches.
#include "content/key_actions.h"
#include "content/source_page.h"
#include "site/site.h"

namespace cp {

namespace {

bool same_text(const Text& a, const Text& b) { return a.en == b.en && a.cy == b.cy; }

bool same_key_actions(const KeyActionGuide& a, const KeyActionGuide& b) {
  if (a.chapters.size() != b.chapters.size()) return false;
  for (size_t i = 0; i < a.chapters.size(); ++i) {
    const auto& x = a.chapters[i];
    const auto& y = b.chapters[i];
    if (x.chapter != y.chapter || !same_text(x.title, y.title) || x.shared_with != y.shared_with ||
        x.actions.size() != y.actions.size())
      return false;
    for (size_t j = 0; j < x.actions.size(); ++j)
      if (!same_text(x.actions[j], y.actions[j])) return false;
  }
  return true;
}

}  // namespace

Site::ClusterReread Site::reread_cluster(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                         SourceRegistry& sources) {
  ClusterReread r;
  Cluster* target = nullptr;
  for (auto& c : in_->clusters)
    if (c.file == path) target = &c;
  if (!target || !fs.read(path)) return r;  // added or removed
  auto cluster = load_cluster_file(fs, path, *in_, diags, sources);
  if (!cluster) {
    r.outcome = Reread::Failed;
    return r;
  }
  // Its documents are checked as they are rendered with its pages.
  r.outcome = Reread::Read;
  r.listed_the_same = same_text(target->name, cluster->name) && target->population == cluster->population &&
                      target->example == cluster->example;
  r.same_board = target->board_id == cluster->board_id;
  *target = std::move(*cluster);
  r.cluster = target;
  return r;
}

Site::PageReread Site::reread_page(const FileSystem& fs, const std::string& path, Diagnostics& diags,
                                   SourceRegistry& sources) {
  PageReread r;
  SourcePage* target = nullptr;
  for (auto& p : in_->content.pages)
    if (p.path == path) target = &p;
  auto text = fs.read(path);
  if (!target || !text) return r;
  auto page = parse_source_page(path, *text, diags, sources);
  if (!page || diags.has_errors()) {
    r.outcome = Reread::Failed;
    return r;
  }
  r.outcome = Reread::Read;
  r.body_only = target->front == page->front && target->body_line == page->body_line;
  *target = std::move(*page);
  r.page = target;
  // The chapters' front matter holds the guide's key actions, which the
  // clusters' self-assessments quote.
  r.key_actions_changed = !r.body_only && !same_key_actions(key_action_guide(in_->content), in_->key_actions);
  return r;
}

bool Site::reread_layouts(const FileSystem& fs, Diagnostics& diags, SourceRegistry& sources) {
  TemplateSet layouts;
  layouts.load(fs, in_->theme_dir, diags, sources);
  if (diags.has_errors()) return false;
  in_->layouts = layouts;
  return true;
}

}  // namespace cp
