#pragma once
// Mustache (kainjow) with the two guarantees a published document needs:
// a name the template uses but the data lacks is an error with the
// template's file:line (kainjow alone renders it as empty text), and a
// syntax error is reported with its position. Values are HTML-escaped
// unless the template asks for {{{raw}}}; only the theme's layouts may
// do that, for HTML that clusterpack itself rendered and escaped.
#include <kainjow/mustache.hpp>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "io/file_system.h"

namespace cp {

using TemplateData = kainjow::mustache::data;
using TemplateList = kainjow::mustache::list;

struct CompiledTemplate {
  std::string path;  // source path, for diagnostics
  std::string text;
};

// The tags of a template, in order: where each starts, its sigil (0 for a
// plain {{name}}; '#', '^', '/', '&', '{', '>', '=' or '!') and its name.
struct MustacheTag {
  size_t offset = 0;
  char sigil = 0;
  std::string name;
};
std::vector<MustacheTag> mustache_tags(const std::string& text);

// Converts kainjow's "… at <offset>" into file:line:col.
Location location_of_offset(const std::string& path, const std::string& text, size_t offset);

class TemplateSet {
 public:
  // Loads <dir>/layouts/*.mustache and <dir>/partials/*.mustache.
  bool load(const FileSystem& fs, const std::string& dir, Diagnostics& diags, SourceRegistry& sources);
  // Adds one template (tests, embedded defaults).
  void add_layout(const std::string& name, const std::string& path, std::string text);
  void add_partial(const std::string& name, const std::string& path, std::string text);

  bool has_layout(const std::string& name) const { return layouts_.count(name) > 0; }
  // nullopt after reporting a syntax error or a missing name. `shared`,
  // when given, is looked in after `data` (names in `data` win): data
  // every page of a language has, such as the UI strings, built once
  // instead of copied into every page's data.
  std::optional<std::string> render(const std::string& layout, const TemplateData& data, Diagnostics& diags,
                                    const TemplateData* shared = nullptr) const;

 private:
  bool refuse_partial_loops(Diagnostics& diags);
  const std::string& expanded(const std::string& layout, const CompiledTemplate& tmpl) const;
  std::map<std::string, CompiledTemplate> layouts_;
  std::map<std::string, CompiledTemplate> partials_;
  std::string dir_;  // "themes/default", for "does not exist"
  // Layouts with their partials written in (see expanded()): built on
  // first use, safe to render from several threads; a copy starts empty.
  struct ExpandedCache {
    ExpandedCache() = default;
    ExpandedCache(const ExpandedCache&) {}
    ExpandedCache& operator=(const ExpandedCache&) {
      std::lock_guard<std::mutex> lock(mutex);
      texts.clear();
      return *this;
    }
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<const std::string>> texts;
  };
  mutable ExpandedCache expanded_;
};

// Renders one template text strictly (used by TemplateSet and by the
// governance templates). `partials` may be null. `escape` replaces the
// HTML escaping of {{values}} (governance templates escape for Markdown).
using EscapeFunction = std::function<std::string(const std::string&)>;
// `shared`, when given, is looked in after `data` (as in TemplateSet::render).
// Parsed templates are cached per thread, by text: rendering the same text
// again does not parse it again.
std::optional<std::string> render_strict(const CompiledTemplate& tmpl, const TemplateData& data,
                                         const std::map<std::string, CompiledTemplate>* partials,
                                         Diagnostics& diags, const EscapeFunction& escape = nullptr,
                                         const TemplateData* shared = nullptr);

}  // namespace cp
