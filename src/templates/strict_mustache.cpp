#include "templates/strict_mustache.h"

#include <algorithm>
#include <functional>
#include <set>
#include <sstream>
#include <unordered_map>

namespace cp {

using kainjow::mustache::mustache;

Location location_of_offset(const std::string& path, const std::string& text, size_t offset) {
  int line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {path, line, col};
}

std::vector<MustacheTag> mustache_tags(const std::string& text) {
  // No std::regex: libstdc++'s matcher recurses once per character and can
  // exhaust the stack on a long template.
  std::vector<MustacheTag> out;
  auto trim = [](std::string s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
  };
  size_t pos = 0;
  while ((pos = text.find("{{", pos)) != std::string::npos) {
    bool triple = text.compare(pos, 3, "{{{") == 0;
    size_t close = text.find(triple ? "}}}" : "}}", pos + 2);
    if (close == std::string::npos) break;
    std::string inside = text.substr(pos + 2, close - pos - 2);
    MustacheTag tag;
    tag.offset = pos;
    std::string body = trim(inside);
    if (!body.empty() && std::string_view("#^/&{>=!").find(body[0]) != std::string_view::npos) {
      tag.sigil = body[0];
      body = trim(body.substr(1));
    }
    tag.name = body;
    out.push_back(tag);
    pos = close + (triple ? 3 : 2);
  }
  return out;
}

namespace {

// A context that remembers every name it could not find, and serves
// partials from the theme rather than from the data.
class StrictContext : public kainjow::mustache::context<std::string> {
 public:
  StrictContext(const TemplateData* data, const std::map<std::string, CompiledTemplate>* partials)
      : context(data), partials_(partials) {}

  const TemplateData* get(const std::string& name) const override {
    const TemplateData* found = context::get(name);
    if (!found) missing_.insert(name);
    return found;
  }

  const TemplateData* get_partial(const std::string& name) const override {
    if (partials_) {
      auto it = partials_->find(name);
      if (it != partials_->end()) {
        auto cached = cache_.find(name);
        if (cached == cache_.end()) cached = cache_.emplace(name, TemplateData(it->second.text)).first;
        return &cached->second;
      }
    }
    missing_partials_.insert(name);
    return nullptr;
  }

  mutable std::set<std::string> missing_;
  mutable std::set<std::string> missing_partials_;

 private:
  const std::map<std::string, CompiledTemplate>* partials_;
  mutable std::map<std::string, TemplateData> cache_;
};

// Where a tag naming `name` first appears, in the template or its partials.
Location find_tag(const CompiledTemplate& tmpl, const std::map<std::string, CompiledTemplate>* partials,
                  const std::string& name, bool partial) {
  auto search = [&](const CompiledTemplate& t) -> std::optional<Location> {
    for (const auto& tag : mustache_tags(t.text)) {
      bool kind = partial ? tag.sigil == '>' : std::string_view("#^/&{").find(tag.sigil) != std::string_view::npos ||
                                                  tag.sigil == 0;
      if (kind && tag.name == name) return location_of_offset(t.path, t.text, tag.offset);
    }
    return std::nullopt;
  };
  if (auto where = search(tmpl)) return *where;
  if (partials)
    for (const auto& [n, p] : *partials)
      if (auto where = search(p)) return *where;
  return {tmpl.path, 0, 0};
}

// kainjow's messages end in " at <offset>".
void report_syntax_error(const CompiledTemplate& tmpl, const std::string& message, Diagnostics& diags) {
  size_t at = message.rfind(" at ");
  std::string digits = at == std::string::npos ? "" : message.substr(at + 4);
  if (!digits.empty() && digits.size() < 10 && digits.find_first_not_of("0123456789") == std::string::npos) {
    diags.error(location_of_offset(tmpl.path, tmpl.text, std::stoul(digits)),
                "template syntax: " + message.substr(0, at), "check that every {{#section}} has its {{/section}}");
  } else {
    diags.error({tmpl.path, 0, 0}, "template syntax: " + message,
                "check that every '{{' has its '}}' and every {{#section}} its {{/section}}");
  }
}

}  // namespace

namespace {

// kainjow parses a template on every render, and a partial on every
// inclusion; that was a fifth of a build. Parsed templates are kept here,
// by text, one cache per thread (kainjow's render is not const). The key
// is the text itself, so an edited template (serve) is parsed afresh.
class ParsedTemplates {
 public:
  mustache& get(const std::string& text) {
    auto it = parsed_.find(text);
    if (it != parsed_.end()) return *it->second;
    if (parsed_.size() >= kMaxEntries) parsed_.clear();  // a long serve session with many edits
    return *parsed_.emplace(text, std::make_unique<mustache>(text)).first->second;
  }
  // A render that failed leaves kainjow's error in the template: parse it
  // again next time.
  void forget(const std::string& text) { parsed_.erase(text); }

 private:
  static constexpr size_t kMaxEntries = 512;
  std::unordered_map<std::string, std::unique_ptr<mustache>> parsed_;
};

ParsedTemplates& parsed_templates() {
  thread_local ParsedTemplates cache;
  return cache;
}

// Renders `text` (the template itself, or a layout with its partials
// written in); diagnostics point into `tmpl` and its partials.
std::optional<std::string> render_text(const CompiledTemplate& tmpl, const std::string& text, const TemplateData& data,
                                       const std::map<std::string, CompiledTemplate>* partials, Diagnostics& diags,
                                       const EscapeFunction& escape, const TemplateData* shared) {
  mustache& engine = parsed_templates().get(text);
  if (!engine.is_valid()) {
    report_syntax_error(tmpl, engine.error_message(), diags);
    parsed_templates().forget(text);
    return std::nullopt;
  }
  if (escape)
    engine.set_custom_escape(escape);
  else
    engine.set_custom_escape(kainjow::mustache::html_escape<std::string>);
  StrictContext context(shared ? shared : &data, partials);
  if (shared) context.push(&data);
  std::ostringstream out;
  engine.render(context, out);
  bool ok = true;
  if (!engine.is_valid()) {
    // A partial with a syntax error.
    diags.error({tmpl.path, 0, 0}, "template syntax in a partial: " + engine.error_message(),
                "check that every '{{' has its '}}' and every {{#section}} its {{/section}} in the partials");
    parsed_templates().forget(text);
    ok = false;
  }
  for (const auto& name : context.missing_) {
    diags.error(find_tag(tmpl, partials, name, false), "the template uses '" + name + "', which is not defined here",
                "check the spelling; docs/theming.md lists the names each layout can use");
    ok = false;
  }
  for (const auto& name : context.missing_partials_) {
    diags.error(find_tag(tmpl, partials, name, true), "the partial '" + name + "' does not exist",
                "partials live in themes/<theme>/partials/<name>.mustache");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out.str();
}

// `text` with each {{> partial}} that exists replaced by the partial's own
// text, recursively. kainjow renders an included partial into the same
// line buffer as its parent, so the output is the same; a partial that
// does not exist is left as a tag, for render_text to report.
std::string write_in_partials(const std::string& text, const std::map<std::string, CompiledTemplate>& partials,
                              int depth) {
  std::string out;
  size_t copied = 0;
  for (const auto& tag : mustache_tags(text)) {
    if (tag.sigil != '>' || depth > 16) continue;
    auto it = partials.find(tag.name);
    size_t close = text.find("}}", tag.offset + 2);
    if (it == partials.end() || close == std::string::npos) continue;
    out.append(text, copied, tag.offset - copied);
    out += write_in_partials(it->second.text, partials, depth + 1);
    copied = close + 2;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

}  // namespace

std::optional<std::string> render_strict(const CompiledTemplate& tmpl, const TemplateData& data,
                                         const std::map<std::string, CompiledTemplate>* partials,
                                         Diagnostics& diags, const EscapeFunction& escape,
                                         const TemplateData* shared) {
  return render_text(tmpl, tmpl.text, data, partials, diags, escape, shared);
}

bool TemplateSet::load(const FileSystem& fs, const std::string& dir, Diagnostics& diags, SourceRegistry& sources) {
  dir_ = dir;
  bool ok = true;
  for (const char* kind : {"layouts", "partials"}) {
    std::string folder = dir + "/" + kind;
    for (const auto& path : fs.list_files(folder)) {
      const std::string suffix = ".mustache";
      if (path.size() <= suffix.size() || path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0) {
        diags.error({path, 0, 0}, "unexpected file in the theme's " + std::string(kind) + " folder",
                    "templates are named <name>.mustache");
        ok = false;
        continue;
      }
      std::string name = path.substr(folder.size() + 1, path.size() - folder.size() - 1 - suffix.size());
      auto text = fs.read(path);
      if (!text) continue;
      sources.add(path, *text);
      mustache check(*text);
      if (!check.is_valid()) {
        report_syntax_error({path, *text}, check.error_message(), diags);
        ok = false;
        text = "";  // kept, empty: reported once here, not again as "does not exist"
      }
      if (std::string(kind) == "layouts")
        add_layout(name, path, *text);
      else
        add_partial(name, path, *text);
    }
  }
  return refuse_partial_loops(diags) && ok;
}

// A partial that includes itself, directly or through others, would
// recurse until the stack runs out. The includes are found in the text, so
// changing the delimiters (which could hide one) is refused too.
bool TemplateSet::refuse_partial_loops(Diagnostics& diags) {
  bool ok = true;
  std::map<std::string, std::vector<std::pair<std::string, size_t>>> includes;  // partial → (name, offset)
  for (auto* set : {&layouts_, &partials_}) {
    for (auto& [name, t] : *set) {
      for (const auto& tag : mustache_tags(t.text)) {
        if (tag.sigil == '=') {
          diags.error(location_of_offset(t.path, t.text, tag.offset), "changing the delimiters is not supported here",
                      "write tags as {{name}}");
          t.text.clear();
          ok = false;
          break;
        }
        if (tag.sigil == '>' && set == &partials_) includes[name].emplace_back(tag.name, tag.offset);
      }
    }
  }
  // Depth-first search from every partial; a name met again on the path is
  // a loop, reported once (not once per partial on it).
  std::set<std::set<std::string>> loops;
  std::vector<std::string> path;
  std::function<void(const std::string&)> visit = [&](const std::string& name) {
    for (const auto& [next, offset] : includes[name]) {
      auto on_path = std::find(path.begin(), path.end(), next);
      if (on_path != path.end()) {
        if (loops.insert(std::set<std::string>(on_path, path.end())).second) {
          std::string chain;
          for (auto p = on_path; p != path.end(); ++p) chain += *p + " → ";
          const CompiledTemplate& t = partials_.at(name);
          diags.error(location_of_offset(t.path, t.text, offset), "the partials include each other in a loop (" + chain + next + ")",
                      "a partial may not include itself, directly or through another partial");
        }
        continue;
      }
      if (!partials_.count(next) || path.size() > partials_.size()) continue;
      path.push_back(next);
      visit(next);
      path.pop_back();
    }
  };
  for (const auto& entry : partials_) {
    path = {entry.first};
    visit(entry.first);
  }
  for (const auto& loop : loops)
    for (const auto& name : loop) partials_[name].text.clear();  // never rendered: it would not end
  return ok && loops.empty();
}

void TemplateSet::add_layout(const std::string& name, const std::string& path, std::string text) {
  layouts_[name] = {path, std::move(text)};
  expanded_ = {};
}

void TemplateSet::add_partial(const std::string& name, const std::string& path, std::string text) {
  partials_[name] = {path, std::move(text)};
  expanded_ = {};
}

const std::string& TemplateSet::expanded(const std::string& layout, const CompiledTemplate& tmpl) const {
  std::lock_guard<std::mutex> lock(expanded_.mutex);
  auto& slot = expanded_.texts[layout];
  if (!slot) slot = std::make_unique<const std::string>(write_in_partials(tmpl.text, partials_, 0));
  return *slot;
}

std::optional<std::string> TemplateSet::render(const std::string& layout, const TemplateData& data,
                                               Diagnostics& diags, const TemplateData* shared) const {
  auto it = layouts_.find(layout);
  if (it == layouts_.end()) {
    diags.error({dir_.empty() ? "themes" : dir_ + "/layouts", 0, 0}, "the layout '" + layout + "' does not exist",
                "add " + (dir_.empty() ? "themes/<theme>" : dir_) + "/layouts/" + layout + ".mustache");
    return std::nullopt;
  }
  const std::string& text = expanded(layout, it->second);
  if (text != it->second.text) {
    // Each piece parsed alone when loaded, so the whole parses too; if it
    // ever does not, render as written, to report the error where it is.
    if (parsed_templates().get(text).is_valid())
      return render_text(it->second, text, data, &partials_, diags, nullptr, shared);
    parsed_templates().forget(text);
  }
  return render_text(it->second, it->second.text, data, &partials_, diags, nullptr, shared);
}

}  // namespace cp
